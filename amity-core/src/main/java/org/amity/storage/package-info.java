/**
 * The store boundary: {@link org.amity.storage.Storage} hands out one interface per question the
 * faces and jobs ask (events, ingest records, series, alerts and situations, analysts' records, the
 * watch, forecasts, coded sentences), each defined beside its feature and returning domain records.
 * Only {@code org.amity.store.duckdb} implements them with SQL.
 */
package org.amity.storage;
