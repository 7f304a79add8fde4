/**
 * The embedded DuckDB store: the one implementation of {@code org.amity.storage.Storage} and of the
 * interfaces it hands out, and the only package with SQL. Files are loaded through a Java table
 * function ({@link org.amity.store.duckdb.ScanFunction}) that DuckDB pulls from on its own worker
 * threads, so that parsing runs in parallel and rows reach disk through DuckDB's bulk insert path.
 * Each table has one reader here ({@code AlertTables}, {@code SituationTables}, {@code
 * DuckDbIngestRecords}, {@code DuckDbAnalystRecords}, ...); {@link
 * org.amity.store.duckdb.Connections} gives a server pooled read connections beside the store's own
 * connection, which takes the writes one at a time.
 */
package org.amity.store.duckdb;
