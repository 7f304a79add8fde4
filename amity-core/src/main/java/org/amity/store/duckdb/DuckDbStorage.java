package org.amity.store.duckdb;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.amity.access.AccessStore;
import org.amity.coding.CodedSentences;
import org.amity.forecast.escalation.DyadMonthImports;
import org.amity.forecast.piracy.PiracyMonthCounts;
import org.amity.forecast.store.ForecastStore;
import org.amity.pipeline.WatchStore;
import org.amity.signal.AnalystRecords;
import org.amity.signal.SeriesReader;
import org.amity.signal.SignalReader;
import org.amity.storage.Storage;
import org.amity.store.EventStore;
import org.amity.store.IngestRecords;
import org.amity.store.OpeningProgress;
import org.amity.store.SeriesStore;

/**
 * The embedded DuckDB store behind every question of {@link Storage}. Opened on one file with one
 * connection; {@link #shared} adds pooled read connections for a server.
 */
public final class DuckDbStorage implements Storage {
  /**
   * What changes whenever the signal tables, the imported series, the watch, the ingest log or the
   * analysts' records change: counts and hash sums of small tables (not the series_points view:
   * counting it would roll up every derived series).
   */
  private static final String FINGERPRINT =
      "SELECT (SELECT count(*) || ':' || coalesce(sum(hash(id, level, status, updated, closed,"
          + " value, score, situation_id)), 0) FROM alerts)"
          + " || '|' || (SELECT count(*) || ':' || coalesce(sum(hash(id, level, status, updated,"
          + " closed, title)), 0) FROM situations)"
          + " || '|' || (SELECT count(*) FROM alert_evidence)"
          + " || '|' || (SELECT count(*) FROM series_imports)"
          + " || '|' || (SELECT coalesce(sum(hash(key, value)), 0) FROM watch_state)"
          + " || '|' || (SELECT coalesce(max(id), 0) || ':' || count(*) FROM ingest_log)"
          + " || '|' || (SELECT count(*) FROM situation_notes)"
          + " || '|' || (SELECT count(*) FROM alert_acks)";

  private final DuckDbEventStore store;
  private final Connections db;
  private final boolean owner;

  private DuckDbStorage(DuckDbEventStore store, Connections db, boolean owner) {
    this.store = store;
    this.db = db;
    this.owner = owner;
  }

  /**
   * Opens (creating if needed) the database file and brings its schema up to date.
   *
   * @param file the database file, or null for a private in-memory database
   */
  public static DuckDbStorage open(Path file) {
    return open(file, OpeningProgress.SILENT);
  }

  /** As {@link #open(Path)}, telling {@code progress} about long upkeep on the way. */
  public static DuckDbStorage open(Path file, OpeningProgress progress) {
    return over(DuckDbEventStore.open(file, progress));
  }

  /** The questions of {@link Storage} over an open event store; closing this closes it. */
  public static DuckDbStorage over(DuckDbEventStore store) {
    return new DuckDbStorage(store, Connections.single(store.connection()), true);
  }

  /** The event store underneath, for the wiring and for tests. */
  public DuckDbEventStore eventStore() {
    return store;
  }

  /** The connections this view reads and writes through (for the accounts feature's shim). */
  public Connections connections() {
    return db;
  }

  @Override
  public EventStore events() {
    return owner ? store : new SharedEvents(store, db);
  }

  @Override
  public SeriesStore seriesImports() {
    return new SeriesImport(store);
  }

  @Override
  public IngestRecords ingestRecords() {
    return new DuckDbIngestRecords(db);
  }

  @Override
  public SignalReader signals() {
    return new DuckDbSignalReader(db);
  }

  @Override
  public SeriesReader series() {
    return new DuckDbSeriesReader(db);
  }

  @Override
  public AnalystRecords analystRecords() {
    return new DuckDbAnalystRecords(db);
  }

  @Override
  public WatchStore watch() {
    return new DuckDbSignalStore(db);
  }

  @Override
  public ForecastStore forecasts() {
    return new DuckDbForecastStore(db);
  }

  @Override
  public PiracyMonthCounts piracyMonths() {
    return new DuckDbForecastInputs(db);
  }

  @Override
  public DyadMonthImports dyadMonthImports() {
    return new DuckDbForecastInputs(db);
  }

  @Override
  public org.amity.forecast.deaths.GedMonthDeaths gedMonthDeaths() {
    return new DuckDbForecastInputs(db);
  }

  @Override
  public CodedSentences codedSentences() {
    return new DuckDbCodedSentences(db);
  }

  @Override
  public AccessStore access() {
    return DuckDbAccessStore.on(store);
  }

  @Override
  public org.amity.response.timeline.TimelineStore timelines() {
    return new DuckDbTimelineStore(store);
  }

  @Override
  public org.amity.response.track2.Track2Store track2() {
    return new DuckDbTrack2Store(store);
  }

  @Override
  public org.amity.notify.NotifyStore notifications() {
    return new DuckDbNotifyStore(db);
  }

  @Override
  public Storage shared(int readers) {
    return new DuckDbStorage(store, db.pooled(readers), false);
  }

  @Override
  public long writes() {
    return db.writes();
  }

  @Override
  public String fingerprint() {
    return db.read(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery(FINGERPRINT)) {
            rs.next();
            return rs.getString(1);
          }
        });
  }

  @Override
  public boolean answers() {
    try {
      return db.read(
          c -> {
            try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT 1")) {
              return rs.next() && rs.getInt(1) == 1;
            }
          });
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public String location() {
    return store.file() == null ? "(in memory)" : store.file().toString();
  }

  /** Closes what this object holds: the store itself, or a shared view's read connections. */
  @Override
  public void close() {
    if (owner) {
      store.close();
    } else {
      db.close();
    }
  }
}
