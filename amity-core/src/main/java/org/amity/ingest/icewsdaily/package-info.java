/**
 * The decoded ICEWS daily event files (temporal-knowledge-graph benchmark splits with names): actor
 * names, CAMEO event texts and dates, without places. Event texts become CAMEO codes through {@link
 * org.amity.event.CameoTexts}; actor roles come from their names ({@link
 * org.amity.event.ActorRoles}). Stored as dataset {@code icews-daily}, apart from full ICEWS
 * records, whose ids differ.
 */
package org.amity.ingest.icewsdaily;
