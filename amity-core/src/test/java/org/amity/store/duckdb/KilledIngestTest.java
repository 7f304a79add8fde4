package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.amity.ingest.FileScan;
import org.amity.ingest.Format;
import org.amity.store.IngestResult;
import org.amity.testing.GdeltLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed in the middle of a file leaves no partial rows; the next run completes it. */
class KilledIngestTest {
  private static final int ROWS = 600_000;

  @TempDir Path dir;

  @Test
  void aProcessKilledMidFileLeavesNoPartialRowsAndTheNextRunCompletesIt() throws Exception {
    Path file = dir.resolve("big.export.CSV");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= ROWS; i++) {
        w.write(GdeltLines.v2().id(i).toString());
        w.write('\n');
      }
    }
    Path db = dir.resolve("amity.duckdb");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                IngestChild.class.getName(),
                db.toString(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    boolean killedWhileReading = false;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("reading")) {
          child.destroyForcibly();
          killedWhileReading = true;
          break;
        }
        assertThat(line).doesNotStartWith("finished");
      }
    }
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(killedWhileReading).as("the child was killed part-way through the file").isTrue();
    assertThat(child.exitValue()).isNotZero();

    try (DuckDbEventStore store = DuckDbEventStore.open(db)) {
      assertThat(store.stats().events()).isZero();
      assertThat(store.ingestLog()).noneMatch(e -> e.status().equals("done"));
      try (FileScan scan = FileScan.open(file, "big.export.CSV", Format.GDELT2, null)) {
        IngestResult r = store.ingest(scan, null);
        assertThat(r.accepted()).isEqualTo(ROWS);
      }
      assertThat(store.stats().events()).isEqualTo(ROWS);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
