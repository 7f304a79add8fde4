package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.testing.GdeltLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that opens a store whose incident keys another build packed says on stderr that it
 * fills them again and why, unless asked for {@code -q} or {@code --json}.
 */
class OpeningNoticeTest {
  private static final String LINE =
      "refilling incident keys of 30 events (stored by a build that packs them otherwise)";

  @TempDir Path dir;

  /** A GDELT 2.0 file of {@code rows} events. */
  static Path gdelt(Path dir, int rows) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int id = 1; id <= rows; id++) {
      lines.add(GdeltLines.v2().id(id).toString());
    }
    return Files.write(dir.resolve("events.export.CSV"), lines, StandardCharsets.UTF_8);
  }

  /** Marks the store's incident keys as packed by another build. */
  private static void packOtherwise(Path db) throws SQLException {
    try (DuckDbEventStore store = DuckDbEventStore.open(db);
        Statement s = store.connection().createStatement()) {
      s.execute("UPDATE watch_state SET value = 'v0:other' WHERE key = 'incident_class'");
    }
  }

  @Test
  void aCommandOpeningAStorePackedOtherwiseSaysItRefillsTheKeysAndWhy() throws Exception {
    String db = dir.resolve("amity.duckdb").toString();
    Cli.Run ingest = Cli.run("ingest", "gdelt", "--db", db, "-q", gdelt(dir, 30).toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();

    packOtherwise(Path.of(db));
    Cli.Run first = Cli.run("stats", "--db", db);
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.err()).contains(LINE);
    assertThat(first.out()).doesNotContain("refilling");

    Cli.Run second = Cli.run("stats", "--db", db);
    assertThat(second.err()).as("refilled once, not on every open").doesNotContain("refilling");

    packOtherwise(Path.of(db));
    Cli.Run json = Cli.run("stats", "--db", db, "--json");
    assertThat(json.exit()).as(json.err()).isZero();
    assertThat(json.err()).as("--json keeps stderr quiet too").doesNotContain("refilling");

    packOtherwise(Path.of(db));
    Cli.Run quiet = Cli.run("watch", "--db", db, "-q");
    assertThat(quiet.exit()).as(quiet.err()).isZero();
    assertThat(quiet.err()).doesNotContain("refilling");
    assertThat(Cli.run("stats", "--db", db).err())
        .as("the quiet open refilled the keys all the same")
        .doesNotContain("refilling");
  }

  @Test
  void aQuietNoticeSaysNothingAndABarShownNamesTheWork() {
    ByteArrayOutputStream quiet = new ByteArrayOutputStream();
    PrintStream q = new PrintStream(quiet, true, StandardCharsets.UTF_8);
    OpeningNotice silent = new OpeningNotice(q, true, new StepProgress(q, "incident keys", false));
    silent.starting(LINE);
    silent.advanced(30, 30);
    silent.finished();
    assertThat(quiet.size()).isZero();

    ByteArrayOutputStream shown = new ByteArrayOutputStream();
    PrintStream s = new PrintStream(shown, true, StandardCharsets.UTF_8);
    OpeningNotice told = new OpeningNotice(s, false, new StepProgress(s, "incident keys", true));
    told.starting(LINE);
    told.advanced(10, 30);
    told.advanced(30, 30);
    told.finished();
    assertThat(shown.toString(StandardCharsets.UTF_8))
        .startsWith(LINE + System.lineSeparator())
        .contains("incident keys")
        .contains("30/30");
  }
}
