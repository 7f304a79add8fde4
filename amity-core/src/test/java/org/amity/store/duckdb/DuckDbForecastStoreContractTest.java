package org.amity.store.duckdb;

import org.amity.storage.ForecastStoreContract;
import org.amity.storage.Storage;

/** The ForecastStore contract on the embedded DuckDB store (in memory). */
class DuckDbForecastStoreContractTest extends ForecastStoreContract {
  @Override
  protected Storage openEmpty() {
    return DuckDbStorage.open(null);
  }
}
