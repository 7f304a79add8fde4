package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.amity.signal.Freshness;
import org.amity.signal.Resolution;

/**
 * Reads how current the stored data is: the newest event day and the end of the newest imported
 * series period ("data as of"), and per subject the last day of its own data (the daily indicator
 * table for event data, the imported series for aggregates; a subject with both takes the newer).
 */
final class FreshnessQuery {
  /** The last day an imported period covers. */
  private static final String PERIOD_END =
      "CAST(CASE resolution WHEN 'month' THEN period + INTERVAL 1 MONTH - INTERVAL 1 DAY WHEN"
          + " 'week' THEN period + INTERVAL 6 DAY ELSE period END AS DATE)";

  private FreshnessQuery() {}

  static Freshness read(Connection c) throws SQLException {
    LocalDate asOf = null;
    Map<String, Freshness.SubjectData> subjects = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT greatest((SELECT max(event_date) FROM events), (SELECT max("
                    + PERIOD_END
                    + ") FROM series_imports))")) {
      rs.next();
      asOf = rs.getObject(1, LocalDate.class);
    }
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT scope, subject, max(day), 'day' FROM indicator_days GROUP BY scope,"
                    + " subject UNION ALL SELECT scope, subject, max("
                    + PERIOD_END
                    + "), min(resolution) FROM series_imports GROUP BY scope, subject")) {
      while (rs.next()) {
        Freshness.SubjectData d =
            new Freshness.SubjectData(
                rs.getObject(3, LocalDate.class), Resolution.parse(rs.getString(4)));
        subjects.merge(
            rs.getString(1) + "|" + rs.getString(2),
            d,
            (a, b) -> a.last().isAfter(b.last()) ? a : b);
      }
    }
    return new Freshness(asOf, subjects);
  }
}
