package org.amity.app.cli;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.amity.app.store.StoreOpener;
import org.amity.storage.Storage;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --db} and {@code --server} options shared by every command that reads or writes the
 * store. Inside a running service a command opens the service's store instead (see {@link
 * InProcess}).
 */
final class StoreOptions {
  /** The service's store, for commands the service runs on behalf of the CLI. */
  private static final InheritableThreadLocal<Supplier<Storage>> SERVICE_STORE =
      new InheritableThreadLocal<>();

  /** The service's database path, for the same commands. */
  private static final InheritableThreadLocal<Path> SERVICE_PATH = new InheritableThreadLocal<>();

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description =
          "DuckDB database file (default: $AMITY_HOME/amity.duckdb, or ~/.amity/amity.duckdb), or"
              + " cluster:DIR for the output folder of `amity flink run`, read in place.")
  Path db;

  @Option(
      names = "--server",
      paramLabel = "URL",
      description =
          "Send the command to the running service at URL (default: the service found beside the"
              + " database, if one runs).")
  java.net.URI server;

  /** The command this is mixed into, whose {@code -q} or {@code --json} also quiets the opening. */
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** The database as named; inside the service, the service's when the command named none. */
  Path path() {
    if (db != null) {
      return StoreOpener.file(db);
    }
    Path service = SERVICE_PATH.get();
    return service != null ? service : defaultPath();
  }

  static Path defaultPath() {
    String home = System.getenv("AMITY_HOME");
    Path dir =
        home != null && !home.isBlank()
            ? Path.of(home)
            : Path.of(System.getProperty("user.home"), ".amity");
    return dir.resolve("amity.duckdb");
  }

  /**
   * Set for commands that only read: a database named with {@code --db} that does not exist is then
   * refused when the command opens it (bad usage), instead of being created empty. Commands that do
   * not need the store for the work asked (recommend --input) never open it and are not refused.
   */
  boolean mustExist;

  Storage open() {
    Supplier<Storage> service = SERVICE_STORE.get();
    if (service != null) {
      return service.get();
    }
    if (mustExist && db != null && !StoreOpener.isCluster(db) && !java.nio.file.Files.exists(db)) {
      throw new IllegalArgumentException(
          "no database at "
              + db
              + ": nothing has been stored there (ingest first, or give --db the right file)");
    }
    return StoreOpener.open(db != null ? db : path(), OpeningNotice.of(quiet()));
  }

  /** Whether the command was asked for {@code -q} or {@code --json}: no line about upkeep then. */
  boolean quiet() {
    if (command == null) {
      return false;
    }
    for (String name : new String[] {"-q", "--json"}) {
      OptionSpec o = command.findOption(name);
      if (o != null && Boolean.TRUE.equals(o.getValue())) {
        return true;
      }
    }
    return false;
  }

  /** Makes {@link #open()} on this thread (and its children) hand out the service's store. */
  static AutoCloseable useServiceStore(Path path, Supplier<Storage> store) {
    SERVICE_STORE.set(store);
    SERVICE_PATH.set(path);
    return () -> {
      SERVICE_STORE.remove();
      SERVICE_PATH.remove();
    };
  }

  /** Whether this thread runs a command inside the service. */
  static boolean inService() {
    return SERVICE_STORE.get() != null;
  }
}
