package org.amity.app.store;

import java.io.IOException;
import java.nio.file.Path;
import org.amity.storage.Storage;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.store.duckdb.DuckDbStorage;

/**
 * The start-up wiring: the one place in the application that names the store's implementation (the
 * embedded DuckDB file). Everything else sees the core's {@link Storage} interfaces, so another
 * store (a server database) would be chosen here and nowhere else.
 */
public final class StoreOpener {
  private StoreOpener() {}

  /** Opens (creating if needed) the store in {@code file}, its schema brought up to date. */
  public static Storage open(Path file) {
    return DuckDbStorage.open(file);
  }

  /** Deletes a closed store's files (the database and its write-ahead log), if they exist. */
  public static void delete(Path file) throws IOException {
    DuckDbEventStore.delete(file);
  }
}
