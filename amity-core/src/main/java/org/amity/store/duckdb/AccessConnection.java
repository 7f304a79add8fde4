package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.amity.store.StoreException;
import org.amity.store.StoreFailures;
import org.duckdb.DuckDBConnection;

/**
 * The access tables' own connection: a duplicate of the store's (same database, own transactions),
 * so a sign-in never waits behind an ingest on the store's connection. All access work runs on it
 * one at a time; writes in one transaction each.
 */
final class AccessConnection implements AutoCloseable {
  /** Work on the connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private final Connection connection;
  private final Object lock;

  AccessConnection(DuckDbEventStore store) {
    this.lock = store;
    try {
      this.connection = ((DuckDBConnection) store.connection()).duplicate();
    } catch (SQLException e) {
      throw new StoreException("cannot open a connection for accounts: " + e.getMessage(), e);
    }
  }

  <T> T read(Work<T> work) {
    synchronized (lock) {
      try {
        return work.run(connection);
      } catch (SQLException e) {
        throw new StoreException("cannot read accounts: " + StoreFailures.cause(e), e);
      }
    }
  }

  /** Runs work in one transaction: all of it is stored, or none. */
  <T> T write(Work<T> work) {
    synchronized (lock) {
      return inTransaction(work);
    }
  }

  private <T> T inTransaction(Work<T> work) {
    try {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot store the change: " + StoreFailures.cause(e), e);
    }
  }

  /** Reads a result to its end: with streamed results, an early close aborts the transaction. */
  static void drain(ResultSet rs) throws SQLException {
    while (rs.next()) {
      // drained
    }
  }

  /** Instants are stored in UTC, so they do not move with the server's time zone. */
  static Timestamp utc(Instant i) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
  }

  static Instant instant(Timestamp t) {
    return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
  }

  @Override
  public void close() {
    synchronized (lock) {
      closeConnection();
    }
  }

  private void closeConnection() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the accounts connection: " + e.getMessage(), e);
    }
  }
}
