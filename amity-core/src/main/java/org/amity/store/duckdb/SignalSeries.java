package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.amity.signal.DetectionSpec;
import org.amity.signal.Resolution;
import org.amity.signal.Scope;

/** Reads indicator series for the detectors and keeps the watch bookkeeping. */
final class SignalSeries {
  /** One subject's numerator and denominator, gap-free from its first to its last period. */
  record Data(List<LocalDate> periods, double[] numerator, double[] denominator) {
    double volume() {
      double v = 0;
      for (double d : denominator != null ? denominator : numerator) {
        v += d;
      }
      return v;
    }
  }

  private final Connection c;

  SignalSeries(Connection c) {
    this.c = c;
  }

  long maxIngestId() throws SQLException {
    return single("SELECT coalesce(max(id), 0) FROM ingest_log WHERE status = 'done'");
  }

  long watchedIngestId() throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT value FROM watch_state WHERE key = 'ingest_id'")) {
      return rs.next() ? Long.parseLong(rs.getString(1)) : 0;
    }
  }

  void setWatchedIngestId(long id) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("DELETE FROM watch_state WHERE key = 'ingest_id'");
      s.execute("INSERT INTO watch_state VALUES ('ingest_id', '" + id + "')");
    }
  }

  /** Fills temp table affected_days with the event days of ingests after {@code since}. */
  long markAffectedDays(long since) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMP TABLE affected_days AS SELECT DISTINCT event_date AS day FROM"
              + " events WHERE ingest_id > "
              + since);
    }
    return single("SELECT count(*) FROM affected_days");
  }

  /** Whether aggregate series were imported after {@code since}. */
  boolean importsSince(long since) throws SQLException {
    return single(
            "SELECT count(*) FROM ingest_log WHERE status = 'done' AND dataset = 'series' AND id > "
                + since)
        > 0;
  }

  /** Subjects with derived points of this scope and resolution in the affected periods. */
  Set<String> touchedSubjects(Scope scope, Resolution r) throws SQLException {
    Set<String> out = new TreeSet<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT DISTINCT subject FROM series_points WHERE source = 'events' AND scope = ? AND"
                + " resolution = ? AND period IN (SELECT DISTINCT date_trunc('"
                + r.key()
                + "', day)::DATE FROM affected_days)")) {
      p.setString(1, scope.key());
      p.setString(2, r.key());
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /**
   * Loads the spec's series per subject.
   *
   * @param source "events" or "import"
   * @param subjects only these, or null for all
   */
  Map<String, Data> load(DetectionSpec spec, String source, Set<String> subjects)
      throws SQLException {
    List<String> num = List.of(spec.numerator().split("\\+"));
    List<String> all = new ArrayList<>(num);
    if (spec.denominator() != null) {
      all.add(spec.denominator());
    }
    String sql =
        "SELECT subject, period, indicator, sum(value) FROM series_points WHERE scope = ? AND"
            + " resolution = ? AND "
            + (source.equals("events") ? "source = 'events'" : "source LIKE 'import:%'")
            + " AND indicator IN ("
            + IndicatorTables.sqlList(Set.copyOf(all))
            + ")"
            + (spec.scope() == Scope.DYAD ? " AND contains(subject, '-')" : "")
            + " GROUP BY ALL ORDER BY subject, period";
    Map<String, TreeMap<LocalDate, double[]>> raw = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, spec.scope().key());
      p.setString(2, spec.resolution().key());
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          String subject = rs.getString(1);
          if (subjects != null && !subjects.contains(subject)) {
            continue;
          }
          double[] cell =
              raw.computeIfAbsent(subject, k -> new TreeMap<>())
                  .computeIfAbsent(rs.getObject(2, LocalDate.class), k -> new double[2]);
          String ind = rs.getString(3);
          if (num.contains(ind)) {
            cell[0] += rs.getDouble(4);
          }
          if (ind.equals(spec.denominator())) {
            cell[1] += rs.getDouble(4);
          }
        }
      }
    }
    Map<String, Data> out = new TreeMap<>();
    raw.forEach(
        (subject, points) ->
            out.put(subject, fill(spec.resolution(), points, spec.denominator() != null)));
    return out;
  }

  /** Fills missing periods with zeros between the first and last period present. */
  private static Data fill(Resolution r, TreeMap<LocalDate, double[]> points, boolean ratio) {
    List<LocalDate> periods = new ArrayList<>();
    for (LocalDate d = points.firstKey(); !d.isAfter(points.lastKey()); d = r.next(d)) {
      periods.add(d);
    }
    double[] n = new double[periods.size()];
    double[] v = ratio ? new double[periods.size()] : null;
    for (int i = 0; i < periods.size(); i++) {
      double[] cell = points.get(periods.get(i));
      if (cell != null) {
        n[i] = cell[0];
        if (v != null) {
          v[i] = cell[1];
        }
      }
    }
    return new Data(periods, n, v);
  }

  private long single(String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
