package org.amity.app.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.amity.store.StoreException;
import org.amity.store.duckdb.DuckDbEventStore;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's access to the store. DuckDB connections are not shared between threads, so reads
 * borrow one of a few duplicates of the store's connection (same database, own transaction), and
 * writes are serialised on the store's own connection, each in one transaction. Every committed
 * write advances {@link #writes()}, which the response cache watches.
 */
public final class StoreConnections implements AutoCloseable {
  /** Work on a connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private static final Logger LOG = LoggerFactory.getLogger(StoreConnections.class);
  private static final long BORROW_TIMEOUT_SECONDS = 30;

  private final DuckDbEventStore store;
  private final BlockingQueue<Connection> readers;
  private final List<Connection> all = new ArrayList<>();
  private final AtomicLong writes = new AtomicLong();

  /** Opens {@code readers} read connections beside the store's own (which takes the writes). */
  public StoreConnections(DuckDbEventStore store, int readers) {
    if (readers < 1) {
      throw new IllegalArgumentException("need at least one read connection");
    }
    this.store = store;
    this.readers = new ArrayBlockingQueue<>(readers);
    try {
      for (int i = 0; i < readers; i++) {
        Connection c = ((DuckDBConnection) store.connection()).duplicate();
        all.add(c);
        this.readers.add(c);
      }
    } catch (SQLException e) {
      close();
      throw new StoreException("cannot open read connections to the store", e);
    }
  }

  public DuckDbEventStore store() {
    return store;
  }

  /** Runs read-only work on a pooled connection. */
  public <T> T read(Work<T> work) {
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
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("store read failed: " + e.getMessage(), e);
    } finally {
      readers.add(c);
    }
  }

  /** Runs work that writes, alone and in one transaction: all of it is stored, or none. */
  public <T> T write(Work<T> work) {
    Connection c = store.connection();
    synchronized (c) {
      try {
        c.setAutoCommit(false);
        try {
          T result = work.run(c);
          c.commit();
          writes.incrementAndGet();
          return result;
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        } finally {
          c.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw new StoreException("store write failed: " + e.getMessage(), e);
      }
    }
  }

  /**
   * The next value of a sequence. The result is read to its end: with streamed results, DuckDB
   * (2.0.0) aborts the transaction when a result set is closed early.
   */
  public static long nextValue(Connection c, String sequence) throws SQLException {
    try (java.sql.Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery("SELECT nextval('" + sequence + "')")) {
      rs.next();
      long v = rs.getLong(1);
      while (rs.next()) {
        // drain: see above
      }
      return v;
    }
  }

  /** How many writes this server has committed; changes whenever its own data changed. */
  public long writes() {
    return writes.get();
  }

  /** Closes the read connections (the store itself belongs to the caller). */
  @Override
  public void close() {
    for (Connection c : all) {
      try {
        c.close();
      } catch (SQLException e) {
        LOG.warn("cannot close a read connection: {}", e.getMessage());
      }
    }
  }
}
