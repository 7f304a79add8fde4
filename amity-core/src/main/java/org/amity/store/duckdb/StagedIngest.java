package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.amity.ingest.EventSource;
import org.amity.store.EventStore;
import org.amity.store.IngestResult;
import org.amity.store.StoreException;
import org.amity.store.StoreFailures;

/**
 * Ingest of small files through a staging table: each file is read into a temporary table on its
 * own (a file that fails while read leaves nothing there), and the staged files are then moved into
 * {@code events} in one transaction with one ingest-log entry each.
 *
 * <p>Two costs that dominate many small files go: the per-file commit, and the duplicate check,
 * which compared every new row with every stored one. Here the check is bounded by the range of
 * native ids staged ({@code native_id BETWEEN min AND max}), which DuckDB answers from its
 * row-group statistics: feeds whose ids grow (GDELT, ICEWS) touch only the newest row groups. The
 * range is a filter, not a rule: a stored row equal to a staged id always lies inside it, so the
 * check stays exact whatever the ids look like.
 *
 * <p>Accounting is the one-file ingest's: repeats within a file and across the staged files (first
 * file, then first line, wins) and rows already stored count as duplicates; rejects are kept once
 * per distinct file content.
 */
final class StagedIngest implements EventStore.Batch {
  static final String TABLE = "amity_stage";

  private final DuckDbEventStore store;
  private final Connection connection;
  private final String region;
  private final boolean replace;
  private long replaced;
  private final List<ScannedFile> staged = new ArrayList<>();
  private long stagedEvents;
  private boolean tableReady;

  StagedIngest(DuckDbEventStore store, Connection connection, String region) {
    this(store, connection, region, false);
  }

  /**
   * @param replace whether the files' rows replace stored rows of the same dataset and native id
   *     ({@link Replacement}) instead of counting as duplicates
   */
  StagedIngest(DuckDbEventStore store, Connection connection, String region, boolean replace) {
    this.store = store;
    this.connection = connection;
    this.region = region;
    this.replace = replace;
  }

  @Override
  public long replaced() {
    return replaced;
  }

  @Override
  public Optional<IngestResult> stage(EventSource scan) {
    return stageAll(List.of(scan)).get(0);
  }

  /**
   * Reads the files into the staging table with one statement (one scan over all of them, each row
   * tagged with its file's ingest id). A file that fails while read is marked by the scan, which
   * goes on with the next; the rows it gave before failing are then deleted by its id.
   */
  @Override
  public List<Optional<IngestResult>> stageAll(List<EventSource> scans) {
    synchronized (connection) {
      long t0 = System.nanoTime();
      LocalDateTime started = LocalDateTime.now();
      int n = scans.size();
      Exception whole = null;
      ScanGroup group = null;
      String token = null;
      try {
        prepareTable();
        group = ScanGroup.tolerant(scans, IngestLogRows.nextIds(connection, n));
        token = ScanFunction.offer(group);
        try (Statement s = connection.createStatement()) {
          s.executeUpdate(
              "INSERT INTO "
                  + TABLE
                  + " SELECT "
                  + EventColumns.NAMES
                  + ", "
                  + ScanFunction.INGEST_ID
                  + " FROM "
                  + ScanFunction.NAME
                  + "('"
                  + token
                  + "')");
        }
      } catch (SQLException | RuntimeException e) {
        whole = e;
      } finally {
        if (token != null) {
          ScanFunction.release(token);
        }
      }
      dbg("group of " + n, t0);
      double seconds = (System.nanoTime() - t0) / 1e9 / Math.max(1, n);
      Exception[] failures = new Exception[n];
      ScannedFile.Sorted sorted = ScannedFile.sort(scans, group, whole, started, seconds, failures);
      staged.addAll(sorted.read());
      stagedEvents += sorted.emitted();
      List<Long> failedIds = sorted.failedIds();
      List<Optional<IngestResult>> results = new ArrayList<>(n);
      if (!failedIds.isEmpty()) {
        discard(failedIds, failures);
      }
      for (int i = 0; i < n; i++) {
        results.add(
            failures[i] == null
                ? Optional.empty()
                : Optional.of(store.failedIngest(scans.get(i), failures[i], started, region)));
      }
      return results;
    }
  }

  /**
   * Stores the files straight into {@code events}, without the staging table, in one transaction of
   * their own ({@link GroupInsert}).
   */
  @Override
  public List<IngestResult> storeAll(List<EventSource> scans) {
    synchronized (connection) {
      if (!staged.isEmpty()) {
        throw new IllegalStateException("commit the staged files before storing others");
      }
      GroupInsert insert = new GroupInsert(store, connection, region, replace);
      List<IngestResult> results = insert.store(scans);
      replaced += insert.replaced();
      return results;
    }
  }

  @Override
  public long stagedEvents() {
    return stagedEvents;
  }

  @Override
  public int stagedFiles() {
    return staged.size();
  }

  @Override
  public List<IngestResult> commit() {
    synchronized (connection) {
      if (staged.isEmpty()) {
        return List.of();
      }
      long t0 = System.nanoTime();
      List<IngestResult> results;
      try {
        connection.setAutoCommit(false);
        results = move();
        connection.commit();
        dbg("commit", t0);
      } catch (SQLException | RuntimeException e) {
        rollback(e);
        results = failAll(e);
      } finally {
        IngestLogRows.autoCommit(connection);
        staged.clear();
        stagedEvents = 0;
        clearTable();
      }
      double share = (System.nanoTime() - t0) / 1e9 / Math.max(1, results.size());
      List<IngestResult> timed = new ArrayList<>(results.size());
      for (IngestResult r : results) {
        timed.add(r.done() ? withSeconds(r, r.seconds() + share) : r);
      }
      return timed;
    }
  }

