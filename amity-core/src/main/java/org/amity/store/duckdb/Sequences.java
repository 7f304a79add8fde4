package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Sequence values, read to the end of their result (DuckDB aborts on early-closed results). */
final class Sequences {
  private Sequences() {}

  static long next(Connection c, String sequence) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT nextval('" + sequence + "')")) {
      rs.next();
      long v = rs.getLong(1);
      while (rs.next()) {
        // drain
      }
      return v;
    }
  }
}
