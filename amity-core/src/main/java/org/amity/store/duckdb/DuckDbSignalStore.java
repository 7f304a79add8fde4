package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.amity.pipeline.WatchStore;
import org.amity.signal.DetectionSpec;
import org.amity.signal.EvidencePool;
import org.amity.signal.Resolution;
import org.amity.signal.Scope;
import org.amity.signal.SignalReader;
import org.amity.signal.daily.DetectorInput;
import org.amity.store.StoreException;

/**
 * The watch's side of the embedded store: indicator tables, series for the detectors, evidence,
 * alerts and situations. Works on the store's own connection, so a watch runs in one transaction
 * with everything it reads, and holds the connection's lock while it runs.
 */
final class DuckDbSignalStore implements WatchStore {
  /** Work that may fail with SQL. */
  @FunctionalInterface
  private interface Step<T> {
    T run() throws SQLException;
  }

  private final Connections connections;
  private final Connection c;
  private final SignalSeries series;
  private final EvidenceQueries evidence;
  private final AlertTables alerts;
  private final SituationTables situations;

  DuckDbSignalStore(Connections connections) {
    this.connections = connections;
    this.c = connections.main();
    this.series = new SignalSeries(c);
    this.evidence = new EvidenceQueries(c);
    this.alerts = new AlertTables(c);
    this.situations = new SituationTables(c);
  }

