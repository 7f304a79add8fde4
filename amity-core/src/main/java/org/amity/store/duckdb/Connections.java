package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.amity.store.HeavyRead;
import org.amity.store.ReadStopped;
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
  private final BlockingQueue<Connection> heavy;
  private final List<Connection> pooled = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final AtomicLong writes;

  private Connections(Connection main, int readers, int heavyReaders, AtomicLong writes) {
    this.main = main;
    this.writes = writes;
    this.readers = readers == 0 ? null : new ArrayBlockingQueue<>(readers);
    this.heavy = heavyReaders == 0 ? null : new ArrayBlockingQueue<>(heavyReaders);
    try {
      for (int i = 0; i < readers; i++) {
        this.readers.add(duplicate());
      }
      for (int i = 0; i < heavyReaders; i++) {
        this.heavy.add(duplicate());
      }
    } catch (SQLException e) {
      close();
      throw new StoreException("cannot open read connections to the store", e);
    }
  }

  private Connection duplicate() throws SQLException {
    Connection c = ((DuckDBConnection) main).duplicate();
    pooled.add(c);
    return c;
  }

  /** Reads and writes on the store's own connection, one at a time. */
  static Connections single(Connection main) {
    return new Connections(main, 0, 0, new AtomicLong());
  }

  /**
   * The same store with {@code readers} pooled connections for ordinary reads and {@code readers -
   * 1} (at least one) apart for heavy reads ({@link HeavyRead}); shares the write count.
   */
  Connections pooled(int readers) {
    if (readers < 1) {
      throw new IllegalArgumentException("need at least one read connection");
    }
    return new Connections(main, readers, Math.max(1, readers - 1), writes);
  }

  /**
   * Runs read-only work on a pooled connection, or on the store's own one when not pooled. A heavy
   * read ({@link HeavyRead#active()}) runs on the heavy pool and is stopped at its deadline: its
   * running statement is cancelled and {@link ReadStopped} thrown.
   */
  public <T> T read(Work<T> work) {
    if (readers == null) {
      synchronized (main) {
        return HeavyRead.active() ? StoppableRead.run(main, work) : run(main, work);
      }
    }
    boolean isHeavy = HeavyRead.active();
    BlockingQueue<Connection> pool = isHeavy ? heavy : readers;
    Connection c;
    try {
      long waitNanos =
          isHeavy
              ? Math.max(0, HeavyRead.nanosLeft())
              : TimeUnit.SECONDS.toNanos(BORROW_TIMEOUT_SECONDS);
      c = pool.poll(waitNanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for a store connection", e);
    }
    if (c == null) {
      if (isHeavy) {
        throw new ReadStopped(
            "no connection for large reads came free within the time limit", null);
      }
      throw new StoreException(
          "no store connection free after " + BORROW_TIMEOUT_SECONDS + " s", null);
    }
    try {
      if (!isHeavy) {
        return run(c, work);
      }
      try {
        return StoppableRead.run(c, work);
      } catch (ReadStopped stopped) {
        c = usableAfterCancel(c);
        throw stopped;
      }
    } finally {
      pool.add(c);
    }
  }

  /** The connection, or a fresh one in its place when it no longer answers after a cancel. */
  private Connection usableAfterCancel(Connection c) {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT 1")) {
      rs.next();
      return c;
    } catch (SQLException e) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // replaced below either way
      }
      pooled.remove(c);
      try {
        return duplicate();
      } catch (SQLException again) {
        throw new StoreException("cannot replace a read connection: " + again.getMessage(), again);
      }
    }
  }

  static <T> T run(Connection c, Work<T> work) {
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
