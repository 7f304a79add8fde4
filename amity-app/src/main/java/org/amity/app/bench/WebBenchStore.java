package org.amity.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.amity.ingest.Format;
import org.amity.pipeline.IngestPipeline;
import org.amity.store.IngestResult;
import org.amity.store.duckdb.DuckDbEventStore;

/**
 * Builds the store the web benchmark runs against: a real GDELT 2.0 file ingested the normal way,
 * then its rows resampled by SQL into {@code events} (unique ids, dates spread over ten years)
 * until the table holds the requested count, plus signal rows of a realistic size: situations, five
 * alerts each with ten evidence events drawn from the store, and daily series per country. The
 * signal rows are synthetic (the detector is not on this branch); their sizes, not their values,
 * are what the benchmark needs.
 */
public final class WebBenchStore {
  /** What was built. */
  public record Result(
      long events,
      long situations,
      long alerts,
      long evidence,
      long seriesPoints,
      double seconds) {}

  private static final String[] COUNTRIES = {
    "BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM", "TLS", "CHN"
  };

  private WebBenchStore() {}

  public static Result build(Path db, Path seedFile, long events, int situations)
      throws IOException, SQLException {
    if (Files.exists(db)) {
      throw new IllegalArgumentException(db + " exists: the benchmark builds a fresh store");
    }
    try {
      return buildFresh(db, seedFile, events, situations);
    } catch (IOException | SQLException | RuntimeException e) {
      // a half-built store would be taken for a finished one by the next run
      DuckDbEventStore.delete(db);
      throw e;
    }
  }

  private static Result buildFresh(Path db, Path seedFile, long events, int situations)
      throws IOException, SQLException {
    long t0 = System.nanoTime();
    try (DuckDbEventStore store = DuckDbEventStore.open(db)) {
      IngestResult r =
          new IngestPipeline(store, null, null)
              .run(List.of(seedFile), IngestPipeline.formats(Set.of(Format.GDELT2)))
              .get(0);
      if (!r.done() || r.accepted() == 0) {
        throw new IOException("the seed file gave no events: " + r.message());
      }
      Connection c = store.connection();
      try (Statement s = c.createStatement()) {
        resample(s, events);
        signals(s, situations);
        s.execute("CHECKPOINT");
      }
      return new Result(
          count(c, "events"),
          count(c, "situations"),
          count(c, "alerts"),
          count(c, "alert_evidence"),
          count(c, "series_points"),
          (System.nanoTime() - t0) / 1e9);
    }
  }

  /** Copies seed rows round-robin with new ids and dates shifted back by up to ten years. */
  private static void resample(Statement s, long events) throws SQLException {
    s.execute("CREATE TEMP TABLE seed AS SELECT row_number() OVER () - 1 AS k, * FROM events");
    long seeds;
    try (var rs = s.executeQuery("SELECT count(*) FROM seed")) {
      rs.next();
      seeds = rs.getLong(1);
    }
    s.execute("DELETE FROM events");
    // every column of the seed row (whatever the schema holds), with a new id and date
    s.execute(
        "INSERT INTO events SELECT seed.* EXCLUDE (k) REPLACE ('bench-' || i AS native_id,"
            + " event_date - (hash(i) % 3650)::INTEGER AS event_date) FROM range("
            + events
            + ") r(i) JOIN seed ON seed.k = i % "
            + seeds); // a literal: with a subquery here DuckDB plans a nested-loop join
    s.execute("DROP TABLE seed");
  }

  private static void signals(Statement s, int situations) throws SQLException {
    int n = COUNTRIES.length;
    s.execute(
        "INSERT INTO situations SELECT i, 'country', c, 'Bench situation ' || i || ' in ' || c,"
            + " l, CASE WHEN i % 3 = 0 THEN 'closed' ELSE 'open' END, DATE '2016-01-01' + i::INTEGER,"
            + " DATE '2016-02-01' + i::INTEGER, CASE WHEN i % 3 = 0 THEN DATE '2016-03-01' + i::INTEGER END,"
            + " '[\"' || c || '\"]', '{\"intra-state\":0.6,\"inter-state\":0.4}', 'land',"
            + " 'emerging', false, 0.1, false, '[\"protest\"]' FROM (SELECT i,"
            + " (['BRN','KHM','IDN','LAO','MYS','MMR','PHL','SGP','THA','VNM','TLS','CHN'])"
            + "[1 + i % "
            + n
            + "] AS c, (['watch','warning','alert'])[1 + i % 3] AS l FROM range(1, "
            + (situations + 1)
            + ") t(i))");
    s.execute(
        "INSERT INTO alerts (id, situation_id, scope, subject, indicator, resolution, level,"
            + " peak_level, status, opened, updated, closed, period_start, period_end, value,"
            + " baseline, score, detector, threat_types, great_power_party, outside_power_share)"
            + " SELECT s.id * 10 + j, s.id, 'country', s.subject,"
            + " 'indicator_' || j, 'day', s.level, s.level, s.status, s.opened, s.updated,"
            + " s.closed, s.opened, s.updated, 40 + j, 12, 4.5 + j, 'robust-z', s.threat_types,"
            + " false, 0.1 FROM situations s, range(5) t(j)");
    // Ten stored events per alert, picked by a fixed stride: one hash join over the events.
    s.execute(
        "INSERT INTO alert_evidence SELECT p.alert_id, p.k + 1, e.dataset, e.native_id,"
            + " e.event_date, e.src_code, e.tgt_code, e.event_code, e.goldstein, e.num_articles,"
            + " e.source_url FROM (SELECT a.id AS alert_id, k, 'bench-' || (((a.id * 10 + k) * 7919)"
            + " % (SELECT count(*) FROM events)) AS pick FROM alerts a, range(10) t(k)) p"
            + " JOIN events e ON e.native_id = p.pick");
    s.execute(
        "INSERT INTO series_imports SELECT 'country', c, 'indicator_' || j, 'day',"
            + " DATE '2014-01-01' + d::INTEGER, 10 + (d % 7) + j, 'events' FROM unnest(['BRN','KHM','IDN',"
            + "'LAO','MYS','MMR','PHL','SGP','THA','VNM','TLS','CHN']) u(c), range(5) t(j),"
            + " range(1095) r(d)");
  }

  private static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