  private static <T> T sql(String what, Step<T> step) {
    try {
      return step.run();
    } catch (SQLException e) {
      throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
    }
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    synchronized (c) {
      try {
        c.setAutoCommit(false);
        try {
          T result = work.get();
          c.commit();
          connections.wrote();
          return result;
        } catch (RuntimeException e) {
          c.rollback();
          throw e;
        } finally {
          evidence.release();
          c.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw new StoreException("the watch failed and was rolled back: " + e.getMessage(), e);
      } catch (StoreException e) {
        throw new StoreException(
            "the watch failed and was rolled back: " + e.getMessage(), e.getCause());
      }
    }
  }

  @Override
  public long maxIngestId() {
    return sql("read the ingest log", series::maxIngestId);
  }

  @Override
  public long watchedIngestId() {
    return sql("read the watch state", series::watchedIngestId);
  }

  @Override
  public void setWatchedIngestId(long id) {
    sql(
        "write the watch state",
        () -> {
          series.setWatchedIngestId(id);
          return null;
        });
  }

  @Override
  public boolean theatresWatched() {
    return sql("read the watch state", series::theatresWatched);
  }

  @Override
  public void setTheatresWatched(boolean on) {
    sql(
        "write the watch state",
        () -> {
          series.setTheatresWatched(on);
          return null;
        });
  }

  @Override
  public String describedWith() {
    return sql("read the watch state", () -> WatchState.get(c, DESCRIBED_WITH));
  }

  @Override
  public void setDescribedWith(String rules) {
    sql(
        "write the watch state",
        () -> {
          WatchState.put(c, DESCRIBED_WITH, rules);
          return null;
        });
  }

  /** The key of the description rules' fingerprint in {@code watch_state}. */
  static final String DESCRIBED_WITH = "described_with";

  @Override
  public String evidenceRules() {
    return EVIDENCE_RULES;
  }

  /** {@link #evidenceRules}, read once: the class files do not change while the program runs. */
  private static final String EVIDENCE_RULES =
      org.amity.pipeline.CodeFingerprint.start()
          .code(
              EvidenceQueries.class,
              IndicatorTables.class,
              Profile.class,
              EventColumns.class,
              AlertTables.class,
              AlertBatch.class)
          .hex();

  @Override
  public void setGroupingGaps(java.util.Map<org.amity.signal.Scope, Integer> gaps) {
    sql(
        "write the watch state",
        () -> {
          series.setGroupingGaps(gaps);
          return null;
        });
  }

  @Override
  public boolean importsSince(long id) {
    return sql("read the series imports", () -> series.importsSince(id));
  }

  @Override
  public long markAffectedDays(long since) {
    return sql("mark the affected days", () -> series.markAffectedDays(since));
  }

  @Override
  public void rebuildIndicators(Set<String> watchSet, boolean theatres, boolean all) {
    sql(
        "rebuild the indicators",
        () -> {
          IndicatorTables.rebuild(c, watchSet, theatres, all);
          series.invalidateCoverage();
          series.recordNewsSpans();
          return null;
        });
  }

  @Override
  public Set<String> touchedSubjects(Scope scope, Resolution r) {
    return sql("find the touched subjects", () -> series.touchedSubjects(scope, r));
  }

  @Override
  public void releaseSeries() {
    series.releaseDayTables();
  }

  @Override
  public Map<String, DetectorInput> load(DetectionSpec spec, String source, Set<String> subjects) {
    return sql("load the series of " + spec.name(), () -> series.load(spec, source, subjects));
  }

  @Override
  public void prepareEvidence(List<EvidenceWindow> windows, List<PartyWindow> parties) {
    sql(
        "read the candidate evidence",
        () -> {
          evidence.prepare(windows, parties);
          return null;
        });
  }

  @Override
  public Map<Integer, List<EvidencePool.Item>> evidencePools(
      List<EvidenceWindow> windows, int perWindow) {
    return sql("find the evidence", () -> evidence.pools(windows, perWindow));
  }

  @Override
  public Map<Integer, long[]> greatPowerCounts(List<PartyWindow> windows, Set<String> powers) {
    return sql("count great-power involvement", () -> evidence.greatPowerCounts(windows, powers));
  }

  @Override
  public Map<String, org.amity.ingest.series.SeriesMeta> declaredMeta() {
    return sql("read the declarations of imported series", this::readDeclaredMeta);
  }

  private Map<String, org.amity.ingest.series.SeriesMeta> readDeclaredMeta() throws SQLException {
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

  @Override
  public Map<String, String> alertSignatures() {
    return sql("read the stored alerts", alerts::signatures);
  }

  @Override
  public void reconcile(List<SeriesAlerts> all) {
    sql(
        "store the alerts",
        () -> {
          new AlertBatch(c).reconcile(all);
          return null;
        });
  }

  @Override
  public Set<String> storedKeys() {
    return sql(
        "read the stored alerts",
        () -> {
          Set<String> keys = new HashSet<>();
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT DISTINCT scope, subject, indicator, resolution FROM alerts WHERE"
                          + " status <> 'withdrawn' UNION ALL SELECT DISTINCT scope, subject,"
                          + " NULL, NULL FROM situations WHERE status <> 'withdrawn'")) {
            while (rs.next()) {
              String subject = rs.getString(1) + "|" + rs.getString(2);
              keys.add(subject);
              if (rs.getString(3) != null) {
                keys.add(subject + "|" + rs.getString(3) + "|" + rs.getString(4));
              }
            }
          }
          return keys;
        });
  }

  @Override
  public Set<String> withdrawOtherIndicators(Set<String> configured) {
    return sql(
        "withdraw alerts of removed detectors",
        () -> {
          Set<String> touched = new HashSet<>();
          String keep = IndicatorTables.sqlList(configured);
          try (Statement s = c.createStatement()) {
            try (ResultSet rs =
                s.executeQuery(
                    "SELECT DISTINCT scope, subject FROM alerts WHERE status <> 'withdrawn' AND"
                        + " indicator NOT IN ("
                        + keep
                        + ")")) {
              while (rs.next()) {
                touched.add(rs.getString(1) + "|" + rs.getString(2));
              }
            }
            s.execute(
                "UPDATE alerts SET status = 'withdrawn' WHERE status <> 'withdrawn' AND indicator"
                    + " NOT IN ("
                    + keep
                    + ")");
          }
          return touched;
        });
  }

  @Override
  public void regroup(Scope scope, String subject, int gapDays) {
    sql(
        "group the alerts into situations",
        () -> {
          situations.regroup(scope, subject, gapDays);
          return null;
        });
  }

  @Override
  public SignalReader.OpenCounts openCounts() {
    return sql("count open alerts and situations", () -> AlertTables.openCounts(c));
  }
}
