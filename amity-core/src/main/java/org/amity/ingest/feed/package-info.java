/**
 * The GDELT 2.0 live feed: 15-minute export archives listed in GDELT's file index, downloaded with
 * retries, checked against the size and MD5 the index gives, kept in a local cache, and handed to
 * the ingest pipeline. Progress survives interruptions: a verified archive is never fetched twice
 * and an ingested one is never stored twice.
 */
package org.amity.ingest.feed;
