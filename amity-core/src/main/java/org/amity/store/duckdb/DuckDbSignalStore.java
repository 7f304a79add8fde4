package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amity.signal.Alert;
import org.amity.signal.AlertDraft;
import org.amity.signal.DetectionSpec;
import org.amity.signal.EvidencePool;
import org.amity.signal.Resolution;
import org.amity.signal.Scope;
import org.amity.signal.Situation;
import org.amity.store.StoreException;

/**
 * The signals side of the embedded store: indicator tables, series for the detectors, evidence,
 * alerts and situations. Shares the event store's connection, so a watch runs in one transaction
 * with everything it reads.
 */
public final class DuckDbSignalStore {
  /** A subject's series for one detection spec, gap-free. */
  public record Series(
      List<java.time.LocalDate> periods, double[] numerator, double[] denominator) {
    public double volume() {
      double v = 0;
      for (double d : denominator != null ? denominator : numerator) {
        v += d;
      }
      return v;
    }
  }

  /**
   * An alert window to find evidence for.
   *
   * @param eventClass which events the alert's indicator counts: ALL, CONFLICT, MATERIAL,
   *     HUMANITARIAN or COERCION
   */
  public record EvidenceWindow(
      int key,
      Scope scope,
      String subject,
      java.time.LocalDate from,
      java.time.LocalDate to,
      String eventClass) {}

  /** Parties and period to measure outside great-power involvement over. */
  public record PartyWindow(
      int key, List<String> parties, java.time.LocalDate from, java.time.LocalDate to) {}

  private final Connection c;
  private final SignalSeries series;
  private final EvidenceQueries evidence;
  private final AlertTables alerts;
  private final SituationTables situations;

  public DuckDbSignalStore(DuckDbEventStore store) {
    this.c = store.connection();
    this.series = new SignalSeries(c);
    this.evidence = new EvidenceQueries(c);
    this.alerts = new AlertTables(c);
    this.situations = new SituationTables(c);
  }

