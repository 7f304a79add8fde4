package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.amity.app.report.ReportFixture;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports on real history: the ICEWS days of 2014 watched, the region's documented record
 * (docs/records/asean-responses.jsonl) imported, then the China-Vietnam oil-rig situation's report
 * and the May 2014 watch list printed to PDF and read back.
 */
class RealHistoryReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path RECORD =
      Path.of(System.getProperty("user.dir"))
          .getParent()
          .resolve("docs/records/asean-responses.jsonl");

  @TempDir Path dir;

  /** Whitespace collapsed and line breaks after hyphens joined, as PDF text extraction needs. */
  private static String flat(String s) {
    return s.replaceAll("\\s+", " ").replaceAll("- ", "-");
  }

  private static JsonNode json(String... args) throws Exception {
    Cli.Run r = Cli.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  @Test
  void theOilRigReportHoldsItsTitleThePrincipleChecksAndTheRecordedResponses() throws Exception {
    Path events = TestData.file("icews-tkg-sea/icews14s_sea_events_2014-01-01_2014-09-30.csv");
    String db = dir.resolve("icews.duckdb").toString();
    assertThat(Cli.run("ingest", "icews-daily", "--db", db, events.toString()).exit()).isZero();
    assertThat(Cli.run("watch", "--db", db, "--full").exit()).isZero();
    assertThat(Cli.run("timeline", "import", "--db", db, RECORD.toString()).exit()).isZero();
    JsonNode dyad = null;
    for (JsonNode s : json("situations", "--db", db, "--status", "all", "--json")) {
      if (s.get("subject").asText().equals("CHN-VNM")) {
        dyad = s;
      }
    }
    assertThat(dyad).as("the watch raises the China-Vietnam situation of May 2014").isNotNull();
    String id = dyad.get("id").asText();
    Path pdf = dir.resolve("oil-rig.pdf");
    Cli.Run r = Cli.run("report", "--db", db, "--situation", id, "--out", pdf.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    ReportFixture.keep("icews-2014-china-vietnam.pdf", Files.readAllBytes(pdf));
    String text = flat(ReportFixture.text(Files.readAllBytes(pdf)));
    assertThat(text)
        .contains(flat(dyad.get("title").asText()))
        .contains("Diplomatic means")
        .contains("International law")
        .contains("Evidence in words")
        .contains("Days from first warning to first consultation");
    int recorded = 0;
    for (JsonNode e : json("timeline", "--db", db, "--situation", id, "--json")) {
      if (e.hasNonNull("text") && e.get("origin").asText().startsWith("import")) {
        String t = flat(e.get("text").asText());
        assertThat(text).contains(t.substring(0, Math.min(60, t.length())));
        recorded++;
      }
    }
    assertThat(recorded).as("the record's oil-rig entries attach to the situation").isPositive();

    Path month = dir.resolve("2014-05.pdf");
    assertThat(
            Cli.run("report", "--db", db, "--month", "2014-05", "--out", month.toString()).exit())
        .isZero();
    assertThat(flat(ReportFixture.text(Files.readAllBytes(month))))
        .contains("Regional watch list 2014-05")
        .contains(flat(dyad.get("title").asText()));
  }
}
