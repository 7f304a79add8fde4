package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amity.ingest.EventSource;
import org.amity.store.IngestResult;

/**
 * Stores a group of small files straight into {@code events}, in one transaction and with one scan:
 * each row is written once, tagged with its file's ingest id, and what must not stay is taken out
 * again before the commit.
 *
 * <ul>
 *   <li>A file that fails while read (corrupt, truncated, unreadable) is passed over by the scan,
 *       and the rows it gave before failing are deleted by its ingest id: it leaves nothing.
 *   <li>Duplicates are found after the insert: only rows with a native id between the smallest and
 *       the largest just written can repeat one of them, so one aggregate over that range (answered
 *       from the row-group statistics when ids grow, as GDELT's and ICEWS's do) says whether any
 *       key is there twice. Usually none is and nothing more is done; otherwise every repeat but
 *       the first is deleted: a row stored before wins, then the first file, then the first line.
 *   <li>The books must balance: the rows inserted, less those of failed files, equal the events the
 *       files gave; if not, the whole group fails rather than store an unexplained count.
 * </ul>
 *
 * <p>If anything in the transaction fails, it is rolled back and every file of the group fails with
 * the reason, each logged on its own.
 */
final class GroupInsert {
  private final DuckDbEventStore store;
  private final Connection connection;
  private final String region;
  private final boolean replace;
  private long replaced;

  /**
   * @param replace whether the files' rows replace stored rows of the same dataset and native id
   *     ({@link Replacement}) instead of counting as duplicates
   */
  GroupInsert(DuckDbEventStore store, Connection connection, String region, boolean replace) {
    this.store = store;
    this.connection = connection;
    this.region = region;
    this.replace = replace;
  }

  /** Stored rows the files replaced, once stored. */
  long replaced() {
    return replaced;
  }

  /** Stores the files; their results, in order (each DONE or FAILED, failures logged). */
  List<IngestResult> store(List<EventSource> scans) {
    if (scans.isEmpty()) {
      return List.of();
    }
    long t0 = System.nanoTime();
    LocalDateTime started = LocalDateTime.now();
    int n = scans.size();
    Exception[] failures = new Exception[n];
    List<IngestResult> stored = null;
    Exception whole = null;
    String token = null;
    try {
      // ids are taken before the transaction (see IngestLogRows.nextId)
      ScanGroup group = ScanGroup.tolerant(scans, IngestLogRows.nextIds(connection, n));
      token = ScanFunction.offer(group);
      connection.setAutoCommit(false);
      long inserted = insert(token);
      StagedIngest.dbg("insert " + n, t0);
      double seconds = (System.nanoTime() - t0) / 1e9 / n;
      ScannedFile.Sorted sorted = ScannedFile.sort(scans, group, null, started, seconds, failures);
      List<ScannedFile> read = sorted.read();
      long expected = sorted.emitted();
      long removed = sorted.failedIds().isEmpty() ? 0 : deleteFiles(sorted.failedIds());
      if (inserted - removed != expected) {
        throw new SQLException(
            "the group's books do not balance: "
                + (inserted - removed)
                + " rows written for "
                + expected
                + " events read");
      }
      String ours = "ingest_id BETWEEN " + group.id(0) + " AND " + group.id(n - 1);
      // the range of the group's ids: what replacing deletes leaves the group's own rows as they
      // are
      NativeIdRange range =
          read.isEmpty() ? null : NativeIdRange.of(connection, "events WHERE " + ours);
      long gone = replace && range != null ? forgetStored(ours, range) : 0;
      Map<Long, long[]> kept = range == null ? null : dropRepeats(ours, range);
      StagedIngest.dbg("repeats", t0);
      stored = ScannedFile.record(connection, read, kept, region);
      connection.commit();
      replaced = gone;
      StagedIngest.dbg("commit", t0);
    } catch (SQLException | RuntimeException e) {
      whole = e;
      try {
        connection.rollback();
      } catch (SQLException r) {
        e.addSuppressed(r);
      }
    } finally {
      if (token != null) {
        ScanFunction.release(token);
      }
      IngestLogRows.autoCommitAfter(connection, whole);
    }
    List<IngestResult> results = new ArrayList<>(n);
    int next = 0;
    for (int i = 0; i < n; i++) {
      if (failures[i] == null && whole == null) {
        results.add(stored.get(next++));
      } else {
        // logged after the rollback or commit, each in its own transaction
        Exception why = failures[i] != null ? failures[i] : whole;
        results.add(store.failedIngest(scans.get(i), why, started, region));
      }
    }
    return results;
  }

  private long insert(String token) throws SQLException {
    try (Statement s = connection.createStatement()) {
      return s.executeUpdate(
          "INSERT INTO events ("
              + EventColumns.NAMES
              + ", ingest_id, "
              + IncidentKeys.names()
              + ") SELECT "
              + EventColumns.NAMES
              + ", "
              + ScanFunction.INGEST_ID
              + ", "
              + IncidentKeys.values()
              + " FROM "
              + ScanFunction.NAME
              + "('"
              + token
              + "')");
    }
  }

  /**
   * Lets the stored rows that the group's rows ({@code ours}, a condition on ingest ids) read again
   * replace go; returns how many went.
   */
  private long forgetStored(String ours, NativeIdRange range) throws SQLException {
    return Replacement.forget(
        connection,
        "(SELECT dataset, native_id FROM events WHERE " + ours + ")",
        "e." + ours,
        range);
  }

  /** Deletes what files that failed while read left; returns how many rows went. */
  private long deleteFiles(List<Long> ids) throws SQLException {
    String list = String.join(", ", ids.stream().map(String::valueOf).toList());
    try (Statement s = connection.createStatement()) {
      return s.executeUpdate("DELETE FROM events WHERE ingest_id IN (" + list + ")");
    }
  }

  /**
   * Deletes the group's rows whose (dataset, native id) is stored already or repeats an earlier row
   * of the group (first file, then first line, wins). Returns null when there was none, else the
   * events and records kept per ingest id.
   *
   * @param ours the group's rows, as a condition on their ingest ids
   * @param range the native ids of the group's rows
   */
  private Map<Long, long[]> dropRepeats(String ours, NativeIdRange range) throws SQLException {
    if (range.empty()) {
      return null; // the files gave no events
    }
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT count(*) FROM (SELECT 1 FROM events WHERE native_id BETWEEN ? AND ?"
                + " GROUP BY dataset, native_id HAVING count(*) > 1)")) {
      p.setString(1, range.min());
      p.setString(2, range.max());
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        if (rs.getLong(1) == 0) {
          return null;
        }
      }
    }
    try (PreparedStatement p =
        connection.prepareStatement(
            "DELETE FROM events WHERE rowid IN (SELECT rowid FROM (SELECT rowid, ingest_id,"
                + " row_number() OVER (PARTITION BY dataset, native_id ORDER BY ("
                + ours
                + "), ingest_id, line, rowid) AS amity_k FROM events WHERE native_id BETWEEN ?"
                + " AND ?) WHERE amity_k > 1 AND "
                + ours
                + ")")) {
      p.setString(1, range.min());
      p.setString(2, range.max());
      p.executeUpdate();
    }
    return ScannedFile.keptPerFile(connection, ours);
  }
}
