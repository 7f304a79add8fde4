package org.amity.store.duckdb;

import org.amity.storage.SeriesReaderContract;
import org.amity.storage.Storage;

/** The SeriesReader contract on the embedded DuckDB store (in memory). */
class DuckDbSeriesReaderContractTest extends SeriesReaderContract {
  @Override
  protected Storage openEmpty() {
    return DuckDbStorage.open(null);
  }
}
