package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The smallest and largest native id among rows just read ({@code min} and {@code max}, null when
 * there are none): the only stored rows one of them can repeat lie in this range, so both ingest
 * paths look for repeats within it instead of over every stored event.
 */
record NativeIdRange(String min, String max) {
  /**
   * The range of the rows {@code rows} names: a table, or a table with its condition ({@code
   * "events WHERE ..."}).
   */
  static NativeIdRange of(Connection c, String rows) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT min(native_id), max(native_id) FROM " + rows)) {
      rs.next();
      return new NativeIdRange(rs.getString(1), rs.getString(2));
    }
  }

  /** Whether the rows gave no native id at all. */
  boolean empty() {
    return min == null;
  }
}
