package org.amity.store.duckdb;

import org.amity.storage.CodedSentencesContract;
import org.amity.storage.Storage;

/** The CodedSentences contract on the embedded DuckDB store (in memory). */
class DuckDbCodedSentencesContractTest extends CodedSentencesContract {
  @Override
  protected Storage openEmpty() {
    return DuckDbStorage.open(null);
  }
}
