/**
 * The embedded DuckDB store. Files are loaded through a Java table function ({@link
 * org.amity.store.duckdb.ScanFunction}) that DuckDB pulls from on its own worker threads, so that
 * parsing runs in parallel and rows reach disk through DuckDB's bulk insert path.
 */
package org.amity.store.duckdb;
