package org.amity.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.amity.ingest.Format;
import org.amity.store.IngestResult;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.testing.GdeltLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestPipelineTest {
  @TempDir Path dir;

  private Path write(String name, long... ids) throws IOException {
    List<String> lines = new ArrayList<>();
    for (long id : ids) {
      lines.add(GdeltLines.v2().id(id).set(1, "20240301").toString());
    }
    Path f = dir.resolve("in").resolve(name);
    Files.createDirectories(f.getParent());
    Files.write(f, lines, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void aFolderOfSmallFilesGivesOneResultPerFileInOrderWhateverFails() throws IOException {
    write("a.export.CSV", 1, 2);
    Files.writeString(dir.resolve("in/b.export.CSV"), "a note, not an event file\n");
    Path whole = write("c-source", 11, 12, 13, 14, 15, 16, 17, 18);
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(zipped)) {
      z.write(Files.readAllBytes(whole));
    }
    Files.delete(whole);
    byte[] bytes = zipped.toByteArray();
    Files.write(dir.resolve("in/c.export.CSV.gz"), Arrays.copyOf(bytes, bytes.length - 12));
    write("d.export.CSV", 2, 1, 3);

    List<IngestResult> results;
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("s.duckdb"))) {
      results =
          new IngestPipeline(store, null, null)
              .run(List.of(dir.resolve("in")), IngestPipeline.formats(Set.of(Format.GDELT2)));
      assertThat(store.stats().events()).isEqualTo(3);
      assertThat(store.ingestLog()).hasSize(4);
    }
    assertThat(results)
        .extracting(r -> Path.of(r.file()).getFileName().toString())
        .containsExactly("a.export.CSV", "b.export.CSV", "c.export.CSV.gz", "d.export.CSV");
    assertThat(results).extracting(IngestResult::done).containsExactly(true, false, false, true);
    assertThat(results.get(3).accepted()).isEqualTo(1);
    assertThat(results.get(3).duplicates()).isEqualTo(2);
  }

  @Test
  void aFileWithMoreRejectsThanAreKeptInMemoryIsStoredWithEveryReject() throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(GdeltLines.v2().id(1).set(1, "20240301").toString());
    for (int i = 0; i < 20_010; i++) {
      lines.add("not\tan\tevent");
    }
    lines.add(GdeltLines.v2().id(2).set(1, "20240301").toString());
    Files.createDirectories(dir.resolve("in"));
    Files.write(dir.resolve("in/many-bad.export.CSV"), lines, StandardCharsets.UTF_8);
    write("other.export.CSV", 3);

    List<IngestResult> results;
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("s.duckdb"))) {
      results =
          new IngestPipeline(store, null, null)
              .run(List.of(dir.resolve("in")), IngestPipeline.formats(Set.of(Format.GDELT2)));
      assertThat(store.stats().events()).isEqualTo(3);
      // the rejects spilled beyond those kept in memory are read at the commit, after the scan
      assertThat(store.rejects(30_000)).hasSize(20_010);
    }
    assertThat(results).extracting(IngestResult::done).containsExactly(true, true);
    assertThat(results.get(0).rejected()).isEqualTo(20_010);
    assertThat(results.get(0).accepted()).isEqualTo(2);
  }
}
