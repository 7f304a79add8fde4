package org.amity.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.amity.ingest.Format;
import org.amity.pipeline.IngestPipeline;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.testing.GdeltLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LandingFolderTest {
  @TempDir Path dir;

  @Test
  void ingestsCompleteFilesLeavesPartialOnesAndSetsFailuresAsideWithTheirReason() throws Exception {
    Path landing = Files.createDirectories(dir.resolve("landing"));
    Files.writeString(
        landing.resolve("a.export.CSV"),
        GdeltLines.v2().id(1) + "\n" + GdeltLines.v2().id(2) + "\n");
    Files.writeString(landing.resolve("b.export.CSV.part"), GdeltLines.v2().id(3) + "\n");
    Files.writeString(landing.resolve("notes.csv"), "hello\n");
    Files.writeString(landing.resolve("README"), "what these files are\n");
    Files.writeString(landing.resolve("PROVENANCE.md"), "# where they came from\n");
    AtomicInteger watches = new AtomicInteger();
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("amity.duckdb"))) {
      LandingFolder job =
          new LandingFolder(
              landing,
              new IngestPipeline(store, null, null),
              IngestPipeline.formats(Set.of(Format.GDELT1, Format.GDELT2, Format.ICEWS)),
              store::exclusively,
              watches::incrementAndGet);
      String outcome = job.run();
      assertThat(outcome)
          .startsWith("1 file(s) ingested (2 events), 1 failed")
          .contains("2 skipped as documentation");
      assertThat(landing.resolve("done/a.export.CSV")).exists();
      assertThat(landing.resolve("b.export.CSV.part")).exists();
      assertThat(landing.resolve("failed/notes.csv")).exists();
      assertThat(landing.resolve("skipped/README")).exists();
      assertThat(landing.resolve("skipped/PROVENANCE.md")).exists();
      assertThat(Files.readString(landing.resolve("skipped/README.reason")))
          .contains("not an event file: documentation");
      assertThat(Files.readString(landing.resolve("failed/notes.csv.reason")))
          .contains("notes.csv")
          .contains("not a GDELT or ICEWS event file");
      assertThat(watches).hasValue(1);
      assertThat(store.stats().events()).isEqualTo(2);
      assertThat(store.ingestLog())
          .anySatisfy(
              e -> {
                assertThat(e.file()).endsWith("notes.csv");
                assertThat(e.status()).isEqualTo("failed");
              });
      assertThat(job.run()).startsWith("no new file since: 1 file(s) ingested");
      assertThat(watches).hasValue(1);
    }
  }

  @Test
  void aFileOfAnEarlierNameIsNeverOverwrittenInDone() throws Exception {
    Path target = Files.createDirectories(dir.resolve("done"));
    Files.writeString(target.resolve("x.csv"), "first");
    Path second = Files.writeString(dir.resolve("x.csv"), "second");
    Path moved = LandingFolder.move(second, target);
    assertThat(moved.getFileName().toString()).isEqualTo("x.csv.1");
    assertThat(Files.readString(target.resolve("x.csv"))).isEqualTo("first");
  }
}
