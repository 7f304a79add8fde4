package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence reads in words wherever it is shown: the demo prints who did what to whom, and {@code
 * amity alerts} gives the event's description and the actors' names beside the codes.
 */
class EvidenceInWordsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static Cli.Run demo;
  private static String db;

  @BeforeAll
  static void runTheDemo() {
    db = dir.resolve("demo.duckdb").toString();
    demo = Cli.run("demo", "--no-serve", "--no-forecast", "--days", "120", "--db", db);
  }

  @Test
  void theDemoPrintsEvidenceInWordsNotBareCodes() {
    assertThat(demo.exit()).as(demo.err()).isZero();
    assertThat(demo.out()).contains("\u2192").doesNotContainPattern("[A-Z]{3} -> - \\d+");
    assertThat(demo.out()).containsPattern(": [a-z][a-z ,]+ \\(\\d{3,4}\\)");
  }

  @Test
  void theDemoEndsWithASituationReportPdfThatOpensWithTheEvidenceInWords() throws Exception {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("Situation report \\(PDF, [0-9,]+ bytes\\): (\\S+)")
            .matcher(demo.out());
    assertThat(m.find()).as(demo.out()).isTrue();
    java.nio.file.Path pdf = java.nio.file.Path.of(m.group(1));
    assertThat(pdf.getParent()).isEqualTo(dir.toAbsolutePath());
    String text =
        org.amity.app.report.ReportFixture.text(java.nio.file.Files.readAllBytes(pdf))
            .replaceAll("\\s+", " ");
    assertThat(text).contains("Evidence in words").contains("Response timeline");
    assertThat(text).contains("[simulated]").containsPattern("\\d{4}-\\d{2}-\\d{2}");
  }

  @Test
  void alertsJsonEvidenceCarriesDescriptionAndActorNames() throws Exception {
    Cli.Run a = Cli.run("alerts", "--db", db, "--status", "all", "--json");
    assertThat(a.exit()).as(a.err()).isZero();
    int seen = 0;
    for (JsonNode alert : JSON.readTree(a.out())) {
      for (JsonNode e : alert.get("evidence")) {
        seen++;
        assertThat(e.get("description").asText()).as(e.toString()).isNotBlank();
        assertThat(e.has("sourceName") && e.has("targetName")).as(e.toString()).isTrue();
        assertThat(e.get("code").asText()).isNotBlank();
      }
    }
    assertThat(seen).isPositive();
  }

  @Test
  void alertsInTextModePrintTheirEvidence() {
    Cli.Run a = Cli.run("alerts", "--db", db, "--status", "all");
    assertThat(a.exit()).as(a.err()).isZero();
    // news reports of one incident are counted as reports (a record of ACLED, UCDP GED or the
    // piracy files as an event recorded: Evidence.reportsInWords)
    assertThat(a.out()).contains("\u2192").containsPattern("; [0-9]+ reports?\\b");
  }
}
