package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.amity.store.IngestLogEntry;
import org.amity.store.IngestRecords;

/** The one reader of the {@code ingest_log} and {@code rejects} tables. */
final class DuckDbIngestRecords implements IngestRecords {
  /** Digit runs read as N, so the same fault in different lines or files falls into one group. */
  private static final String MASKED = "regexp_replace(reason, '[0-9]+', 'N', 'g')";

  private final Connections db;

  DuckDbIngestRecords(Connections db) {
    this.db = db;
  }

  @Override
  public List<IngestLogEntry> ingestLog(int limit, int offset) {
    return db.read(c -> ingestLog(c, limit, offset));
  }

  @Override
  public List<IngestLogEntry> ingestLog(String status, int limit, int offset) {
    return db.read(c -> ingestLog(c, status, limit, offset));
  }

  @Override
  public IngestLogCounts ingestLogCounts() {
    return db.read(
        c -> {
          Map<String, Long> by = new TreeMap<>();
          long total = 0;
          try (PreparedStatement p =
                  c.prepareStatement("SELECT status, count(*) FROM ingest_log GROUP BY status");
              ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
              by.put(rs.getString(1), rs.getLong(2));
              total += rs.getLong(2);
            }
          }
          return new IngestLogCounts(total, by);
        });
  }

  @Override
  public List<StoredReject> rejects(RejectQuery q) {
    return db.read(c -> rejects(c, q));
  }

  @Override
  public List<RejectReason> rejectReasons(int limit) {
    return db.read(
        c -> {
          List<RejectReason> out = new ArrayList<>();
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT "
                      + MASKED
                      + " AS reason, count(*) AS lines, count(DISTINCT file_name) AS files,"
                      + " min(reason) AS example FROM rejects GROUP BY 1"
                      + " ORDER BY lines DESC, reason LIMIT ?")) {
            p.setInt(1, limit);
            try (ResultSet rs = p.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new RejectReason(
                        rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4)));
              }
            }
          }
          return out;
        });
  }

  /** Ingest attempts, newest first; {@code limit} 0 for all. */
  static List<IngestLogEntry> ingestLog(Connection c, int limit, int offset) throws SQLException {
    return ingestLog(c, null, limit, offset);
  }

  /** Ingest attempts with {@code status} (null: any), newest first; {@code limit} 0 for all. */
  static List<IngestLogEntry> ingestLog(Connection c, String status, int limit, int offset)
      throws SQLException {
    List<IngestLogEntry> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT id, file_name, sha256, size_bytes, dataset, format, status, message,"
                + " started_at, finished_at, lines, accepted, rejected, duplicates, filtered,"
                + " region FROM ingest_log"
                + (status == null ? "" : " WHERE status = ?")
                + " ORDER BY id DESC"
                + (limit > 0 ? " LIMIT " + limit : "")
                + (offset > 0 ? " OFFSET " + offset : ""))) {
      if (status != null) {
        p.setString(1, status);
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          Timestamp finished = rs.getTimestamp(10);
          out.add(
              new IngestLogEntry(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getLong(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getTimestamp(9).toLocalDateTime(),
                  finished == null ? null : finished.toLocalDateTime(),
                  rs.getLong(11),
                  rs.getLong(12),
                  rs.getLong(13),
                  rs.getLong(14),
                  rs.getLong(15),
                  rs.getString(16)));
        }
      }
    }
    return out;
  }

  /** Rejected lines, oldest ingest first, then by line; {@code limit} 0 for all. */
  static List<StoredReject> rejects(Connection c, RejectQuery q) throws SQLException {
    StringBuilder where = new StringBuilder(" WHERE true");
    List<Object> args = new ArrayList<>();
    if (q.reason() != null) {
      where.append(" AND ").append(MASKED).append(" = ?");
      args.add(q.reason());
    }
    if (q.file() != null) {
      where.append(" AND file_name = ?");
      args.add(q.file());
    }
    List<StoredReject> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT file_name, line, reason, ingest_id FROM rejects"
                + where
                + " ORDER BY ingest_id, line"
                + (q.limit() > 0 ? " LIMIT " + q.limit() : "")
                + (q.offset() > 0 ? " OFFSET " + q.offset() : ""))) {
      for (int i = 0; i < args.size(); i++) {
        p.setObject(i + 1, args.get(i));
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(new StoredReject(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4)));
        }
      }
    }
    return out;
  }
}
