package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.amity.store.StoreException;
import org.duckdb.DuckDBConnection;

/**
 * Access to the store's connections for the readers and writers of this package. DuckDB connections
 * are not shared between threads, so in a shared store (a server) reads borrow one of a few
 * duplicates of the store's connection (same database, own transaction); without a pool they run on
 * the store's own connection, one at a time. Writes always run on the store's own connection, one
 * at a time, each in one transaction; every committed write advances {@link #writes()}.
 */
public final class Connections implements AutoCloseable {
  /** Work on a connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private static final long BORROW_TIMEOUT_SECONDS = 30;

  private final Connection main;
  private final BlockingQueue<Connection> readers;
  private final List<Connection> pooled = new ArrayList<>();
  private final AtomicLong writes;

  private Connections(Connection main, int readers, AtomicLong writes) {
    this.main = main;
    this.writes = writes;
    this.readers = readers == 0 ? null : new ArrayBlockingQueue<>(readers);
    try {
      for (int i = 0; i < readers; i++) {
        Connection c = ((DuckDBConnection) main).duplicate();
        pooled.add(c);
        this.readers.add(c);
      }
    } catch (SQLException e) {
      close();
      throw new StoreException("cannot open read connections to the store", e);
    }
  }

  /** Reads and writes on the store's own connection, one at a time. */
  static Connections single(Connection main) {
    return new Connections(main, 0, new AtomicLong());
  }

  /** The same store with {@code readers} pooled read connections; shares the write count. */
  Connections pooled(int readers) {
    if (readers < 1) {
      throw new IllegalArgumentException("need at least one read connection");
    }
    return new Connections(main, readers, writes);
  }

  /** Runs read-only work on a pooled connection, or on the store's own one when not pooled. */
  public <T> T read(Work<T> work) {
    if (readers == null) {
      synchronized (main) {
        return run(main, work);
      }
    }
    Connection c;
    try {
      c = readers.poll(BORROW_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for a store connection", e);
    }
    if (c == null) {
      throw new StoreException(
          "no store connection free after " + BORROW_TIMEOUT_SECONDS + " s", null);
    }
    try {
      return run(c, work);
    } finally {
      readers.add(c);
    }
  }

  private static <T> T run(Connection c, Work<T> work) {
    try {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("store read failed: " + e.getMessage(), e);
    }
  }

  /** Runs work that writes, alone and in one transaction: all of it is stored, or none. */
  public <T> T write(Work<T> work) {
    synchronized (main) {
      try {
        boolean auto = main.getAutoCommit();
        main.setAutoCommit(false);
        try {
          T result = work.run(main);
          main.commit();
          writes.incrementAndGet();
          return result;
        } catch (SQLException | RuntimeException e) {
          main.rollback();
          throw e;
        } finally {
          main.setAutoCommit(auto);
        }
      } catch (SQLException e) {
        throw new StoreException("store write failed: " + e.getMessage(), e);
      }
    }
  }

  /** Counts a write made on the store's own connection outside {@link #write}. */
  void wrote() {
    writes.incrementAndGet();
  }

  /** How many writes were committed through this store object. */
  public long writes() {
    return writes.get();
  }

  /** The store's own connection (writes and unpooled reads hold its lock). */
  Connection main() {
    return main;
  }

  /**
   * The next value of a sequence. The result is read to its end: with streamed results, DuckDB
   * (2.0.0) aborts the transaction when a result set is closed early.
   */
  public static long nextValue(Connection c, String sequence) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT nextval('" + sequence + "')")) {
      rs.next();
      long v = rs.getLong(1);
      while (rs.next()) {
        // drain: see above
      }
      return v;
    }
  }

  /** Closes the pooled read connections (never the store's own). */
  @Override
  public void close() {
    StoreException failure = null;
    for (Connection c : pooled) {
      try {
        c.close();
      } catch (SQLException e) {
        failure = new StoreException("cannot close a read connection: " + e.getMessage(), e);
      }
    }
    pooled.clear();
    if (failure != null) {
      throw failure;
    }
  }
}
