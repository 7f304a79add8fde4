package org.amity.store.duckdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.amity.ingest.RejectLog;
import org.amity.store.IngestResult;
import org.amity.store.StoreException;
import org.amity.store.StoreFailures;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The ingest log and rejects tables as every kind of input writes them (event files, imported
 * series): one log row per attempt, rejects once per distinct file content.
 */
final class IngestLogRows {
  private IngestLogRows() {}

  /**
   * A new ingest id. Taken before the file's transaction: DuckDB (2.0.0) aborts a transaction that
   * advanced a sequence and then pulls rows from a Java table function. A gap in ids is harmless.
   */
  static long nextId(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT nextval('ingest_id_seq')")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** {@code n} new ingest ids in one query, ascending (see {@link #nextId}). */
  static long[] nextIds(Connection c, int n) throws SQLException {
    long[] ids = new long[n];
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT nextval('ingest_id_seq') FROM range(" + n + ")")) {
      for (int i = 0; i < n; i++) {
        if (!rs.next()) {
          throw new SQLException("the ingest id sequence gave " + i + " ids, " + n + " asked");
        }
        ids[i] = rs.getLong(1);
      }
    }
    java.util.Arrays.sort(ids);
    return ids;
  }

  /** True when a file with these bytes was stored before. */
  static boolean seenBefore(Connection c, String sha) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT count(*) FROM ingest_log WHERE sha256 = ? AND status = 'done'")) {
      p.setString(1, sha);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  static void storeRejects(Connection c, long id, RejectLog rejects, String sha)
      throws SQLException {
    if (rejects.count() == 0) {
      return;
    }
    SQLException[] error = new SQLException[1];
    try (DuckDBAppender a = ((DuckDBConnection) c).createAppender("rejects")) {
      rejects.forEach(
          r -> {
            if (error[0] != null) {
              return;
            }
            try {
              a.beginRow();
              a.append((int) id);
              a.append(r.file());
              a.append(sha);
              a.append(r.line());
              a.append(r.reason());
              a.endRow();
            } catch (SQLException e) {
              error[0] = e;
            }
          });
      if (error[0] != null) {
        throw error[0];
      }
    }
  }

  /** One ingest-log row to write. */
  record Row(long id, Path path, long sizeBytes, IngestResult result, LocalDateTime started) {}

  private static final String COLUMNS =
      "INSERT INTO ingest_log (id, file_name, file_path, sha256, size_bytes, dataset, format,"
          + " status, message, started_at, finished_at, lines, accepted, rejected, duplicates,"
          + " filtered, region) VALUES ";

  private static final String PLACEHOLDERS = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** Of these file hashes, those of files stored before (one query for a whole batch). */
  static java.util.Set<String> seenBefore(Connection c, java.util.Collection<String> shas)
      throws SQLException {
    java.util.Set<String> seen = new java.util.HashSet<>();
    if (shas.isEmpty()) {
      return seen;
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT DISTINCT sha256 FROM ingest_log WHERE status = 'done' AND sha256 IN (SELECT"
                + " unnest(?::VARCHAR[]))")) {
      p.setArray(1, c.createArrayOf("VARCHAR", shas.toArray()));
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          seen.add(rs.getString(1));
        }
      }
    }
    return seen;
  }

  /** Writes several log rows with one statement. */
  static void insertAll(Connection c, List<Row> rows, String region) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    StringBuilder sql = new StringBuilder(COLUMNS);
    for (int i = 0; i < rows.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append(PLACEHOLDERS);
    }
    try (PreparedStatement p = c.prepareStatement(sql.toString())) {
      int k = 0;
      for (Row row : rows) {
        k = bind(p, k, row, region);
      }
      p.executeUpdate();
    }
  }

  /** Binds one row's 17 values after parameter {@code k}; returns the last index bound. */
  private static int bind(PreparedStatement p, int k, Row row, String region) throws SQLException {
    IngestResult r = row.result();
    p.setLong(k + 1, row.id());
    p.setString(k + 2, r.file());
    p.setString(k + 3, row.path().toAbsolutePath().toString());
    p.setString(k + 4, r.sha256());
    p.setLong(k + 5, row.sizeBytes());
    p.setString(k + 6, r.dataset());
    p.setString(k + 7, r.format());
    p.setString(k + 8, r.done() ? "done" : "failed");
    p.setString(k + 9, r.message());
    p.setTimestamp(k + 10, Timestamp.valueOf(row.started()));
    p.setTimestamp(k + 11, Timestamp.valueOf(LocalDateTime.now()));
    p.setLong(k + 12, r.lines());
    p.setLong(k + 13, r.accepted());
    p.setLong(k + 14, r.rejected());
    p.setLong(k + 15, r.duplicates());
    p.setLong(k + 16, r.filtered());
    p.setString(k + 17, region);
    return k + 17;
  }

  static void insert(
      Connection c,
      long id,
      Path path,
      long sizeBytes,
      IngestResult r,
      LocalDateTime started,
      String region)
      throws SQLException {
    insertAll(c, List.of(new Row(id, path, sizeBytes, r, started)), region);
  }

  /** Records a failed attempt in its own transaction: the log keeps it, the data does not. */
  static void insertFailure(
      Connection c,
      Path path,
      long sizeBytes,
      IngestResult failed,
      LocalDateTime started,
      String region) {
    try {
      c.setAutoCommit(true);
      insert(c, nextId(c), path, sizeBytes, failed, started, region);
    } catch (SQLException e) {
      throw new StoreException(
          "cannot record the failed ingest of " + failed.file() + ": " + StoreFailures.cause(e), e);
    }
  }

  /**
   * Back to auto-commit after a transaction that already failed with {@code pending}: a reset that
   * fails too (a full disk can leave the connection unusable) is added to {@code pending} instead
   * of hiding it, so the first cause is the one reported.
   */
  static void autoCommitAfter(Connection c, Exception pending) {
    if (pending == null) {
      autoCommit(c);
      return;
    }
    try {
      c.setAutoCommit(true);
    } catch (SQLException e) {
      pending.addSuppressed(e);
    }
  }

  /** Back to auto-commit after a file's transaction. */
  static void autoCommit(Connection c) {
    try {
      c.setAutoCommit(true);
    } catch (SQLException e) {
      throw new StoreException("cannot reset the connection after an ingest", e);
    }
  }
}
