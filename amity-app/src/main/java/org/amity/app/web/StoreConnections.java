package org.amity.app.web;

import java.sql.Connection;
import java.sql.SQLException;
import org.amity.storage.Storage;
import org.amity.store.duckdb.Connections;
import org.amity.store.duckdb.DuckDbStorage;

/**
 * TEMPORARY, for the accounts feature only ({@code org.amity.app.web.auth}: accounts, sessions,
 * audit), which still writes its SQL on raw connections: removed when the access branch lands and
 * moves that SQL behind core interfaces. Everything else reaches the store through {@link Storage}.
 * Reads and writes go through the store's own {@link Connections} (pooled reads in a server, writes
 * one at a time, each counted for the response cache).
 */
public final class StoreConnections implements AutoCloseable {
  /** Work on a connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private final Connections db;

  private StoreConnections(Connections db) {
    this.db = db;
  }

  /** The connections of a DuckDB store (the only kind the accounts feature can use for now). */
  public static StoreConnections of(Storage store) {
    if (!(store instanceof DuckDbStorage d)) {
      throw new IllegalArgumentException("accounts need the embedded DuckDB store");
    }
    return new StoreConnections(d.connections());
  }

  public <T> T read(Work<T> work) {
    return db.read(work::run);
  }

  public <T> T write(Work<T> work) {
    return db.write(work::run);
  }

  public static long nextValue(Connection c, String sequence) throws SQLException {
    return Connections.nextValue(c, sequence);
  }

  public long writes() {
    return db.writes();
  }

  /** Holds nothing of its own: the store's connections belong to the store. */
  @Override
  public void close() {}
}
