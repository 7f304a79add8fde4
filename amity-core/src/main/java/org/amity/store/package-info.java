/**
 * Where events live: a small {@link org.amity.store.EventStore} interface with the embedded DuckDB
 * implementation as the default ({@code store.duckdb}), so that a server database can follow
 * without touching readers or the engine.
 */
package org.amity.store;
