package org.amity.store.duckdb;

import org.amity.storage.AnalystRecordsContract;
import org.amity.storage.Storage;

/** The AnalystRecords contract on the embedded DuckDB store (in memory). */
class DuckDbAnalystRecordsContractTest extends AnalystRecordsContract {
  @Override
  protected Storage openEmpty() {
    return DuckDbStorage.open(null);
  }
}