  /** Runs {@code work} in one transaction: all of it is stored, or none. */
  public <T> T inTransaction(Work<T> work) {
    try {
      c.setAutoCommit(false);
      try {
        T result = work.run();
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("the watch failed and was rolled back: " + e.getMessage(), e);
    }
  }

  /** Work inside a transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run() throws SQLException;
  }

  public long maxIngestId() throws SQLException {
    return series.maxIngestId();
  }

  public long watchedIngestId() throws SQLException {
    return series.watchedIngestId();
  }

  public void setWatchedIngestId(long id) throws SQLException {
    series.setWatchedIngestId(id);
  }

  public boolean importsSince(long id) throws SQLException {
    return series.importsSince(id);
  }

  /** Marks the days touched by ingests after {@code since}; returns how many. */
  public long markAffectedDays(long since) throws SQLException {
    return series.markAffectedDays(since);
  }

  public void rebuildIndicators(Set<String> watchSet, boolean all) throws SQLException {
    IndicatorTables.rebuild(c, watchSet, all);
    series.invalidateCoverage();
  }

  public Set<String> touchedSubjects(Scope scope, Resolution r) throws SQLException {
    return series.touchedSubjects(scope, r);
  }

  /** Lets go of the series tables that {@link #load} shares between specs during one watch. */
  public void releaseSeries() {
    series.releaseDayTables();
  }

  public Map<String, Series> load(DetectionSpec spec, String source, Set<String> subjects)
      throws SQLException {
    return series.load(spec, source, subjects);
  }

  public Map<Integer, List<EvidencePool.Item>> evidencePools(
      List<EvidenceWindow> windows, int perWindow) throws SQLException {
    return evidence.pools(windows, perWindow);
  }

  public Map<Integer, long[]> greatPowerCounts(List<PartyWindow> windows, Set<String> powers)
      throws SQLException {
    return evidence.greatPowerCounts(windows, powers);
  }

  /**
   * What imported series declare about their subjects, keyed "scope|subject" (the subjects of the
   * points each declared import holds). When several imports on one subject declare, the first by
   * source name gives what the others leave out.
   */
  public Map<String, org.amity.ingest.series.SeriesMeta> declaredMeta() throws SQLException {
    Map<String, org.amity.ingest.series.SeriesMeta> out = new java.util.HashMap<>();
    try (java.sql.Statement s = c.createStatement();
        java.sql.ResultSet rs =
            s.executeQuery(
                "SELECT i.scope, i.subject, m.domain, m.area, m.themes FROM (SELECT DISTINCT"
                    + " scope, subject, source FROM series_imports) i JOIN series_meta m ON"
                    + " m.source = i.source ORDER BY m.source")) {
      while (rs.next()) {
        org.amity.ingest.series.SeriesMeta m =
            new org.amity.ingest.series.SeriesMeta(
                rs.getString(3),
                rs.getString(4),
                org.amity.ingest.series.SeriesMeta.themeList(rs.getString(5)));
        out.merge(rs.getString(1) + "|" + rs.getString(2), m, (a, b) -> a.orElse(b));
      }
    }
    return out;
  }

  /** Signatures of stored alerts, keyed "indicator|scope|subject|resolution|opened". */
  public Map<String, String> alertSignatures() throws SQLException {
    return alerts.signatures();
  }

  public void reconcile(
      String indicator, Scope scope, String subject, Resolution r, List<AlertDraft> drafts)
      throws SQLException {
    alerts.reconcile(indicator, scope, subject, r, drafts);
  }

  /**
   * Keys "scope|subject|indicator|resolution" of series with stored alerts, and "scope|subject" of
   * subjects with stored alerts or situations: the ones a watch must revisit even when nothing is
   * detected on them now.
   */
  public Set<String> storedKeys() throws SQLException {
    Set<String> keys = new java.util.HashSet<>();
    try (java.sql.Statement s = c.createStatement();
        java.sql.ResultSet rs =
            s.executeQuery(
                "SELECT DISTINCT scope, subject, indicator, resolution FROM alerts WHERE status <>"
                    + " 'withdrawn' UNION ALL SELECT DISTINCT scope, subject, NULL, NULL FROM"
                    + " situations WHERE status <> 'withdrawn'")) {
      while (rs.next()) {
        String subject = rs.getString(1) + "|" + rs.getString(2);
        keys.add(subject);
        if (rs.getString(3) != null) {
          keys.add(subject + "|" + rs.getString(3) + "|" + rs.getString(4));
        }
      }
    }
    return keys;
  }

  /**
   * Withdraws alerts raised by detectors no longer configured; returns the (scope|subject) keys
   * they were on, which need regrouping.
   */
  public Set<String> withdrawOtherIndicators(Set<String> configured) throws SQLException {
    Set<String> touched = new java.util.HashSet<>();
    String keep = IndicatorTables.sqlList(configured);
    try (java.sql.Statement s = c.createStatement()) {
      try (java.sql.ResultSet rs =
          s.executeQuery(
              "SELECT DISTINCT scope, subject FROM alerts WHERE status <> 'withdrawn' AND indicator"
                  + " NOT IN ("
                  + keep
                  + ")")) {
        while (rs.next()) {
          touched.add(rs.getString(1) + "|" + rs.getString(2));
        }
      }
      s.execute(
          "UPDATE alerts SET status = 'withdrawn' WHERE status <> 'withdrawn' AND indicator NOT IN ("
              + keep
              + ")");
    }
    return touched;
  }

  public void regroup(Scope scope, String subject, int gapDays) throws SQLException {
    situations.regroup(scope, subject, gapDays);
  }

  /** Alerts: status "open", "closed" or "all" (withdrawn ones are never listed). */
  public List<Alert> alerts(String status) {
    try {
      return alerts.read(status, null);
    } catch (SQLException e) {
      throw new StoreException("cannot read alerts", e);
    }
  }

  public java.util.Optional<Alert> alert(long id) {
    try {
      return alerts.read("all", id).stream().findFirst();
    } catch (SQLException e) {
      throw new StoreException("cannot read alert " + id, e);
    }
  }

  /** How many alerts and situations are open (counted, not read). */
  public int[] openCounts() {
    try (java.sql.Statement s = c.createStatement();
        java.sql.ResultSet rs =
            s.executeQuery(
                "SELECT (SELECT count(*) FROM alerts WHERE status = 'open'), (SELECT count(*) FROM"
                    + " situations WHERE status = 'open')")) {
      rs.next();
      return new int[] {rs.getInt(1), rs.getInt(2)};
    } catch (SQLException e) {
      throw new StoreException("cannot count open alerts and situations", e);
    }
  }

  public List<Situation> situations(String status) {
    try {
      return situations.read(status, null);
    } catch (SQLException e) {
      throw new StoreException("cannot read situations", e);
    }
  }

  public java.util.Optional<Situation> situation(long id) {
    try {
      return situations.read("all", id).stream().findFirst();
    } catch (SQLException e) {
      throw new StoreException("cannot read situation " + id, e);
    }
  }
}
