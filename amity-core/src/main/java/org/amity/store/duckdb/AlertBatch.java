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
import org.amity.pipeline.WatchStore.SeriesAlerts;
import org.amity.signal.AlertDraft;
import org.amity.signal.DetectedAlert;
import org.amity.signal.Evidence;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Makes the stored alerts of many series match their drafts at once (a draft takes the first unused
 * stored alert of its series whose period overlaps it, in order of opening; a draft without one
 * gets the next id; stored alerts no draft took are withdrawn), but with a fixed number of
 * statements however many series there are: one read of the stored alerts, the new and changed rows
 * staged in a temporary table and written by one insert and one update, one withdrawal, and the
 * evidence deleted and inserted in bulk. Ids are handed out in the order of the series and drafts,
 * as one reconcile per series would.
 */
final class AlertBatch {
  private static final String STAGED =
      "id INTEGER, is_new BOOLEAN, scope VARCHAR, subject VARCHAR, indicator VARCHAR, resolution"
          + " VARCHAR, level VARCHAR, peak_level VARCHAR, status VARCHAR, opened DATE, updated"
          + " DATE, closed DATE, period_start DATE, period_end DATE, value DOUBLE, baseline DOUBLE,"
          + " score DOUBLE, detector VARCHAR, threat_types VARCHAR, great_power_party BOOLEAN,"
          + " outside_power_share DOUBLE, themes VARCHAR, maritime_share DOUBLE,"
          + " humanitarian_share DOUBLE, protracted DATE";

  private final Connection c;

  AlertBatch(Connection c) {
    this.c = c;
  }

  private record Stored(long id, LocalDate opened, LocalDate end) {}

  /** A row to write: a changed or new alert, or a new one a keep draft leaves as a shell. */
  private record Row(long id, boolean isNew, SeriesAlerts series, AlertDraft draft) {}

  void reconcile(List<SeriesAlerts> all) throws SQLException {
    if (all.isEmpty()) {
      return;
    }
    StepClock clock = new StepClock();
    Map<String, List<Stored>> stored = stored();
    long next = nextId();
    clock.mark("alerts: read");
    List<Row> rows = new ArrayList<>();
    List<Row> shells = new ArrayList<>();
    List<Long> withdrawn = new ArrayList<>();
    for (SeriesAlerts s : all) {
      List<Stored> mine = stored.getOrDefault(key(s), List.of());
      boolean[] used = new boolean[mine.size()];
      for (AlertDraft d : s.drafts()) {
        DetectedAlert a = d.detected();
        LocalDate end = a.closed() == null ? LocalDate.MAX : a.closed();
        long id = -1;
        for (int i = 0; i < mine.size(); i++) {
          Stored m = mine.get(i);
          if (!used[i] && !m.opened().isAfter(end) && !a.opened().isAfter(m.end())) {
            used[i] = true;
            id = m.id();
            break;
          }
        }
        boolean isNew = id < 0;
        if (isNew) {
          id = next++;
        }
        if (d.keep()) {
          if (isNew) {
            shells.add(new Row(id, true, s, d));
          }
          continue;
        }
        rows.add(new Row(id, isNew, s, d));
      }
      for (int i = 0; i < mine.size(); i++) {
        if (!used[i]) {
          withdrawn.add(mine.get(i).id());
        }
      }
    }
    write(rows, shells, withdrawn, clock);
  }

  private static String key(SeriesAlerts s) {
    return s.indicator() + "|" + s.scope().key() + "|" + s.subject() + "|" + s.resolution().key();
  }

