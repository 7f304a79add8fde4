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

/** Groups of files stored straight into {@code events} ({@link EventStore.Batch#storeAll}). */
class GroupInsertTest {
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

  private Path plain(String name, long... ids) throws IOException {
    List<String> lines = new ArrayList<>();
    for (long id : ids) {
      lines.add(id < 0 ? "not\tan\tevent" : GdeltLines.v2().id(id).set(1, "20240301").toString());
    }
    return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
  }

  private Path range(String name, long from, long to) throws IOException {
    return plain(name, java.util.stream.LongStream.range(from, to).toArray());
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
    Files.delete(whole);
    return Files.write(dir.resolve(name), Arrays.copyOf(raw, raw.length * 2 / 3));
  }

  private long count(String sql) throws SQLException {
    try (Statement s = store.connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private List<IngestResult> storeAll(Path... files) throws IOException {
    List<EventSource> scans = new ArrayList<>();
    try (EventStore.Batch batch = store.batch(null)) {
      for (Path f : files) {
        scans.add(FileScan.open(f, f.getFileName().toString(), Format.GDELT2, null));
      }
      return batch.storeAll(scans);
    } finally {
      for (EventSource s : scans) {
        s.close();
      }
    }
  }

  @Test
  void aFileCutOffInTheMiddleOfAGroupLeavesNothingAndTheFilesAroundItAreStored()
      throws IOException, SQLException {
    Path first = range("a.export.CSV", 1, 4);
    Path cut = truncated("b.export.CSV.gz", 100, 20_100);
    Path last = range("c.export.CSV", 30_000, 30_005);

    List<IngestResult> results = storeAll(first, cut, last);

    assertThat(results).extracting(IngestResult::done).containsExactly(true, false, true);
    assertThat(results.get(1).message())
        .contains("b.export.CSV.gz")
        .contains("nothing of this file was stored");
    assertThat(results.get(0).accepted()).isEqualTo(3);
    assertThat(results.get(2).accepted()).isEqualTo(5);
    assertThat(store.stats().events()).isEqualTo(8);
    assertThat(count("SELECT count(*) FROM events WHERE native_id::BIGINT BETWEEN 100 AND 20099"))
        .isZero();
    assertThat(store.ingestLog())
        .extracting(e -> e.status())
        .containsExactlyInAnyOrder("done", "done", "failed");
  }

  @Test
  void aDuplicateAcrossTwoFilesOfAGroupIsKeptOnceFromTheFirstFileAtItsLine()
      throws IOException, SQLException {
    Path a = plain("a.export.CSV", 1, 2, 3, -1);
    Path b = plain("b.export.CSV", 4, 3, 5, 5, 2);

    List<IngestResult> results = storeAll(a, b);

    assertThat(results).extracting(IngestResult::accepted).containsExactly(3L, 2L);
    assertThat(results).extracting(IngestResult::duplicates).containsExactly(0L, 3L);
    assertThat(results).extracting(IngestResult::rejected).containsExactly(1L, 0L);
    for (IngestResult r : results) {
      assertThat(r.lines()).isEqualTo(r.accepted() + r.rejected() + r.duplicates() + r.filtered());
    }
    assertThat(count("SELECT count(*) FROM events")).isEqualTo(5);
    assertThat(count("SELECT count(DISTINCT native_id) FROM events")).isEqualTo(5);
    // 2 and 3 from the first file, at their lines there; 5 from its first line in the second
    assertThat(
            count(
                "SELECT count(*) FROM events WHERE native_id IN ('2', '3') AND ingest_id = (SELECT"
                    + " min(ingest_id) FROM events)"))
        .isEqualTo(2);
    assertThat(count("SELECT line FROM events WHERE native_id = '5'")).isEqualTo(3);
    assertThat(store.rejects(10)).hasSize(1);
  }

  @Test
  void rowsStoredBeforeWinAndARepeatedRunStoresNothingNew() throws IOException, SQLException {
    Path early = plain("early.export.CSV", 900, 7);
    assertThat(storeAll(early)).extracting(IngestResult::accepted).containsExactly(2L);
    Path a = plain("a.export.CSV", 7, 8, 9);
    Path b = plain("b.export.CSV", 10_000, 900);

    List<IngestResult> first = storeAll(a, b);
    List<IngestResult> again = storeAll(a, b);

    assertThat(first).extracting(IngestResult::accepted).containsExactly(2L, 1L);
    assertThat(first).extracting(IngestResult::duplicates).containsExactly(1L, 1L);
    assertThat(again).extracting(IngestResult::accepted).containsExactly(0L, 0L);
    assertThat(again).extracting(IngestResult::duplicates).containsExactly(3L, 2L);
    assertThat(count("SELECT count(*) FROM events")).isEqualTo(5);
    assertThat(count("SELECT count(*) FROM events WHERE native_id = '7' AND line = 2"))
        .isEqualTo(1);
    assertThat(store.ingestLog()).hasSize(5);
  }

  @Test
  void aGroupOfEmptyAndRejectedFilesStoresTheirBooksOnly() throws IOException, SQLException {
    Path empty = Files.write(dir.resolve("empty.export.CSV"), new byte[0]);
    Path bad = plain("bad.export.CSV", -1, -1);

    List<IngestResult> results = storeAll(empty, bad);

    assertThat(results).extracting(IngestResult::done).containsExactly(true, true);
    assertThat(results).extracting(IngestResult::rejected).containsExactly(0L, 2L);
    assertThat(count("SELECT count(*) FROM events")).isZero();
    assertThat(store.ingestLog()).hasSize(2);
  }
}
