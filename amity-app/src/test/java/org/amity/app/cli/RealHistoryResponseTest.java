package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented record of the region's responses (docs/records/asean-responses.jsonl) on the
 * watch's situations over real ICEWS data: the file imports whole, its entries attach to the
 * situations the watch raised for the same episodes, and the gap figures are those stated in
 * docs/response.md.
 */
class RealHistoryResponseTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path RECORD =
      Path.of(System.getProperty("user.dir"))
          .getParent()
          .resolve("docs/records/asean-responses.jsonl");

  @TempDir Path dir;

  private String watched(String kind, Path file) {
    String db = dir.resolve(kind + ".duckdb").toString();
    Cli.Run in = Cli.run("ingest", kind, "--db", db, file.toString());
    assertThat(in.exit()).as(in.err()).isZero();
    Cli.Run w = Cli.run("watch", "--db", db, "--full");
    assertThat(w.exit()).as(w.err()).isZero();
    Cli.Run imp = Cli.run("timeline", "import", "--db", db, "--json", RECORD.toString());
    assertThat(imp.exit()).as(imp.out() + imp.err()).isZero();
    return db;
  }

  private static JsonNode json(String... args) throws Exception {
    Cli.Run r = Cli.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  private static List<Long> ids(JsonNode unanswered) {
    List<Long> out = new ArrayList<>();
    unanswered.forEach(u -> out.add(u.get("situationId").asLong()));
    return out;
  }

  @Test
  void theRecordFileIsWellFormedAndEveryEntryCitesASource() throws Exception {
    List<String> lines = Files.readAllLines(RECORD);
    assertThat(lines).hasSizeGreaterThan(30);
    for (String l : lines) {
      assertThat(JSON.readTree(l).get("source").asText()).as(l).isNotBlank();
    }
  }

  @Test
  void theIcewsDaysOf2014ShowTheOilRigAndCoupAnsweredAndTwoWarningsUnanswered() throws Exception {
    String db =
        watched(
            "icews-daily",
            TestData.file("icews-tkg-sea/icews14s_sea_events_2014-01-01_2014-09-30.csv"));
    JsonNode gap = json("gap", "--db", db, "--json");
    assertThat(gap.get("warnings").asInt()).isEqualTo(4);
    assertThat(gap.get("answered30Count").asInt()).isEqualTo(2);
    assertThat(gap.get("medianDaysToConsultation").asDouble())
        .as("the ministers met the day before the dyad's alert, the coup talks on its day")
        .isZero();
    JsonNode situations = json("situations", "--db", db, "--status", "all", "--json");
    List<String> unansweredSubjects = new ArrayList<>();
    for (JsonNode s : situations) {
      if (ids(gap.get("unanswered")).contains(s.get("id").asLong())) {
        unansweredSubjects.add(s.get("subject").asText());
      }
    }
    assertThat(unansweredSubjects).containsExactlyInAnyOrder("PHL", "VNM");
    long dyad = -1;
    for (JsonNode s : situations) {
      if (s.get("subject").asText().equals("CHN-VNM")) {
        dyad = s.get("id").asLong();
      }
    }
    JsonNode t = json("timeline", "--db", db, "--situation", String.valueOf(dyad), "--json");
    JsonNode outcome = null;
    for (JsonNode e : t) {
      if (e.get("kind").asText().equals("outcome")) {
        outcome = e;
      }
    }
    assertThat(outcome).isNotNull();
    assertThat(outcome.get("outcome").asText()).isEqualTo("de-escalated");
    assertThat(outcome.get("suggestedOutcome").asText()).isEqualTo("de-escalated");
  }

  @Test
  void theSouthChinaSeaMonthsShowTheScarboroughRecordOnTheOpenChinaPhilippinesSituation()
      throws Exception {
    String db =
        watched("series", TestData.file("icews-scs-dyad-month/icews_scs_dyad_month_1991-2012.csv"));
    JsonNode gap = json("gap", "--db", db, "--from", "2010-01-01", "--to", "2012-12-31", "--json");
    // with alerts that end (docs/signals.md), a level held for six months is protracted and a
    // renewed rise is a new warning: the 2011 Reed Bank and 2012 Scarborough rises and the 2012
    // CHN-VNM and CHN-SGP rises are warnings of their own, two of them answered within 90 days
    assertThat(gap.get("warnings").asInt()).isEqualTo(6);
    assertThat(gap.get("answered90Count").asInt()).isEqualTo(2);
    assertThat(gap.get("medianDaysToConsultation").asDouble()).isEqualTo(185.0);
    assertThat(gap.get("medianDaysToAction").asDouble()).isEqualTo(64.5);
    assertThat(gap.get("unanswered")).hasSize(4);
    assertThat(gap.get("unattached").asInt())
        .as("the Preah Vihear responses of 2011: no Cambodia-Thailand series in this file")
        .isEqualTo(4);
  }
}
