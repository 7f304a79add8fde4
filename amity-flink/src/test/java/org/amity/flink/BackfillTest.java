package org.amity.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.amity.ingest.Format;
import org.amity.pipeline.IngestPipeline;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.store.duckdb.ParquetOutputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backfill on the local MiniCluster stores what the embedded {@code amity ingest} stores from the
 * same folder: the same events row for row (but the file id, which the two number differently), the
 * same rejects, and every table readable with the store's column names and types.
 */
class BackfillTest {
  @TempDir Path dir;

  @Test
  void storesTheSameEventsAndRejectsAsTheEmbeddedIngest() throws Exception {
    Path in = JobFolders.backfill(dir);
    Path out = dir.resolve("out");
    ObjectNode summary = AmityFlinkJob.run(JobFolders.options(in, out, 2), new NoSignalStages());

    Path store = dir.resolve("embedded.duckdb");
    try (DuckDbEventStore s = DuckDbEventStore.open(store)) {
      new IngestPipeline(s, null, null)
          .run(List.of(in), IngestPipeline.formats(EnumSet.allOf(Format.class)));
    }

    // 3,566 + 100 rows, five repeated, one damaged line
    assertThat(ParquetOutputs.storeRows(store, "events")).isEqualTo(3_666);
    assertThat(summary.get("counts").get("events").asLong()).isEqualTo(3_666);
    assertThat(summary.get("counts").get("rejects").asLong()).isEqualTo(1);
    assertThat(summary.get("status").asText()).isEqualTo("finished");
    assertThat(ParquetOutputs.distinct(out.resolve("events"), "dataset, native_id"))
        .isEqualTo(3_666);
    // With two readers the repeated rows' files may be read in either order, so the copy kept
    // (FirstSeen) may be the other file's: the same row but for its file and line.
    assertThat(
            ParquetOutputs.differences(
                store, out.resolve("events"), "events", List.of("ingest_id", "line")))
        .as("events rows differing between the job and the embedded ingest")
        .isZero();
    assertThat(ParquetOutputs.storeRows(store, "rejects")).isEqualTo(1);
    assertThat(
            ParquetOutputs.differences(
                store, out.resolve("rejects"), "rejects", List.of("ingest_id")))
        .as("rejects differing (file, sha256, line, reason)")
        .isZero();
  }

  @Test
  void everyTableReadsWithTheStoresColumnsAndTypes() throws Exception {
    Path in = JobFolders.backfill(dir);
    Path out = dir.resolve("out");
    AmityFlinkJob.run(JobFolders.options(in, out, 1), new NoSignalStages());
    for (String table : AmityPipeline.TABLES) {
      assertThat(ParquetOutputs.schema(out.resolve(table)))
          .as(table)
          .isEqualTo(ParquetOutputs.storeSchema(table));
    }
    assertThat(out.resolve("_amity_job.json")).content().contains("\"status\" : \"finished\"");
  }
}
