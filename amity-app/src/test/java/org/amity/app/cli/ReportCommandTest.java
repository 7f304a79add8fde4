package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.amity.app.report.ReportFixture;
import org.amity.store.duckdb.DuckDbStorage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code amity report}: files written, formats, exit codes. */
class ReportCommandTest {
  @TempDir static Path dir;
  static String db;

  @BeforeAll
  static void store() throws Exception {
    try (DuckDbStorage s = ReportFixture.open(dir)) {
      db = dir.resolve("report.duckdb").toString();
    }
  }

  @Test
  void writesASituationPdfThatReadsBackWithItsTitleAndTimeline() throws Exception {
    Path out = dir.resolve("s2.pdf");
    Cli.Run r = Cli.run("report", "--db", db, "--situation", "2", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("wrote").contains("s2.pdf");
    String text = ReportFixture.text(Files.readAllBytes(out)).replaceAll("\\s+", " ");
    assertThat(text)
        .contains("China-Philippines: Scarborough Shoal standoff")
        .contains(ReportFixture.CONSULTATION)
        .doesNotContain(ReportFixture.NAME);
    assertThat(dir.resolve("s2.pdf.part")).doesNotExist();
  }

  @Test
  void takesTheFormatFromTheFileNameAndAnswersJson() throws Exception {
    Path out = dir.resolve("month.html");
    Cli.Run r =
        Cli.run("report", "--db", db, "--month", "2014-05", "--out", out.toString(), "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("format").asText()).isEqualTo("html");
    assertThat(j.get("month").asText()).isEqualTo("2014-05");
    assertThat(j.get("bytes").asLong()).isEqualTo(Files.size(out));
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("Regional watch list 2014-05");
  }

  @Test
  void anUnknownSituationExitsWithCode2AndWritesNothing() {
    Path out = dir.resolve("none.pdf");
    Cli.Run r = Cli.run("report", "--db", db, "--situation", "999", "--out", out.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no situation 999");
    assertThat(out).doesNotExist();
  }

  @Test
  void aMissingDatabaseIsRefusedNotCreated() {
    Path missing = dir.resolve("missing.duckdb");
    Cli.Run r =
        Cli.run(
            "report",
            "--db",
            missing.toString(),
            "--month",
            "2014-05",
            "--out",
            dir.resolve("m.pdf").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no database at");
    assertThat(missing).doesNotExist();
  }

  @Test
  void aBadMonthOrFormatExitsWithCode2() {
    Path out = dir.resolve("x.pdf");
    assertThat(Cli.run("report", "--db", db, "--month", "2014-13", "--out", out.toString()).exit())
        .isEqualTo(2);
    Cli.Run f =
        Cli.run("report", "--db", db, "--situation", "2", "--format", "docx", "--out", "x.docx");
    assertThat(f.exit()).isEqualTo(2);
    assertThat(f.err()).contains("format must be pdf or html");
  }

  @Test
  void needsExactlyOneOfSituationAndMonth() {
    assertThat(Cli.run("report", "--db", db, "--out", "x.pdf").exit()).isEqualTo(2);
    assertThat(
            Cli.run(
                    "report",
                    "--db",
                    db,
                    "--situation",
                    "2",
                    "--month",
                    "2014-05",
                    "--out",
                    "x.pdf")
                .exit())
        .isEqualTo(2);
  }
}
