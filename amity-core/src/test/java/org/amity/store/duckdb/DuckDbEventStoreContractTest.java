package org.amity.store.duckdb;

import org.amity.storage.EventStoreContract;
import org.amity.storage.Storage;

/** The EventStore contract on the embedded DuckDB store (in memory). */
class DuckDbEventStoreContractTest extends EventStoreContract {
  @Override
  protected Storage openEmpty() {
    return DuckDbStorage.open(null);
  }
}
