package org.amity.store.duckdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.amity.store.StoreException;

/**
 * The SQL the benchmarks ({@code amity bench}) build their stores with: events resampled from a
 * real file's rows, synthetic signal rows of a realistic size, and DuckDB's own CSV reader as the
 * yardstick for ingest speed. Kept here so that SQL stays in this package.
 */
public final class BenchData {
  private BenchData() {}

  /** Resamples the stored events to {@code events} rows and adds synthetic signal rows. */
  public static void webStore(
      DuckDbEventStore store, long events, int situations, String[] countries) {
    try (Statement s = store.connection().createStatement()) {
      resample(s, events);
      signals(s, situations, countries.length);
      s.execute("CHECKPOINT");
    } catch (SQLException e) {
      throw new StoreException("cannot build the benchmark store: " + e.getMessage(), e);
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

  private static void signals(Statement s, int situations, int n) throws SQLException {
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

  /** Rows in a table. */
  public static long count(DuckDbEventStore store, String table) {
    try (Statement s = store.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot count " + table + ": " + e.getMessage(), e);
    }
  }

  /**
   * Moves the stored events aside as the seed of {@link #fromSeed}, leaving events empty; each row
   * numbered (k, from 1, in the order of dataset and id, unique together) so that the copies are
   * cut in one order.
   */
  public static void setSeedAside(DuckDbEventStore store) {
    exec(
        store,
        "CREATE TEMP TABLE seed AS SELECT *, row_number() OVER (ORDER BY dataset, native_id) AS k"
            + " FROM events",
        "DELETE FROM events");
  }

  /** The latest stored event day, or {@code otherwise} when none is stored. */
  public static LocalDate lastDay(DuckDbEventStore store, LocalDate otherwise) {
    return DuckDbEventStore.lastEventDate(store.connection()).orElse(otherwise);
  }

  /**
   * Adds {@code events} rows copied from the seed rows (each with a new id and a day within the
   * year ending on {@code last}): whole copies in turn, the last one cut at the same seed rows on
   * every run (a bare LIMIT over the parallel scan kept different rows from run to run, so the
   * bench store, and the alerts found in it, could differ by one), then drops the seed.
   */
  public static void fromSeed(DuckDbEventStore store, LocalDate last, long copies, long events) {
    exec(
        store,
        "INSERT INTO events SELECT * EXCLUDE (i, k) REPLACE (native_id || '-' || r.i AS"
            + " native_id, DATE '"
            + last
            + "' - CAST((hash(native_id, r.i) % 366) AS INTEGER) AS event_date) FROM seed,"
            + " range(0, "
            + copies
            + ") r(i) WHERE r.i * (SELECT count(*) FROM seed) + k <= "
            + events,
        "DROP TABLE seed",
        "CHECKPOINT");
  }

  /** Loads a tab-separated file into a plain table of a new database with DuckDB's own reader. */
  public static long plainCsvLoad(Path database, Path csv) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + database.toAbsolutePath());
        Statement s = c.createStatement()) {
      return s.executeUpdate(
          "CREATE TABLE t AS SELECT * FROM read_csv('"
              + csv.toAbsolutePath().toString().replace("'", "''")
              + "', delim = '\\t', header = false)");
    } catch (SQLException e) {
      throw new StoreException("DuckDB could not load " + csv + ": " + e.getMessage(), e);
    }
  }

  private static void exec(DuckDbEventStore store, String... sql) {
    try (Statement s = store.connection().createStatement()) {
      for (String q : sql) {
        s.execute(q);
      }
    } catch (SQLException e) {
      throw new StoreException("benchmark store: " + e.getMessage(), e);
    }
  }
}
