package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.amity.ingest.EventSource;
import org.amity.ingest.FileScan;
import org.amity.ingest.Format;
import org.amity.store.EventStore;
import org.amity.store.IngestResult;
import org.amity.testing.GdeltLines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several files read into a batch by one scan ({@link EventStore.Batch#stageAll}). */
class StagedIngestTest {
  @TempDir Path dir;
  private DuckDbEventStore store;

  @BeforeEach
  void open() {
    store = DuckDbEventStore.open(dir.resolve("amity.duckdb"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private Path plain(String name, long from, long to) throws IOException {
    List<String> lines = new ArrayList<>();
    for (long id = from; id < to; id++) {
      lines.add(GdeltLines.v2().id(id).set(1, "20240301").toString());
    }
    return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
  }

  /** A gzip archive of many lines (several blocks) cut off two thirds in. */
  private Path truncated(String name, long from, long to) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (long id = from; id < to; id++) {
      sb.append(GdeltLines.v2().id(id).set(1, "20240301")).append('\n');
    }
    Path whole = dir.resolve(name + ".whole");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(whole))) {
      o.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] raw = Files.readAllBytes(whole);
    return Files.write(dir.resolve(name), Arrays.copyOf(raw, raw.length * 2 / 3));
  }

  private long count(String sql) throws SQLException {
    try (Statement s = store.connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private List<Optional<IngestResult>> stageAll(EventStore.Batch batch, Path... files)
      throws IOException {
    List<EventSource> scans = new ArrayList<>();
    try {
      for (Path f : files) {
        scans.add(FileScan.open(f, f.getFileName().toString(), Format.GDELT2, null));
      }
      return batch.stageAll(scans);
    } finally {
      for (EventSource s : scans) {
        s.close();
      }
    }
  }

  @Test
  void aFileCutOffInTheMiddleOfAScanLeavesNothingAndTheFilesAroundItAreStored()
      throws IOException, SQLException {
    Path first = plain("a.export.CSV", 1, 4);
    Path cut = truncated("b.export.CSV.gz", 100, 20_100);
    Path last = plain("c.export.CSV", 30_000, 30_005);
    List<IngestResult> committed;
    try (EventStore.Batch batch = store.batch(null)) {
      List<Optional<IngestResult>> staged = stageAll(batch, first, cut, last);

      assertThat(staged.get(0)).isEmpty();
      assertThat(staged.get(1)).isPresent();
      assertThat(staged.get(1).get().done()).isFalse();
      assertThat(staged.get(1).get().message())
          .contains("b.export.CSV.gz")
          .contains("nothing of this file was stored");
      assertThat(staged.get(2)).isEmpty();
      // the rows the cut file gave before it failed are gone from the staging table
      assertThat(count("SELECT count(*) FROM " + StagedIngest.TABLE)).isEqualTo(8);
      assertThat(batch.stagedFiles()).isEqualTo(2);
      assertThat(batch.stagedEvents()).isEqualTo(8);
      committed = batch.commit();
    }
    assertThat(committed).extracting(IngestResult::accepted).containsExactly(3L, 5L);
    assertThat(store.stats().events()).isEqualTo(8);
    assertThat(count("SELECT count(*) FROM events WHERE native_id::BIGINT BETWEEN 100 AND 20099"))
        .isZero();
    assertThat(store.ingestLog())
        .extracting(e -> e.status())
        .containsExactlyInAnyOrder("done", "done", "failed");
  }

  @Test
  void filesReadTogetherKeepTheirOwnIdsLinesAndDuplicates() throws IOException, SQLException {
    Path a = plain("a.export.CSV", 1, 4);
    Path b = plain("b.export.CSV", 2, 7);
    List<IngestResult> committed;
    try (EventStore.Batch batch = store.batch(null)) {
      assertThat(stageAll(batch, a, b)).allMatch(Optional::isEmpty);
      committed = batch.commit();
    }
    assertThat(committed).extracting(IngestResult::accepted).containsExactly(3L, 3L);
    assertThat(committed).extracting(IngestResult::duplicates).containsExactly(0L, 2L);
    // id 2 and 3 kept from the first file, at their lines there
    assertThat(count("SELECT count(DISTINCT ingest_id) FROM events")).isEqualTo(2);
    assertThat(
            count(
                "SELECT count(*) FROM events WHERE native_id IN ('2', '3') AND ingest_id = (SELECT"
                    + " min(ingest_id) FROM events)"))
        .isEqualTo(2);
    assertThat(count("SELECT max(line) FROM events WHERE native_id = '6'")).isEqualTo(5);
  }
}
