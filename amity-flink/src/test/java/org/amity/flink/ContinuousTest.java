package org.amity.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.amity.flink.source.FileIds;
import org.amity.store.duckdb.ParquetOutputs;
import org.amity.store.duckdb.ParquetParts;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Continuous mode watches a landing folder: a file written under a hidden name and then renamed
 * into place is read once, under its final name, and its events are committed.
 */
class ContinuousTest {
  private static final long PATIENCE_MILLIS = 180_000;

  @TempDir Path dir;

  @Test
  void picksUpAFileRenamedIntoTheLandingFolder() throws Exception {
    Path landing = Files.createDirectories(dir.resolve("landing"));
    Path out = dir.resolve("out");
    RunningJob job =
        AmityFlinkJob.start(
            JobFolders.options(landing, out, 1, "--continuous", "--monitor-interval", "1"),
            new NoSignalStages());
    try {
      Path hidden = landing.resolve(".20161013151500.export.CSV.part");
      List<String> lines = Files.readAllLines(TestData.file(JobFolders.GDELT2));
      Files.write(hidden, lines.subList(0, lines.size() / 2));
      Thread.sleep(2_000); // a listing or two while the file is half written and hidden
      Files.write(hidden, lines);
      Path landed = landing.resolve("20161013151500.export.CSV");
      Files.move(hidden, landed, StandardCopyOption.ATOMIC_MOVE);

      long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
      long committed = 0;
      while (committed < 3_566 && System.currentTimeMillis() < deadline) {
        Thread.sleep(500);
        committed = ParquetParts.rowCount(out.resolve("events"));
      }
      assertThat(committed).isEqualTo(3_566);
      assertThat(ParquetOutputs.distinct(out.resolve("events"), "ingest_id")).isEqualTo(1);
      assertThat(ParquetOutputs.distinct(out.resolve("events"), "native_id")).isEqualTo(3_566);
      assertThat(FileIds.of(landed.toString())).isNotNegative();
      assertThat(out.resolve("_amity_job.json")).content().contains("\"status\" : \"running\"");
    } finally {
      job.cancel();
    }
  }
}
