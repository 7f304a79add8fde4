package org.amity.store.duckdb;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * One result row copied out by column name, so it can be turned into a record after the result set
 * has moved on (DuckDB gives back {@code java.sql} dates, timestamps and big integers; these come
 * out as {@code java.time} values and longs).
 */
record ResultSetValues(Map<String, Object> values) {
  static ResultSetValues of(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    Map<String, Object> m = new HashMap<>();
    for (int i = 1; i <= md.getColumnCount(); i++) {
      Object v = rs.getObject(i);
      if (v instanceof Timestamp t) {
        v = t.toLocalDateTime();
      } else if (v instanceof java.sql.Date d) {
        v = d.toLocalDate();
      } else if (v instanceof java.math.BigInteger b) {
        v = b.longValue();
      }
      m.put(md.getColumnLabel(i), v);
    }
    return new ResultSetValues(m);
  }

  String text(String column) {
    Object v = values.get(column);
    return v == null ? null : v.toString();
  }

  Long id(String column) {
    Object v = values.get(column);
    return v == null ? null : ((Number) v).longValue();
  }

  double number(String column) {
    Object v = values.get(column);
    return v == null ? 0 : ((Number) v).doubleValue();
  }

  boolean flag(String column) {
    return Boolean.TRUE.equals(values.get(column));
  }

  LocalDate date(String column) {
    Object v = values.get(column);
    return v instanceof LocalDateTime t ? t.toLocalDate() : (LocalDate) v;
  }

  LocalDateTime time(String column) {
    return (LocalDateTime) values.get(column);
  }
}
