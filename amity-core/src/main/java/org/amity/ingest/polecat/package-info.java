/**
 * POLECAT weekly event files (tab-separated, PLOVER-coded): PLOVER event types and modes mapped to
 * CAMEO through a data file, contexts kept. Written from the POLECAT and PLOVER documentation; no
 * real POLECAT rows could be had, so it is tested on files written to the documented layout.
 */
package org.amity.ingest.polecat;
