package org.amity.store.duckdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import org.amity.event.Event;
import org.amity.ingest.EventSource;
import org.amity.ingest.Reject;
import org.amity.store.EventQuery;
import org.amity.store.EventStore;
import org.amity.store.Freshness;
import org.amity.store.IngestLogEntry;
import org.amity.store.IngestRecords;
import org.amity.store.IngestResult;
import org.amity.store.OpeningProgress;
import org.amity.store.StoreException;
import org.amity.store.StoreFailures;
import org.amity.store.StoreStats;

/** The embedded store: one DuckDB file, one connection, used by one thread at a time. */
public final class DuckDbEventStore implements EventStore, Freshness.Reader {
  private final Path file;
  private final Connection connection;
  private final boolean ownsConnection;

  private DuckDbEventStore(Path file, Connection connection, boolean ownsConnection) {
    this.file = file;
    this.connection = connection;
    this.ownsConnection = ownsConnection;
  }

  /** Deletes a database file and its write-ahead log, if they exist (the store must be closed). */
  public static void delete(Path file) throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
  }

  /**
   * Opens (creating if needed) the database file and brings its schema up to date.
   *
   * @param file the database file, or null for a private in-memory database
   */
  public static DuckDbEventStore open(Path file) {
    return open(file, OpeningProgress.SILENT);
  }

  /**
   * As {@link #open(Path)}, telling {@code progress} about long upkeep on the way (the incident
   * keys filled again when the store was written by a build that packs them otherwise).
   */
  public static DuckDbEventStore open(Path file, OpeningProgress progress) {
    return open(file, c -> {}, progress);
  }

  /** Opening hook: work on the raw connection before the schema is brought up to date. */
  interface BeforeMigrations {
    void accept(Connection c) throws SQLException;
  }

  /** As {@link #open(Path)}, running {@code before} on the connection ahead of the migrations. */
  static DuckDbEventStore open(Path file, BeforeMigrations before) {
    return open(file, before, OpeningProgress.SILENT);
  }

  private static DuckDbEventStore open(
      Path file, BeforeMigrations before, OpeningProgress progress) {
    Connection c = null;
    try {
      String url = "jdbc:duckdb:";
      if (file != null) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        url += file.toAbsolutePath();
        StoreFile.checkBeforeOpening(file);
      }
      Properties p = new Properties();
      p.setProperty("jdbc_stream_results", "true");
      c = DriverManager.getConnection(url, p);
      if (file != null) {
        StoreFile.checkOpened(c, file);
      }
      try (Statement s = c.createStatement()) {
        // Row order in the events table carries no meaning (each row keeps its file line), so
        // DuckDB may insert from several threads without keeping scan order.
        s.execute("SET preserve_insertion_order = false");
      }
      before.accept(c);
      Migrations.apply(c);
      IncidentKeys.ensure(c, progress);
      ScanFunction.register(c, Runtime.getRuntime().availableProcessors());
      return new DuckDbEventStore(file, c, true);
    } catch (SQLException | IOException | RuntimeException e) {
      closeQuietly(c, e);
      if (e instanceof RuntimeException r) {
        throw r;
      }
      throw new StoreException(explain(file, e), e);
    }
  }

  /** Closes a connection whose opening failed, keeping a failure to close with the first one. */
  private static void closeQuietly(Connection c, Exception first) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (SQLException e) {
      first.addSuppressed(e);
    }
  }

  private static String explain(Path file, Exception e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("Could not set lock") || m.contains("Conflicting lock")) {
      return "the database "
          + file
          + " is in use by another Amity process (DuckDB allows one writer); stop it or use --db";
    }
    return "cannot open the database " + file + ": " + StoreFailures.cause(e);
  }

  /**
   * The underlying connection, for the other readers and writers of this package (and for tests
   * that set up rows directly); code outside this package goes through {@link DuckDbStorage}.
   */
  public Connection connection() {
    return connection;
  }

  public Path file() {
    return file;
  }

  /**
   * Runs work alone on this store's connection: the one place where a long-running service
   * serialises its writers (ingests, watches, the server's own writes). Reentrant.
   */
  public <T> T exclusively(java.util.function.Supplier<T> work) {
    synchronized (connection) {
      return work.get();
    }
  }

  /**
   * This store once more, on the same connection, with a {@link #close()} that leaves the
   * connection open: for work that runs inside {@link #exclusively} and closes what it opened.
   */
  public DuckDbEventStore shared() {
    return new DuckDbEventStore(file, connection, false);
  }

  /**
   * A store on a new connection to the same database (its own transactions), for reads beside the
   * writer; closing it closes only that connection.
   */
  public DuckDbEventStore reader() {
    try {
      Connection c = ((org.duckdb.DuckDBConnection) connection).duplicate();
      ScanFunction.register(c, Runtime.getRuntime().availableProcessors());
      return new DuckDbEventStore(file, c, true);
    } catch (SQLException e) {
      throw new StoreException("cannot open another connection to " + file, e);
    }
  }

  @Override
  public Freshness freshness() {
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT (SELECT max(event_date) FROM events), (SELECT max(date_added) FROM"
                    + " events), (SELECT max(coalesce(finished_at, started_at)) FROM ingest_log),"
                    + " (SELECT max(value) FROM watch_state WHERE key = 'watched_at')")) {
      rs.next();
      Timestamp added = rs.getTimestamp(2);
      Timestamp ingest = rs.getTimestamp(3);
      String watched = rs.getString(4);
      return new Freshness(
          rs.getObject(1, LocalDate.class),
          added == null ? null : added.toLocalDateTime(),
          ingest == null ? null : ingest.toLocalDateTime(),
          watched == null ? null : watchedAt(watched));
    } catch (SQLException e) {
      throw new StoreException("cannot read how current the store is", e);
    }
  }

  /** A watch stamps its end as {@code CAST(now() AS VARCHAR)}: seconds are precise enough. */
  private static LocalDateTime watchedAt(String text) {
    String t = text.strip();
    return LocalDateTime.parse(t.substring(0, Math.min(19, t.length())).replace(' ', 'T'));
  }

  /**
   * Renames files in the ingest log and the rejects, in one transaction: a service that stored a
   * file uploaded by the CLI records it under the name the user gave, not its own temporary copy.
   *
   * @param names the stored name (the copy's path) to the name shown
   */
  public void renameFiles(Map<String, String> names) {
    if (names.isEmpty()) {
      return;
    }
    try {
      connection.setAutoCommit(false);
      try (PreparedStatement log =
              connection.prepareStatement(
                  "UPDATE ingest_log SET file_name = ?, file_path = ? WHERE file_name = ?");
          PreparedStatement rejects =
              connection.prepareStatement("UPDATE rejects SET file_name = ? WHERE file_name = ?")) {
        for (Map.Entry<String, String> e : names.entrySet()) {
          log.setString(1, e.getValue());
          log.setString(2, e.getValue());
          log.setString(3, e.getKey());
          log.executeUpdate();
          rejects.setString(1, e.getValue());
          rejects.setString(2, e.getKey());
          rejects.executeUpdate();
        }
      }
      connection.commit();
    } catch (SQLException e) {
      rollbackQuietly(e);
      throw new StoreException("cannot rename files in the ingest log: " + e.getMessage(), e);
    } finally {
      IngestLogRows.autoCommit(connection);
    }
  }

  @Override
  public void recordFailure(Path path, IngestResult failed, String region) {
    long size = 0;
    try {
      size = Files.isRegularFile(path) ? Files.size(path) : 0;
    } catch (IOException e) {
      size = 0; // an unreadable file has no size to record; the message says why it failed
    }
    IngestLogRows.insertFailure(connection, path, size, failed, LocalDateTime.now(), region);
  }

  /**
   * Files up to this size go through the staging table (see {@link StagedIngest}); larger ones are
   * inserted straight from the scan, where one full duplicate check costs little beside their
   * parse.
   */
  static final long STAGED_MAX_BYTES = 64L << 20;

  @Override
  public IngestResult ingest(EventSource scan, String region) {
    synchronized (connection) {
      if (scan.sizeBytes() > STAGED_MAX_BYTES) {
        return ingestAlone(scan, region);
      }
      try (StagedIngest one = new StagedIngest(this, connection, region)) {
        Optional<IngestResult> failed = one.stage(scan);
        return failed.isPresent() ? failed.get() : one.commit().get(0);
      }
    }
  }

  @Override
  public org.amity.store.TwinReports mergePiracyTwins() {
    synchronized (connection) {
      try {
        return PiracyTwins.merge(connection);
      } catch (SQLException e) {
        throw new StoreException("merging the piracy files' reports of one incident failed", e);
      }
    }
  }

  @Override
  public Batch batch(String region, boolean replace) {
    return new StagedIngest(this, connection, region, replace);
  }

  @Override
  public long largestStagedFileBytes() {
    return STAGED_MAX_BYTES;
  }

  private IngestResult ingestAlone(EventSource scan, String region) {
    long t0 = System.nanoTime();
    LocalDateTime started = LocalDateTime.now();
    String token = null;
    try {
      long id = IngestLogRows.nextId(connection);
      token = ScanFunction.offer(ScanGroup.alone(scan, id));
      connection.setAutoCommit(false);
      long inserted;
      try (Statement s = connection.createStatement()) {
        inserted =
            s.executeUpdate(
                "INSERT INTO events ("
                    + EventColumns.NAMES
                    + ", ingest_id, "
                    + IncidentKeys.names()
                    + ") SELECT "
                    + EventColumns.NAMES
                    + ", "
                    + id
                    + ", "
                    + IncidentKeys.values()
                    + " FROM "
                    + ScanFunction.NAME
                    + "('"
                    + token
                    + "') s WHERE NOT EXISTS (SELECT 1 FROM events e"
                    + " WHERE e.dataset = s.dataset AND e.native_id = s.native_id)");
      }
      if (scan.failure() != null) {
        throw scan.failure();
      }
      String sha = scan.sha256();
      long repeats = removeRepeatsWithinFile(id);
      long events = inserted - repeats;
      long accepted = events;
      long duplicates = scan.emitted() - events;
      long filtered = scan.filtered();
      if (scan.recordsWithEvents() != scan.emitted() || scan.recordsFiltered() != filtered) {
        // several events per record (news stories): the books are kept per record, a record
        // accepted when any of its events is newly stored, a duplicate when none is
        accepted = recordsStored(id);
        duplicates = scan.recordsWithEvents() - accepted;
        filtered = scan.recordsFiltered();
      }
      long rejected = scan.rejects().count();
      long lines = scan.lines() - scan.skipped();
      if (!IngestLogRows.seenBefore(connection, sha)) {
        IngestLogRows.storeRejects(connection, id, scan.rejects(), sha);
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      IngestResult result =
          new IngestResult(
              scan.displayName(),
              scan.dataset(),
              scan.formatName(),
              IngestResult.Status.DONE,
              null,
              lines,
              accepted,
              rejected,
              duplicates,
              filtered,
              events,
              sha,
              seconds);
      IngestLogRows.insert(connection, id, scan.path(), scan.sizeBytes(), result, started, region);
      connection.commit();
      return result;
    } catch (Exception e) {
      rollbackQuietly(e);
      return failedIngest(scan, e, started, region);
    } finally {
      if (token != null) {
        ScanFunction.release(token);
      }
      IngestLogRows.autoCommit(connection);
    }
  }

  /**
   * Logs a file that failed while read or stored (in its own transaction) and returns its result;
   * when even the log row cannot be written, the result says so.
   */
  IngestResult failedIngest(EventSource scan, Exception e, LocalDateTime started, String region) {
    if ("1".equals(System.getenv("AMITY_DEBUG"))) {
      e.printStackTrace();
    }
    String message = failureMessage(scan, e);
    IngestResult failed =
        IngestResult.failed(scan.displayName(), scan.dataset(), scan.formatName(), message);
    try {
      IngestLogRows.insertFailure(
          connection, scan.path(), scan.sizeBytes(), failed, started, region);
    } catch (StoreException notRecorded) {
      // The failure is still told (and printed with --json); only its log row is missing.
      return IngestResult.failed(
          scan.displayName(),
          scan.dataset(),
          scan.formatName(),
          message
              + "; the failure could not be recorded in the ingest log either: "
              + StoreFailures.cause(notRecorded));
    }
    return failed;
  }

  private static String failureMessage(EventSource scan, Exception e) {
    Throwable root = scan.failure() != null ? scan.failure() : e;
    String m = root.getMessage() == null ? root.toString() : root.getMessage();
    if (root instanceof java.io.EOFException) {
      m = "the file is truncated (" + m + ")";
    } else if (root instanceof java.util.zip.ZipException) {
      m = "the archive is corrupt (" + m + ")";
    }
    int javaTrace = m.indexOf("\n\tat ");
    if (javaTrace > 0) {
      m = m.substring(0, javaTrace);
    }
    java.util.Optional<String> system = StoreFailures.systemCause(e);
    if (system.isEmpty() && root != e) {
      system = StoreFailures.systemCause(root);
    }
    if (system.isPresent() && !m.contains(system.get())) {
      m = system.get() + " (" + m.strip() + ")";
    }
    return scan.displayName() + ": " + m.strip() + "; nothing of this file was stored";
  }

  private void rollbackQuietly(Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException r) {
      cause.addSuppressed(r);
    }
  }

  /**
   * Deletes repeats of a native id within the file just inserted, keeping the first line. Returns
   * how many rows went.
   */
  /** Records (lines) with at least one event stored by ingest {@code id}. */
  private long recordsStored(long id) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT count(DISTINCT line) FROM events WHERE ingest_id = " + id)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private long removeRepeatsWithinFile(long id) throws SQLException {
    long repeats;
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) - count(DISTINCT native_id) FROM events WHERE ingest_id = "
                    + id)) {
      rs.next();
      repeats = rs.getLong(1);
    }
    if (repeats > 0) {
      try (Statement s = connection.createStatement()) {
        long deleted =
            s.executeUpdate(
                "DELETE FROM events WHERE ingest_id = "
                    + id
                    + " AND rowid IN (SELECT rowid FROM (SELECT rowid, row_number() OVER"
                    + " (PARTITION BY native_id ORDER BY line) AS k FROM events WHERE ingest_id = "
                    + id
                    + ") WHERE k > 1)");
        if (deleted != repeats) {
          throw new SQLException("removed " + deleted + " repeated rows but expected " + repeats);
        }
      }
    }
    return repeats;
  }

  @Override
  public StoreStats stats() {
    synchronized (connection) {
      return stats(connection);
    }
  }

  static StoreStats stats(Connection connection) {
    try (Statement s = connection.createStatement()) {
      Map<String, Long> datasets = new LinkedHashMap<>();
      long total = 0;
      try (ResultSet rs =
          s.executeQuery(
              "SELECT dataset, count(*) FROM events GROUP BY dataset ORDER BY dataset")) {
        while (rs.next()) {
          datasets.put(rs.getString(1), rs.getLong(2));
          total += rs.getLong(2);
        }
      }
      LocalDate first = null;
      LocalDate last = null;
      try (ResultSet rs = s.executeQuery("SELECT min(event_date), max(event_date) FROM events")) {
        if (rs.next()) {
          first = rs.getObject(1, LocalDate.class);
          last = rs.getObject(2, LocalDate.class);
        }
      }
      List<StoreStats.ImportedSeries> imports = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT source, count(DISTINCT (scope, subject, indicator, resolution)), count(*),"
                  + " min(period), max(period) FROM series_imports GROUP BY source ORDER BY"
                  + " source")) {
        while (rs.next()) {
          imports.add(
              new StoreStats.ImportedSeries(
                  rs.getString(1),
                  rs.getLong(2),
                  rs.getLong(3),
                  rs.getObject(4, LocalDate.class),
                  rs.getObject(5, LocalDate.class)));
        }
      }
      return new StoreStats(total, datasets, first, last, imports);
    } catch (SQLException e) {
      throw new StoreException("cannot read store statistics", e);
    }
  }

  @Override
  public List<Reject> rejects(int limit) {
    synchronized (connection) {
      try {
        return DuckDbIngestRecords.rejects(
                connection, new IngestRecords.RejectQuery(null, null, limit, 0))
            .stream()
            .map(r -> new Reject(r.file(), r.line(), r.reason()))
            .toList();
      } catch (SQLException e) {
        throw new StoreException("cannot read rejects", e);
      }
    }
  }

  @Override
  public List<IngestLogEntry> ingestLog() {
    synchronized (connection) {
      try {
        return DuckDbIngestRecords.ingestLog(connection, 0, 0);
      } catch (SQLException e) {
        throw new StoreException("cannot read the ingest log", e);
      }
    }
  }

  @Override
  public long forEachEvent(EventQuery q, Consumer<Event> sink) {
    synchronized (connection) {
      return forEachEvent(connection, q, sink, false);
    }
  }

  @Override
  public List<Event> newestFirst(EventQuery q) {
    List<Event> out = new ArrayList<>();
    synchronized (connection) {
      forEachEvent(connection, q, out::add, true);
    }
    return out;
  }

  @Override
  public Optional<LocalDate> lastEventDate() {
    synchronized (connection) {
      return lastEventDate(connection);
    }
  }

  static Optional<LocalDate> lastEventDate(Connection connection) {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT max(event_date) FROM events")) {
      rs.next();
      return Optional.ofNullable(rs.getObject(1, LocalDate.class));
    } catch (SQLException e) {
      throw new StoreException("cannot read the latest event date", e);
    }
  }

  /**
   * Streams the events of {@code q}; a page that skips rows or starts at a cursor is found through
   * a page map built here (see {@link EventPages}), or given by the caller's cache.
   */
  static long forEachEvent(
      Connection connection, EventQuery q, Consumer<Event> sink, boolean newestFirst) {
    return forEachEvent(connection, q, sink, newestFirst, null);
  }

  static long forEachEvent(
      Connection connection,
      EventQuery q,
      Consumer<Event> sink,
      boolean newestFirst,
      PageMap cached) {
    try {
      PageMap map =
          !EventPages.paged(q)
              ? null
              : cached != null ? cached : EventPages.map(connection, q.filters(), newestFirst);
      return EventPages.read(connection, q, newestFirst, map, sink);
    } catch (SQLException e) {
      throw new StoreException("cannot query events: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (!ownsConnection) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the database " + file, e);
    }
  }
}
