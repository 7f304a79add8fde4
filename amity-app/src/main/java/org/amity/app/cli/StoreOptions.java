package org.amity.app.cli;

import java.nio.file.Path;
import org.amity.app.store.StoreOpener;
import org.amity.storage.Storage;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that reads or writes the store. */
final class StoreOptions {
  @Option(
      names = "--db",
      paramLabel = "PATH",
      description =
          "DuckDB database file (default: $AMITY_HOME/amity.duckdb, or ~/.amity/amity.duckdb).")
  Path db;

  Path path() {
    if (db != null) {
      return db;
    }
    String home = System.getenv("AMITY_HOME");
    Path dir =
        home != null && !home.isBlank()
            ? Path.of(home)
            : Path.of(System.getProperty("user.home"), ".amity");
    return dir.resolve("amity.duckdb");
  }

  Storage open() {
    return StoreOpener.open(path());
  }
}
