package org.amity.store.duckdb;

import org.amity.storage.IngestRecordsContract;
import org.amity.storage.Storage;

/** The IngestRecords contract on the embedded DuckDB store (in memory). */
class DuckDbIngestRecordsContractTest extends IngestRecordsContract {
  @Override
  protected Storage openEmpty() {
    return DuckDbStorage.open(null);
  }
}
