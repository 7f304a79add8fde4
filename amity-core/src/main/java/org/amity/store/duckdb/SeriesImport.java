package org.amity.store.duckdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.amity.ingest.series.SeriesFile;
import org.amity.ingest.series.SeriesMeta;
import org.amity.ingest.series.SeriesPoint;
import org.amity.store.IngestResult;
import org.amity.store.SeriesStore;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Stores imported aggregate series in {@code series_imports} (read with derived series through the
 * {@code series_points} view): all points of one file, its rejects and its ingest-log entry in one
 * transaction, or nothing.
 *
 * <p>A file's points are stored under the source {@code import:<file name>}. Importing content
 * already stored (the same points under that source, or the same bytes already imported under
 * another name whose points are still there) stores nothing and counts the file's records as
 * duplicates. A changed file of the same name replaces that source's points. Rejects are kept once
 * per distinct file content, as for events.
 */
public final class SeriesImport implements SeriesStore {
  private final Connection connection;

  public SeriesImport(DuckDbEventStore store) {
    this.connection = store.connection();
  }

  @Override
  public IngestResult store(SeriesFile f, SeriesMeta meta) {
    long t0 = System.nanoTime();
    LocalDateTime started = LocalDateTime.now();
    try {
      long id = IngestLogRows.nextId(connection);
      connection.setAutoCommit(false);
      stage(f);
      boolean stored = sameAsStored(f) || importedUnderAnotherName(f);
      if (!stored) {
        replacePoints(f);
      }
      if (meta.declared()) {
        declare(f.source(), meta);
      }
      if (!IngestLogRows.seenBefore(connection, f.sha256())) {
        IngestLogRows.storeRejects(connection, id, f.rejects(), f.sha256());
      }
      IngestResult result =
          new IngestResult(
              f.displayName(),
              SeriesFile.DATASET,
              f.format(),
              IngestResult.Status.DONE,
              null,
              f.lines(),
              stored ? 0 : f.accepted(),
              f.rejects().count(),
              stored ? f.accepted() : 0,
              0,
              stored ? 0 : f.accepted(),
              f.sha256(),
              (System.nanoTime() - t0) / 1e9);
      IngestLogRows.insert(connection, id, f.path(), f.sizeBytes(), result, started, null);
      connection.commit();
      return result;
    } catch (SQLException e) {
      try {
        connection.rollback();
      } catch (SQLException r) {
        e.addSuppressed(r);
      }
      return failed(
          f.displayName(), f.path(), f.format(), f.displayName() + ": " + e.getMessage(), started);
    } finally {
      IngestLogRows.autoCommit(connection);
    }
  }

  @Override
  public IngestResult failed(String displayName, Path path, String format, String message) {
    return failed(displayName, path, format, message, LocalDateTime.now());
  }

  private IngestResult failed(
      String displayName, Path path, String format, String message, LocalDateTime started) {
    IngestResult r = IngestResult.failed(displayName, SeriesFile.DATASET, format, message);
    IngestLogRows.insertFailure(connection, path, sizeOf(path), r, started, null);
    return r;
  }

  private static long sizeOf(Path path) {
    try {
      return java.nio.file.Files.size(path);
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  /** Puts the file's points in a private staging table, to be compared and copied in SQL. */
  private void stage(SeriesFile f) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(
          "CREATE TEMP TABLE IF NOT EXISTS series_stage (scope VARCHAR, subject VARCHAR,"
              + " indicator VARCHAR, resolution VARCHAR, period DATE, value DOUBLE)");
      s.execute("DELETE FROM series_stage");
    }
    try (DuckDBAppender a =
        ((DuckDBConnection) connection).createAppender("temp", "main", "series_stage")) {
      for (SeriesPoint sp : f.points()) {
        a.beginRow();
        a.append(sp.scope());
        a.append(sp.subject());
        a.append(sp.indicator());
        a.append(sp.resolution());
        a.append(sp.period());
        a.append(sp.value());
        a.endRow();
      }
    }
  }

  /** True when the source holds exactly the staged points. */
  private boolean sameAsStored(SeriesFile f) throws SQLException {
    String stored =
        "SELECT scope, subject, indicator, resolution, period, value FROM series_imports"
            + " WHERE source = ?";
    return count("SELECT count(*) FROM series_imports WHERE source = ?", f.source()) > 0
        && count(
                "SELECT count(*) FROM (" + stored + " EXCEPT ALL SELECT * FROM series_stage)",
                f.source())
            == 0
        && count(
                "SELECT count(*) FROM (SELECT * FROM series_stage EXCEPT ALL " + stored + ")",
                f.source())
            == 0;
  }

  private long count(String sql, String source) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      p.setString(1, source);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** True when these bytes were imported before under another file name still holding points. */
  private boolean importedUnderAnotherName(SeriesFile f) throws SQLException {
    Set<String> others = new HashSet<>();
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT DISTINCT file_path FROM ingest_log WHERE sha256 = ? AND status = 'done'"
                + " AND dataset = ?")) {
      p.setString(1, f.sha256());
      p.setString(2, SeriesFile.DATASET);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          others.add("import:" + Path.of(rs.getString(1)).getFileName());
        }
      }
    }
    others.remove(f.source());
    for (String other : others) {
      if (count("SELECT count(*) FROM series_imports WHERE source = ?", other) > 0) {
        return true;
      }
    }
    return false;
  }

  private void declare(String source, SeriesMeta meta) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement("INSERT OR REPLACE INTO series_meta VALUES (?, ?, ?, ?)")) {
      p.setString(1, source);
      p.setString(2, meta.domain());
      p.setString(3, meta.area());
      p.setString(4, String.join(",", meta.themes()));
      p.executeUpdate();
    }
  }

  private void replacePoints(SeriesFile f) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement("DELETE FROM series_imports WHERE source = ?")) {
      p.setString(1, f.source());
      p.executeUpdate();
    }
    try (PreparedStatement p =
        connection.prepareStatement(
            "INSERT INTO series_imports SELECT scope, subject, indicator, resolution, period,"
                + " value, ? FROM series_stage")) {
      p.setString(1, f.source());
      p.executeUpdate();
    }
  }
}