  /** The stored alerts not withdrawn, per series, in order of opening. */
  private Map<String, List<Stored>> stored() throws SQLException {
    Map<String, List<Stored>> out = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT indicator || '|' || scope || '|' || subject || '|' || resolution, id,"
                    + " opened, coalesce(closed, DATE '9999-12-31') FROM alerts WHERE status <>"
                    + " 'withdrawn' ORDER BY opened, id")) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(
                new Stored(
                    rs.getLong(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getObject(4, LocalDate.class)));
      }
    }
    return out;
  }

  private long nextId() throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM alerts")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void write(List<Row> rows, List<Row> shells, List<Long> withdrawn, StepClock clock)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE alert_rows (" + STAGED + ")");
      stage(rows);
      stageShells(shells);
      String set =
          "level, peak_level, status, opened, updated, closed, period_start, period_end, value,"
              + " baseline, score, detector, threat_types, great_power_party, outside_power_share,"
              + " themes, maritime_share, humanitarian_share, protracted";
      s.execute(
          "INSERT INTO alerts (id, scope, subject, indicator, resolution, "
              + set
              + ") SELECT id, scope, subject, indicator, resolution, "
              + set
              + " FROM alert_rows WHERE is_new ORDER BY id");
      StringBuilder update = new StringBuilder("UPDATE alerts SET ");
      String sep = "";
      for (String column : set.split(", ")) {
        update.append(sep).append(column).append(" = u.").append(column);
        sep = ", ";
      }
      s.execute(update + " FROM alert_rows u WHERE NOT u.is_new AND alerts.id = u.id");
      if (!withdrawn.isEmpty()) {
        String ids = String.join(", ", withdrawn.stream().map(String::valueOf).toList());
        s.execute("UPDATE alerts SET status = 'withdrawn' WHERE id IN (" + ids + ")");
        s.execute("DELETE FROM alert_evidence WHERE alert_id IN (" + ids + ")");
      }
      s.execute(
          "DELETE FROM alert_evidence WHERE alert_id IN (SELECT id FROM alert_rows WHERE"
              + " detector <> '')"); // every written alert but the shells
      s.execute("DROP TABLE alert_rows");
    }
    clock.mark("alerts: write");
    evidence(rows);
    clock.mark("alerts: evidence");
  }

  /**
   * Stages the changed and new alerts with every value the watch writes, through DuckDB's appender
   * (a statement with a parameter per value costs more to prepare than its rows to write).
   */
  private void stage(List<Row> rows) throws SQLException {
    try (DuckDBAppender p =
        c.unwrap(DuckDBConnection.class).createAppender("temp", "main", "alert_rows")) {
      for (Row r : rows) {
        DetectedAlert a = r.draft().detected();
        AlertDraft d = r.draft();
        p.beginRow();
        p.append(Math.toIntExact(r.id()));
        p.append(r.isNew());
        text(p, r.series().scope().key());
        text(p, r.series().subject());
        text(p, r.series().indicator());
        text(p, r.series().resolution().key());
        text(p, a.level().key());
        text(p, a.peakLevel().key());
        text(p, a.status());
        date(p, a.opened());
        date(p, a.updated());
        date(p, a.closed());
        date(p, a.opened());
        date(p, a.lastDay());
        p.append(a.value());
        p.append(a.storedBaseline());
        p.append(a.storedScore());
        text(p, a.score() >= a.cusum() / 2 ? "robust-z" : "cusum");
        text(p, AlertTables.json(d.profile().byKey()));
        p.append(d.greatPowerParty());
        p.append(d.outsidePowerShare());
        text(p, AlertTables.json(d.themes()));
        p.append(d.maritimeShare());
        p.append(d.humanitarianShare());
        date(p, a.protracted());
        p.endRow();
      }
    }
  }

  private static void text(DuckDBAppender a, String value) throws SQLException {
    if (value == null) {
      a.appendNull();
    } else {
      a.append(value);
    }
  }

  private static void date(DuckDBAppender a, LocalDate value) throws SQLException {
    if (value == null) {
      a.appendNull();
    } else {
      a.append(value);
    }
  }

  /**
   * Stages new alerts whose draft says to keep them as they are (no stored alert matched): what one
   * reconcile per series inserts for them, an open watch with no numbers yet.
   */
  private void stageShells(List<Row> shells) throws SQLException {
    for (Row r : shells) {
      DetectedAlert a = r.draft().detected();
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO alert_rows (id, is_new, scope, subject, indicator, resolution, level,"
                  + " peak_level, status, opened, updated, period_start, period_end, value,"
                  + " baseline, score, detector, threat_types, great_power_party,"
                  + " outside_power_share, themes, maritime_share, humanitarian_share) VALUES (?,"
                  + " true, ?, ?, ?, ?, 'watch', 'watch', 'open', ?, ?, ?, ?, 0, 0, 0, '', '{}',"
                  + " false, 0, '[]', 0, 0)")) {
        p.setLong(1, r.id());
        p.setString(2, r.series().scope().key());
        p.setString(3, r.series().subject());
        p.setString(4, r.series().indicator());
        p.setString(5, r.series().resolution().key());
        p.setObject(6, a.opened());
        p.setObject(7, a.updated());
        p.setObject(8, a.opened());
        p.setObject(9, a.lastDay());
        p.executeUpdate();
      }
    }
  }

  /** The evidence rows of the written alerts, appended in order of alert and rank. */
  private void evidence(List<Row> rows) throws SQLException {
    try (DuckDBAppender p = c.unwrap(DuckDBConnection.class).createAppender("alert_evidence")) {
      for (Row r : rows) {
        int rank = 1;
        for (Evidence e : r.draft().evidence()) {
          p.beginRow();
          p.append(Math.toIntExact(r.id()));
          p.append(rank++);
          text(p, e.dataset());
          text(p, e.nativeId());
          date(p, e.date());
          text(p, e.source());
          text(p, e.target());
          text(p, e.code());
          p.append(e.goldstein());
          p.append(e.reports());
          text(p, e.url());
          p.endRow();
        }
      }
    }
  }
}
