package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestConflictCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private String db() {
    return dir.resolve("amity.duckdb").toString();
  }

  private JsonNode json(Cli.Run r) throws Exception {
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  @Test
  void ingestsAcledAndUcdpGedAndShowsThemInStats() throws Exception {
    Path acled = TestData.file("acled/acled_indonesia_2019-2020.csv");
    Path legacy = TestData.file("acled/acled_asia2015_sea_legacy.csv");
    Path ged = TestData.file("ucdp-ged/ged_hdx_philippines_1989-2021.csv");
    JsonNode a =
        json(
            Cli.run(
                "ingest", "acled", "--db", db(), "--json", acled.toString(), legacy.toString()));
    assertThat(a.get("accepted").asLong()).isEqualTo(2_922 + 930);
    assertThat(a.get("results").get(0).get("format").asText()).isEqualTo("ACLED_CSV");
    JsonNode g = json(Cli.run("ingest", "ucdp-ged", "--db", db(), "--json", ged.toString()));
    assertThat(g.get("accepted").asLong()).isEqualTo(4_035);
    JsonNode again = json(Cli.run("ingest", "ucdp-ged", "--db", db(), "--json", ged.toString()));
    assertThat(again.get("duplicates").asLong()).isEqualTo(4_035);
    JsonNode stats = json(Cli.run("stats", "--db", db(), "--json"));
    assertThat(stats.get("datasets").get("acled").asLong()).isEqualTo(3_852);
    assertThat(stats.get("datasets").get("ucdp-ged").asLong()).isEqualTo(4_035);
  }

  @Test
  void regionFilterKeepsOnlyTheNamedCountries() throws Exception {
    Path legacy = TestData.file("acled/acled_asia2015_sea_legacy.csv");
    JsonNode j =
        json(
            Cli.run(
                "ingest", "acled", "--db", db(), "--region", "THA", "--json", legacy.toString()));
    assertThat(j.get("accepted").asLong()).isEqualTo(229);
    assertThat(j.get("filtered").asLong()).isEqualTo(930 - 229);
  }

  @Test
  void ingestsAWrittenPolecatFileAndFailsAFileOfAnotherKind() throws Exception {
    String header =
        "Event ID\tEvent Date\tEvent Type\tEvent Mode\tEvent Intensity\tContexts\tActor Name\t"
            + "Actor Country\tRecipient Name\tRecipient Country\tCountry\tLatitude\tLongitude";
    String row =
        "p1\t2023-03-02\tPROTEST\triot\t-7\tNone\tProtesters\tTHA\tPolice\tTHA\tTHA\t13.75\t100.5";
    Path file = dir.resolve("polecat.txt");
    Files.writeString(file, header + "\n" + row + "\n", StandardCharsets.UTF_8);
    JsonNode j = json(Cli.run("ingest", "polecat", "--db", db(), "--json", file.toString()));
    assertThat(j.get("accepted").asLong()).isEqualTo(1);

    Cli.Run wrong =
        Cli.run(
            "ingest",
            "polecat",
            "--db",
            db(),
            TestData.file("acled/acled_asia2015_sea_legacy.csv").toString());
    assertThat(wrong.exit()).isEqualTo(1);
    assertThat(wrong.out()).contains("not a POLECAT file");
  }

  @Test
  void aFileReadAgainWithReplaceTakesThePlaceOfItsStoredRows() throws Exception {
    String header =
        "Event ID\tEvent Date\tEvent Type\tEvent Mode\tEvent Intensity\tContexts\tActor Name\t"
            + "Actor Country\tRecipient Name\tRecipient Country\tCountry\tLatitude\tLongitude";
    Path file = dir.resolve("polecat.txt");
    Files.writeString(
        file,
        header
            + "\np1\t2023-03-02\tPROTEST\triot\t-7\tNone\tProtesters\tTHA\tPolice\tTHA\tTHA"
            + "\t13.75\t100.5\np2\t2023-03-03\tPROTEST\triot\t-7\tNone\tProtesters\tTHA\tPolice"
            + "\tTHA\tTHA\t13.75\t100.5\n",
        StandardCharsets.UTF_8);
    json(Cli.run("ingest", "polecat", "--db", db(), "--json", file.toString()));
    // the same records as a corrected export gives them: the first now an assault
    Files.writeString(
        file,
        Files.readString(file)
            .replace("p1\t2023-03-02\tPROTEST\triot", "p1\t2023-03-02\tASSAULT\tbeat"),
        StandardCharsets.UTF_8);
    JsonNode plain = json(Cli.run("ingest", "polecat", "--db", db(), "--json", file.toString()));
    assertThat(plain.get("duplicates").asLong()).isEqualTo(2);
    assertThat(plain.has("replaced")).isFalse();
    String before = Cli.run("events", "--db", db(), "--format", "json").out();

    JsonNode replaced =
        json(Cli.run("ingest", "polecat", "--db", db(), "--replace", "--json", file.toString()));
    assertThat(replaced.get("replaced").asLong()).isEqualTo(2);
    assertThat(replaced.get("accepted").asLong()).isEqualTo(2);
    assertThat(replaced.get("duplicates").asLong()).isZero();
    JsonNode stats = json(Cli.run("stats", "--db", db(), "--json"));
    assertThat(stats.get("datasets").get("polecat").asLong()).as("nothing doubled").isEqualTo(2);
    String after = Cli.run("events", "--db", db(), "--format", "json").out();
    assertThat(after).isNotEqualTo(before);

    Cli.Run words = Cli.run("ingest", "polecat", "--db", db(), "--replace", file.toString());
    assertThat(words.exit()).isZero();
    assertThat(words.out()).contains("replaced 2 stored row(s)");
    assertThat(Cli.run("ingest", "series", "--help").out()).doesNotContain("--replace");
  }

  @Test
  void alertsOnUcdpGedShowTheDeathsOfTheirEvidenceInJsonAndInWords() throws Exception {
    Path ged = TestData.file("ucdp-ged/ged_hdx_philippines_1989-2021.csv");
    json(Cli.run("ingest", "ucdp-ged", "--db", db(), "--json", ged.toString()));
    assertThat(Cli.run("watch", "--db", db()).exit()).isZero();
    JsonNode alerts = json(Cli.run("alerts", "--db", db(), "--status", "all", "--json"));
    JsonNode first = null;
    for (JsonNode a : alerts) {
      for (JsonNode e : a.get("evidence")) {
        if (first == null) {
          first = e;
        }
      }
    }
    assertThat(first).as(alerts.toString()).isNotNull();
    assertThat(first.get("dataset").asText()).isEqualTo("ucdp-ged");
    assertThat(first.get("deaths").get("best").isInt()).isTrue();
    assertThat(first.get("deathsInWords").asText()).contains("killed");
    Cli.Run text = Cli.run("alerts", "--db", db(), "--status", "all");
    assertThat(text.out()).contains(" killed");

    // the situation report's evidence gives the dead too (audit6 J8)
    JsonNode withEvidence = null;
    for (JsonNode a : alerts) {
      if (a.get("evidenceCount").asInt() > 0 && !a.get("situationId").isNull()) {
        withEvidence = a;
        break;
      }
    }
    assertThat(withEvidence).as(alerts.toString()).isNotNull();
    Path html = dir.resolve("ged-report.html");
    Cli.Run report =
        Cli.run(
            "report",
            "--db",
            db(),
            "--situation",
            withEvidence.get("situationId").asText(),
            "--out",
            html.toString());
    assertThat(report.exit()).as(report.err()).isZero();
    assertThat(java.nio.file.Files.readString(html))
        .contains("; " + withEvidence.get("evidence").get(0).get("deathsInWords").asText());
  }
}
