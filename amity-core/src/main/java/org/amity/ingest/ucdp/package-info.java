/**
 * UCDP Georeferenced Event Dataset (GED) CSV files: one event per row with its deaths (best, low,
 * high), type of violence, the two sides and coordinates; both HDX layouts, with or without the HXL
 * hashtag line.
 */
package org.amity.ingest.ucdp;
