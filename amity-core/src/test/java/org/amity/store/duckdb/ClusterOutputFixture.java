package org.amity.store.duckdb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Writes a job output folder from an embedded store, one Parquet file per table in the layout the
 * Flink job writes, so the reader side can be tested apart from the job.
 */
public final class ClusterOutputFixture {
  private ClusterOutputFixture() {}

  /**
   * Copies the job's tables of the store in {@code storeFile} into {@code out}, with a manifest.
   */
  public static void writeJobOutput(Path storeFile, Path out) throws Exception {
    try (DuckDbEventStore store = DuckDbEventStore.open(storeFile)) {
      writeJobOutput(store, out);
    }
  }

  static void writeJobOutput(DuckDbEventStore store, Path out) throws Exception {
    for (String table :
        List.of("events", "rejects", "indicator_days", "alerts", "alert_evidence")) {
      Files.createDirectories(out.resolve(table));
      try (Statement s = store.connection().createStatement()) {
        s.execute(
            "COPY "
                + table
                + " TO '"
                + out.resolve(table).resolve("part-0-0.parquet")
                + "' (FORMAT parquet)");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot write " + table, e);
      }
    }
    Files.writeString(out.resolve(ClusterOutput.MANIFEST), "{\"status\":\"finished\"}");
  }
}
