package org.amity.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amity.event.CountryTable;
import org.amity.event.Event;
import org.amity.flink.source.KafkaLines;
import org.amity.flink.source.ParsedLine;
import org.amity.ingest.Format;
import org.amity.ingest.OfficeHolders;
import org.amity.pipeline.IngestPipeline;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.store.duckdb.ParquetOutputs;
import org.amity.testing.IcewsRows;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Flink job reads an ICEWS file with the office holders {@code amity ingest icews} uses: a
 * named person whose sectors give no state role takes the role he held that day, on both paths, so
 * the cluster and the embedded store code the same file the same way.
 */
class IcewsOfficeHoldersTest {
  @TempDir Path dir;

  private Path dictionary() throws Exception {
    return Files.write(
        dir.resolve("leaders.actors.txt"), IcewsRows.MODI_DICTIONARY, StandardCharsets.UTF_8);
  }

  private Path icewsFolder() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(
        in.resolve("events.tab"),
        List.of(IcewsRows.HEADER, IcewsRows.MODI_VISITS, IcewsRows.MINISTRY),
        StandardCharsets.UTF_8);
    return in;
  }

  @Test
  void theJobAndTheEmbeddedIngestGiveTheSameActorsWithTheSameList() throws Exception {
    Path dict = dictionary();
    Path in = icewsFolder();
    Path out = dir.resolve("out");
    AmityFlinkJob.run(
        JobFolders.options(in, out, 1, "--office-holders", dict.toString()), new NoSignalStages());

    Path store = dir.resolve("embedded.duckdb");
    try (DuckDbEventStore s = DuckDbEventStore.open(store)) {
      new IngestPipeline(s, null, null)
          .run(
              List.of(in),
              IngestPipeline.formats(
                  Set.of(Format.ICEWS), OfficeHolders.read(dict, CountryTable.standard())));
    }
    assertThat(
            ParquetOutputs.rowsOf(
                out.resolve("events"), List.of("src_code", "tgt_code"), "native_id"))
        .containsExactly("INDGOV|IDN", "INDGOV|IDN");
    assertThat(ParquetOutputs.storeRows(store, "events")).isEqualTo(2);
    assertThat(
            ParquetOutputs.differences(
                store, out.resolve("events"), "events", List.of("ingest_id")))
        .as("events rows differing between the job and amity ingest icews")
        .isZero();
  }

  @Test
  void withoutAListTheJobReadsTheRowsAsTheyAre() throws Exception {
    Path in = icewsFolder();
    Path out = dir.resolve("out");
    AmityFlinkJob.run(JobFolders.options(in, out, 1, "--no-office-holders"), new NoSignalStages());
    assertThat(ParquetOutputs.rowsOf(out.resolve("events"), List.of("src_code"), "native_id"))
        .containsExactly("INDOPP", "INDGOV");
  }

  @Test
  void theJobFindsTheListAsTheCommandLineDoesAndTakesTheSameOptOut() throws Exception {
    Path in = icewsFolder();
    Path out = dir.resolve("out");
    String found = JobFolders.options(in, out, 1).officeHolders();
    Path shared = OfficeHolders.choose(null, false, JobOptions.class);
    assertThat(found).isEqualTo(shared == null ? null : shared.toAbsolutePath().toString());
    assertThat(JobFolders.options(in, out, 1, "--no-office-holders").officeHolders()).isNull();
    Path dict = dictionary();
    assertThat(JobFolders.options(in, out, 1, "--office-holders", dict.toString()).officeHolders())
        .isEqualTo(dict.toAbsolutePath().toString());
    assertThatThrownBy(
            () ->
                JobFolders.options(
                    in, out, 1, "--office-holders", dir.resolve("missing.txt").toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no office-holder dictionary at");
  }

  @Test
  void aKafkaLineIsReadWithTheListToo() throws Exception {
    Path dict = dictionary();
    byte[] value = IcewsRows.MODI_VISITS.getBytes(StandardCharsets.UTF_8);
    List<Event> events = new ArrayList<>();
    new KafkaLines(dict.toString())
        .deserialize(
            new ConsumerRecord<>("lines", 0, 0, null, value),
            new Collector<ParsedLine>() {
              @Override
              public void collect(ParsedLine p) {
                events.add(p.event());
              }

              @Override
              public void close() {}
            });
    assertThat(events).extracting(e -> e.source().code()).containsExactly("INDGOV");
  }
}
