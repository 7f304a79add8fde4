package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amity.ingest.FileScan;
import org.amity.ingest.Format;
import org.amity.testing.GdeltLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks' stores are built the same on every run. */
class BenchDataTest {
  @TempDir Path dir;

  private List<String> build(String name, Path file) throws IOException, SQLException {
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve(name))) {
      try (FileScan scan = FileScan.open(file, "seed.export.CSV", Format.GDELT2, null)) {
        store.ingest(scan, null);
      }
      BenchData.setSeedAside(store);
      // 30 seed rows, 3 copies, cut at 70 rows: two whole copies and ten rows of the third
      BenchData.fromSeed(store, LocalDate.of(2025, 12, 31), 3, 70);
      List<String> ids = new ArrayList<>();
      try (Statement s = store.connection().createStatement();
          ResultSet rs = s.executeQuery("SELECT native_id FROM events ORDER BY native_id")) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
      return ids;
    }
  }

  @Test
  void cutsTheLastCopyAtTheSameSeedRowsOnEveryRun() throws IOException, SQLException {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      lines.add(GdeltLines.v2().id(i).toString());
    }
    Path file = dir.resolve("seed.export.CSV");
    Files.write(file, lines);

    List<String> first = build("a.duckdb", file);
    List<String> second = build("b.duckdb", file);

    assertThat(first).hasSize(70).doesNotHaveDuplicates().isEqualTo(second);
    assertThat(first.stream().filter(id -> id.endsWith("-2"))).hasSize(10);
    assertThat(first.stream().filter(id -> id.endsWith("-0"))).hasSize(30);
  }
}
