package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** One key of the store's {@code watch_state} table (key and value, the key unique). */
final class WatchState {
  private WatchState() {}

  /** The key's value, or null when none is stored. */
  static String get(Connection c, String key) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT value FROM watch_state WHERE key = ?")) {
      p.setString(1, key);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /** Stores the key's value, replacing the one before. */
  static void put(Connection c, String key, String value) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("INSERT OR REPLACE INTO watch_state VALUES (?, ?)")) {
      p.setString(1, key);
      p.setString(2, value);
      p.executeUpdate();
    }
  }
}
