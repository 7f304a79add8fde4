/**
 * Events in the store: the {@link org.amity.store.EventStore} (ingest, totals, export, pages) and
 * {@link org.amity.store.IngestRecords} (the ingest log and rejects) interfaces with their records.
 * The embedded DuckDB implementation of these and of every other store question ({@code
 * org.amity.storage.Storage}) is {@code store.duckdb}, so that a server database can follow without
 * touching readers or the engine.
 */
package org.amity.store;
