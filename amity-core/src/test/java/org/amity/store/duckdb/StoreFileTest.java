package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amity.ingest.FileScan;
import org.amity.ingest.Format;
import org.amity.store.IngestResult;
import org.amity.store.NotAStoreException;
import org.amity.testing.GdeltLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFileTest {
  @TempDir Path dir;

  @Test
  void refusesAnExistingFileThatIsNotADuckDbDatabaseAndLeavesItAlone() throws IOException {
    Path csv = dir.resolve("events.csv");
    Files.writeString(csv, "a,b\n1,2\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> DuckDbEventStore.open(csv))
        .isInstanceOf(NotAStoreException.class)
        .hasMessageContaining("is not a DuckDB database")
        .hasMessageContaining("nothing was opened or written");
    assertThat(Files.readString(csv)).isEqualTo("a,b\n1,2\n");
    assertThat(dir.resolve("events.csv.wal")).doesNotExist();
  }

  @Test
  void refusesADirectory() {
    assertThatThrownBy(() -> DuckDbEventStore.open(dir)).isInstanceOf(NotAStoreException.class);
  }

  @Test
  void opensANewFileAndReopensIt() {
    Path db = dir.resolve("amity.duckdb");
    DuckDbEventStore.open(db).close();
    DuckDbEventStore.open(db).close();
    assertThat(db).exists();
  }

  @Test
  void anIngestWhoseFailureCannotBeLoggedStillReturnsItsResult() throws Exception {
    DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("amity.duckdb"));
    Path file = dir.resolve("one.csv");
    Files.write(file, List.of(GdeltLines.v2().id(1).toString()), StandardCharsets.UTF_8);
    try (var s = store.connection().createStatement()) {
      s.execute("DROP TABLE ingest_log"); // the log row, of success or failure, cannot be written
    }
    try (FileScan scan = FileScan.open(file, "one.csv", Format.GDELT2, null)) {
      IngestResult r = store.ingest(scan, null);
      assertThat(r.status()).isEqualTo(IngestResult.Status.FAILED);
      assertThat(r.message())
          .contains("nothing of this file was stored")
          .contains("could not be recorded in the ingest log");
    } finally {
      store.close();
    }
  }
}
