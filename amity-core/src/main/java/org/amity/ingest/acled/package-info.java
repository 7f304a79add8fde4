/**
 * ACLED (Armed Conflict Location and Event Data) CSV exports: the current export layout and the
 * upper-case ACLED-Asia 2015 layout, one event per row, with event types mapped to CAMEO through a
 * data file and fatalities kept.
 */
package org.amity.ingest.acled;
