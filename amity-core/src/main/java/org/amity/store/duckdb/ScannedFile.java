package org.amity.store.duckdb;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amity.ingest.EventSource;
import org.amity.ingest.RejectLog;
import org.amity.store.IngestResult;

/**
 * A file read to its end by a scan, with the books of that scan: what its result and ingest-log row
 * are made of once the store knows how many of its events it kept.
 */
record ScannedFile(
    long id,
    Path path,
    String displayName,
    String dataset,
    String format,
    long sizeBytes,
    long lines,
    long emitted,
    long filtered,
    long recordsWithEvents,
    long recordsFiltered,
    RejectLog rejects,
    String sha256,
    LocalDateTime started,
    double readSeconds) {

  /**
   * A group's files sorted by how their reading went: the books of those read in full, in order,
   * and the ingest ids of those that failed.
   */
  record Sorted(List<ScannedFile> read, List<Long> failedIds) {
    /** The events the files read in full gave. */
    long emitted() {
      return read.stream().mapToLong(ScannedFile::emitted).sum();
    }
  }

  /**
   * Sorts a group's files by how their reading went, as both ingest paths account for them: a file
   * fails with the whole group's failure, else with its own in the scan, else when its books cannot
   * be taken (its hash); each failure's cause goes to {@code failures} at the file's place.
   *
   * @param group the group's scan; null only when {@code whole} failed it before it had ids
   * @param whole what failed the whole group, or null
   */
  static Sorted sort(
      List<EventSource> scans,
      ScanGroup group,
      Exception whole,
      LocalDateTime started,
      double readSeconds,
      Exception[] failures) {
    List<ScannedFile> read = new ArrayList<>(scans.size());
    List<Long> failedIds = new ArrayList<>();
    for (int i = 0; i < scans.size(); i++) {
      Exception failure = whole != null ? whole : group.failure(i);
      if (failure == null) {
        try {
          read.add(of(scans.get(i), group.id(i), started, readSeconds));
          continue;
        } catch (IOException | RuntimeException e) {
          failure = e;
        }
      }
      failures[i] = failure;
      if (group != null) {
        failedIds.add(group.id(i));
      }
    }
    return new Sorted(read, failedIds);
  }

  /** The books of a scan that read its file to the end (its hash is taken here). */
  static ScannedFile of(EventSource scan, long id, LocalDateTime started, double readSeconds)
      throws IOException {
    String sha = scan.sha256();
    return new ScannedFile(
        id,
        scan.path(),
        scan.displayName(),
        scan.dataset(),
        scan.formatName(),
        scan.sizeBytes(),
        scan.lines() - scan.skipped(),
        scan.emitted(),
        scan.filtered(),
        scan.recordsWithEvents(),
        scan.recordsFiltered(),
        scan.rejects(),
        sha,
        started,
        readSeconds);
  }

  /**
   * The file's result once {@code events} of its events, from {@code records} of its records, are
   * stored (the others were duplicates).
   */
  IngestResult result(long events, long records) {
    long accepted = events;
    long duplicates = emitted - events;
    long filteredOut = filtered;
    if (recordsWithEvents != emitted || recordsFiltered != filtered) {
      // several events per record (news stories): the books are kept per record, a record
      // accepted when any of its events is newly stored, a duplicate when none is
      accepted = records;
      duplicates = recordsWithEvents - records;
      filteredOut = recordsFiltered;
    }
    return new IngestResult(
        displayName,
        dataset,
        format,
        IngestResult.Status.DONE,
        null,
        lines,
        accepted,
        rejects.count(),
        duplicates,
        filteredOut,
        events,
        sha256,
        readSeconds);
  }

  /**
   * Rows and distinct lines (records) stored per file, for the files whose ingest ids {@code where}
   * selects (a condition on {@code ingest_id}).
   */
  static Map<Long, long[]> keptPerFile(Connection c, String where) throws SQLException {
    Map<Long, long[]> kept = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT ingest_id, count(*), count(DISTINCT line) FROM events WHERE "
                    + where
                    + " GROUP BY ingest_id")) {
      while (rs.next()) {
        kept.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
      }
    }
    return kept;
  }

  /**
   * Writes the rejects and ingest-log rows of files whose events are stored, in the caller's
   * transaction, and returns their results in order. Rejects are kept once per distinct content:
   * not when stored before, nor twice here.
   *
   * @param kept per ingest id, events and records stored; null when every event of every file was
   *     stored (no duplicates)
   */
  static List<IngestResult> record(
      Connection c, List<ScannedFile> files, Map<Long, long[]> kept, String region)
      throws SQLException {
    List<IngestResult> results = new ArrayList<>(files.size());
    Set<String> seen =
        IngestLogRows.seenBefore(c, files.stream().map(ScannedFile::sha256).toList());
    List<IngestLogRows.Row> logRows = new ArrayList<>(files.size());
    for (ScannedFile f : files) {
      IngestResult r;
      if (kept == null) {
        r = f.result(f.emitted(), f.recordsWithEvents());
      } else {
        long[] k = kept.getOrDefault(f.id(), new long[2]);
        r = f.result(k[0], k[1]);
      }
      if (!seen.contains(f.sha256()) && f.rejects().count() > 0) {
        IngestLogRows.storeRejects(c, f.id(), f.rejects(), f.sha256());
      }
      seen.add(f.sha256());
      logRows.add(new IngestLogRows.Row(f.id(), f.path(), f.sizeBytes(), r, f.started()));
      results.add(r);
    }
    IngestLogRows.insertAll(c, logRows, region);
    return results;
  }
}
