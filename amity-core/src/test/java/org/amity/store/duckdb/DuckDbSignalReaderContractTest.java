package org.amity.store.duckdb;

import org.amity.storage.SignalReaderContract;
import org.amity.storage.Storage;

/** The SignalReader contract on the embedded DuckDB store (in memory). */
class DuckDbSignalReaderContractTest extends SignalReaderContract {
  @Override
  protected Storage openEmpty() {
    return DuckDbStorage.open(null);
  }
}
