package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.amity.store.IngestLogEntry;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.testing.GdeltLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The landing folder under faults: a service killed with {@code kill -9} in the middle of a file
 * loses and duplicates nothing, and a file that fails whole is logged and set aside with its
 * reason.
 */
class LandingKillIT {
  private static final int ROWS = 400_000;

  @TempDir Path dir;

  @Test
  void aServiceKilledDuringALandingIngestStoresEveryLineOnceAfterRestart() throws Exception {
    Path landing = Files.createDirectories(dir.resolve("landing"));
    Path db = dir.resolve("amity.duckdb");
    Path part = landing.resolve("big.export.CSV" + ".part");
    try (BufferedWriter w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= ROWS; i++) {
        w.write(GdeltLines.v2().id(i).toString());
        w.write('\n');
      }
    }
    boolean killedDuringIngest = false;
    try (ServiceProcess service = ServiceProcess.start(db, "--landing", landing.toString())) {
      // Waits for the landing job's first round to end (a fixed pause raced a slow start).
      long firstRound = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!landing(service.get("api/v1/health")).hasNonNull("lastSuccess")
          && System.nanoTime() < firstRound) {
        Thread.sleep(50);
      }
      assertThat(landing(service.get("api/v1/health")).path("lastOutcome").asText())
          .as("a .part file is never read")
          .contains("no new file");
      Files.move(part, landing.resolve("big.export.CSV"));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < deadline) {
        if (landingRunning(service.get("api/v1/health"))) {
          Thread.sleep(300); // well into the file's transaction
          service.kill();
          killedDuringIngest = true;
          break;
        }
        Thread.sleep(20);
      }
    }
    assertThat(killedDuringIngest).as("the service was killed while ingesting").isTrue();
    assertThat(landing.resolve("big.export.CSV")).as("still waiting after the kill").exists();

    try (ServiceProcess again = ServiceProcess.start(db, "--landing", landing.toString())) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (!Files.exists(landing.resolve("done/big.export.CSV"))
          && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      assertThat(landing.resolve("done/big.export.CSV")).exists();
      Files.writeString(landing.resolve("notes.txt"), "not an event file\n");
      deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!Files.exists(landing.resolve("failed/notes.txt.reason"))
          && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(Files.readString(landing.resolve("failed/notes.txt.reason")))
          .contains("not a GDELT or ICEWS event file");
      assertThat(again.get("api/v1/health")).contains("\"dataAsOf\"");
      again.stop();
    }
    assertThat(landing.resolve("failed/big.export.CSV")).doesNotExist();
    try (DuckDbEventStore store = DuckDbEventStore.open(db)) {
      assertThat(store.stats().events()).isEqualTo(ROWS);
      List<IngestLogEntry> log = store.ingestLog();
      assertThat(log)
          .filteredOn(e -> e.file().endsWith("big.export.CSV") && e.status().equals("done"))
          .singleElement()
          .satisfies(e -> assertThat(e.accepted()).isEqualTo(ROWS));
      assertThat(log)
          .filteredOn(e -> e.file().endsWith("notes.txt"))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.status()).isEqualTo("failed");
                assertThat(e.message()).contains("not a GDELT or ICEWS event file");
              });
    }
  }

  private static boolean landingRunning(String health) throws java.io.IOException {
    return landing(health).path("running").asBoolean();
  }

  /** The landing job's entry in the health report (a missing node when it is not there). */
  private static JsonNode landing(String health) throws java.io.IOException {
    for (JsonNode j : new ObjectMapper().readTree(health).path("jobs")) {
      if (j.path("name").asText().equals("landing")) {
        return j;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }
}