  @Override
  public void close() {
    synchronized (connection) {
      staged.clear();
      stagedEvents = 0;
      clearTable();
    }
  }

  private List<IngestResult> move() throws SQLException {
    long tm = System.nanoTime();
    NativeIdRange range = NativeIdRange.of(connection, TABLE);
    dbg("range", tm);
    long gone = replace ? Replacement.forget(connection, TABLE, "false", range) : 0;
    // Repeats among the staged rows are rare; only then is the costlier first-row pick needed.
    String rows =
        repeats()
            ? "(SELECT *, row_number() OVER (PARTITION BY dataset, native_id ORDER BY ingest_id,"
                + " line) AS amity_k FROM "
                + TABLE
                + ") s WHERE amity_k = 1 AND"
            : TABLE + " s WHERE";
    try (PreparedStatement p =
        connection.prepareStatement(
            "INSERT INTO events ("
                + EventColumns.NAMES
                + ", ingest_id, "
                + IncidentKeys.names()
                + ") SELECT "
                + EventColumns.NAMES
                + ", ingest_id, "
                + IncidentKeys.values()
                + " FROM "
                + rows
                + " NOT EXISTS (SELECT 1 FROM events e WHERE e.native_id BETWEEN ? AND ? AND"
                + " e.dataset = s.dataset AND e.native_id = s.native_id)")) {
      p.setString(1, range.min());
      p.setString(2, range.max());
      dbg("repeats", tm);
      p.executeUpdate();
    }
    dbg("insert", tm);
    Map<Long, long[]> accepted = acceptedByIngest(staged.get(0).id());
    dbg("accepted", tm);
    List<IngestResult> results = ScannedFile.record(connection, staged, accepted, region);
    dbg("logrows", tm);
    replaced += gone; // counted once the transaction is sure to commit
    return results;
  }

  /** True when a native id is staged more than once (within a file or across files). */
  private boolean repeats() throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT count(*) > count(DISTINCT (dataset, native_id)) FROM " + TABLE)) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  /**
   * Rows and distinct lines (records) kept per file; this batch's ingest ids are the newest, so
   * only they are at or above.
   */
  private Map<Long, long[]> acceptedByIngest(long firstId) throws SQLException {
    return ScannedFile.keptPerFile(connection, "ingest_id >= " + firstId);
  }

  /** Every staged file failed with the batch: each gets its own log entry saying why. */
  private List<IngestResult> failAll(Exception e) {
    String cause = StoreFailures.cause(e);
    List<IngestResult> failed = new ArrayList<>(staged.size());
    for (ScannedFile f : staged) {
      String message =
          f.displayName()
              + ": cannot store the file ("
              + cause
              + "); nothing of this file was stored";
      IngestResult r = IngestResult.failed(f.displayName(), f.dataset(), f.format(), message);
      try {
        IngestLogRows.insertFailure(connection, f.path(), f.sizeBytes(), r, f.started(), region);
      } catch (StoreException notRecorded) {
        r =
            IngestResult.failed(
                f.displayName(),
                f.dataset(),
                f.format(),
                message
                    + "; the failure could not be recorded in the ingest log either: "
                    + StoreFailures.cause(notRecorded));
      }
      failed.add(r);
    }
    return failed;
  }

  private void prepareTable() throws SQLException {
    if (tableReady) {
      return;
    }
    try (Statement s = connection.createStatement()) {
      s.execute(
          "CREATE TEMP TABLE IF NOT EXISTS "
              + TABLE
              + " AS SELECT "
              + EventColumns.NAMES
              + ", ingest_id FROM events LIMIT 0");
    }
    tableReady = true;
  }

  /** Removes what failed files left in the staging table. */
  private void discard(List<Long> ids, Exception[] causes) {
    if (!tableReady) {
      return;
    }
    String list = String.join(", ", ids.stream().map(String::valueOf).toList());
    try (Statement s = connection.createStatement()) {
      s.executeUpdate("DELETE FROM " + TABLE + " WHERE ingest_id IN (" + list + ")");
    } catch (SQLException e) {
      // the staging table can no longer be trusted: drop it, and the commit fails every file
      // staged before
      for (Exception cause : causes) {
        if (cause != null) {
          cause.addSuppressed(e);
        }
      }
      tableReady = false;
      dropTable(e);
    }
  }

  private void clearTable() {
    if (!tableReady) {
      return;
    }
    try (Statement s = connection.createStatement()) {
      s.execute("DELETE FROM " + TABLE);
    } catch (SQLException e) {
      tableReady = false;
      dropTable(e);
      throw new StoreException("cannot empty the staging table: " + StoreFailures.cause(e), e);
    }
  }

  private void dropTable(Exception cause) {
    try (Statement s = connection.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + TABLE);
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private void rollback(Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException r) {
      cause.addSuppressed(r);
    }
  }

  static void dbg(String what, long t0) {
    if ("1".equals(System.getenv("AMITY_DEBUG"))) {
      var os =
          (com.sun.management.OperatingSystemMXBean)
              java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      System.err.printf(
          Locale.ROOT,
          "staged: %-12s %.3f s cpu %.3f%n",
          what,
          (System.nanoTime() - t0) / 1e9,
          os.getProcessCpuTime() / 1e9);
    }
  }

  private static IngestResult withSeconds(IngestResult r, double seconds) {
    return new IngestResult(
        r.file(),
        r.dataset(),
        r.format(),
        r.status(),
        r.message(),
        r.lines(),
        r.accepted(),
        r.rejected(),
        r.duplicates(),
        r.filtered(),
        r.events(),
        r.sha256(),
        seconds);
  }
}
