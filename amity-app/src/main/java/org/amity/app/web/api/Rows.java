package org.amity.app.web.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amity.app.web.WebJson;

/**
 * Query results as JSON-ready rows: one map per row, keyed by the column labels (the SQL gives
 * camelCase aliases), SQL dates and timestamps as java.time values, and columns that hold JSON text
 * embedded as JSON.
 */
final class Rows {
  private Rows() {}

  /** Runs {@code sql} with {@code args} and returns every row. */
  static List<Map<String, Object>> query(
      Connection c, String sql, Set<String> jsonColumns, Object... args) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        p.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = p.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        List<Map<String, Object>> out = new ArrayList<>();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            String name = md.getColumnLabel(i);
            Object v = rs.getObject(i);
            row.put(name, jsonColumns.contains(name) ? WebJson.parse((String) v) : plain(v));
          }
          out.add(row);
        }
        return out;
      }
    }
  }

  private static Object plain(Object v) {
    if (v instanceof Timestamp t) {
      return t.toLocalDateTime();
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (v instanceof java.math.BigInteger b) {
      return b.longValue();
    }
    return v;
  }
}
