package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code amity alerts} and {@code amity situations} on the demo's store: the data's date, the
 * statuses (open, protracted, closed), the filters and pages the API also offers, and unknown ids
 * refused with exit code 2.
 */
class AlertListingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static String db;

  @BeforeAll
  static void runTheDemo() {
    db = dir.resolve("demo.duckdb").toString();
    Cli.Run demo = Cli.run("demo", "--no-serve", "--no-forecast", "--days", "120", "--db", db);
    assertThat(demo.exit()).as(demo.err()).isZero();
  }

  @Test
  void textListsSayHowCurrentTheDataIs() {
    for (String command : List.of("alerts", "situations")) {
      Cli.Run r = Cli.run(command, "--db", db, "--status", "all");
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out().lines().findFirst().orElse(""))
          .as(command)
          .matches("data as of \\d{4}-\\d{2}-\\d{2}");
    }
  }

  @Test
  void theTextListNamesEachAlertsSubjectInWordsBeforeItsCode() throws Exception {
    JsonNode all = JSON.readTree(Cli.run("alerts", "--db", db, "--status", "all", "--json").out());
    Cli.Run text = Cli.run("alerts", "--db", db, "--status", "all");
    assertThat(text.exit()).as(text.err()).isZero();
    for (JsonNode a : all) {
      String line =
          text.out()
              .lines()
              .filter(l -> l.startsWith("#" + a.get("id").asText() + " "))
              .findFirst()
              .orElseThrow();
      assertThat(line)
          .contains(
              a.get("subjectName").asText()
                  + " ("
                  + a.get("scope").asText()
                  + " "
                  + a.get("subject").asText()
                  + ")");
    }
  }

  @Test
  void everyAlertHasAStatusOfOpenProtractedOrClosedAndSaysWhenItBecameProtracted()
      throws Exception {
    Cli.Run r = Cli.run("alerts", "--db", db, "--status", "all", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode all = JSON.readTree(r.out());
    assertThat(all.size()).isPositive();
    for (JsonNode a : all) {
      assertThat(a.get("status").asText()).isIn("open", "protracted", "closed");
      assertThat(a.has("protracted")).isTrue();
      if (a.get("status").asText().equals("protracted")) {
        assertThat(a.get("protracted").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
      }
      assertThat(a.get("statusText").asText()).startsWith(a.get("status").asText());
    }
    int byStatus = 0;
    for (String s : List.of("open", "protracted", "closed")) {
      Cli.Run one = Cli.run("alerts", "--db", db, "--status", s, "--json");
      assertThat(one.exit()).as(one.err()).isZero();
      byStatus += JSON.readTree(one.out()).size();
    }
    assertThat(byStatus).as("open + protracted + closed = all").isEqualTo(all.size());
  }

  @Test
  void listsShowAndSortByTheHighestLevelReachedAndSayTheLevelItCameDownTo() throws Exception {
    JsonNode all = JSON.readTree(Cli.run("alerts", "--db", db, "--status", "all", "--json").out());
    Cli.Run text = Cli.run("alerts", "--db", db, "--status", "all");
    List<String> order = List.of("alert", "warning", "watch");
    int last = 0;
    boolean cameDown = false;
    for (JsonNode a : all) {
      String peak = a.get("peakLevel").asText();
      int rank = order.indexOf(peak);
      assertThat(rank).as("sorted by the highest level reached").isGreaterThanOrEqualTo(last);
      last = rank;
      String line =
          text.out()
              .lines()
              .filter(l -> l.startsWith("#" + a.get("id").asText() + " "))
              .findFirst()
              .orElseThrow();
      assertThat(line).startsWith("#" + a.get("id").asText() + " " + peak + " ");
      assertThat(line).contains(a.get("statusInWords").asText());
      if (!a.get("level").asText().equals(peak)) {
        cameDown = true;
        assertThat(a.get("levelNow").asText()).contains(a.get("level").asText());
        assertThat(line).contains("(" + a.get("levelNow").asText() + ")");
      } else {
        assertThat(a.get("levelNow").isNull()).isTrue();
      }
      if (a.get("status").asText().equals("closed")) {
        assertThat(a.get("statusInWords").asText())
            .startsWith("closed on " + a.get("closed").asText());
      }
    }
    assertThat(cameDown).as("the demo holds an alert that came down from its peak").isTrue();
  }

  @Test
  void pagesSayWhichPageOfHowMany() throws Exception {
    int total =
        JSON.readTree(Cli.run("alerts", "--db", db, "--status", "all", "--json").out()).size();
    Cli.Run r = Cli.run("alerts", "--db", db, "--status", "all", "--limit", "2");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("page 1 of " + ((total + 1) / 2) + " (" + total + " alerts in all)");
  }

  @Test
  void filtersByScopeSubjectAndDateRange() throws Exception {
    JsonNode dyads =
        JSON.readTree(
            Cli.run("alerts", "--db", db, "--status", "all", "--scope", "dyad", "--json").out());
    dyads.forEach(a -> assertThat(a.get("scope").asText()).isEqualTo("dyad"));
    JsonNode none =
        JSON.readTree(
            Cli.run("alerts", "--db", db, "--status", "all", "--to", "1990-01-01", "--json").out());
    assertThat(none).as("nothing opened before 1990").isEmpty();
    JsonNode later =
        JSON.readTree(
            Cli.run("alerts", "--db", db, "--status", "all", "--from", "2099-01-01", "--json")
                .out());
    later.forEach(
        a ->
            assertThat(a.get("status").asText())
                .as("only alerts not closed are still ongoing in 2099")
                .isIn("open", "protracted"));
    JsonNode all = JSON.readTree(Cli.run("alerts", "--db", db, "--status", "all", "--json").out());
    String subject = all.get(0).get("subject").asText();
    JsonNode one =
        JSON.readTree(
            Cli.run("alerts", "--db", db, "--status", "all", "--subject", subject, "--json").out());
    assertThat(one).isNotEmpty();
    one.forEach(a -> assertThat(a.get("subject").asText()).isEqualTo(subject));
  }

  @Test
  void aBadDateOrStatusIsAUsageError() {
    Cli.Run date = Cli.run("alerts", "--db", db, "--from", "2014-13-40");
    assertThat(date.exit()).isEqualTo(2);
    assertThat(date.err()).contains("not a date: 2014-13-40 (use YYYY-MM-DD)");
    Cli.Run status = Cli.run("situations", "--db", db, "--status", "maybe");
    assertThat(status.exit()).isEqualTo(2);
    assertThat(status.err()).contains("open, protracted, closed or all");
  }

  @Test
  void unknownAlertAndSituationIdsExitTwoWithAMessage() {
    String[][] cases = {
      {"alerts", "--id", "99999"},
      {"situations", "--id", "99999"},
      {"recommend", "--situation", "99999"},
      {"timeline", "--situation", "99999"},
    };
    for (String[] c : cases) {
      String[] args = new String[c.length + 2];
      System.arraycopy(c, 0, args, 0, c.length);
      args[c.length] = "--db";
      args[c.length + 1] = db;
      Cli.Run r = Cli.run(args);
      assertThat(r.exit()).as(String.join(" ", c) + ": " + r.err()).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", c)).contains("99999");
    }
  }

  @Test
  void aKnownIdPrintsThatOneWhateverItsStatus() throws Exception {
    JsonNode all = JSON.readTree(Cli.run("alerts", "--db", db, "--status", "all", "--json").out());
    long id = all.get(all.size() - 1).get("id").asLong();
    JsonNode one = JSON.readTree(Cli.run("alerts", "--db", db, "--id", "" + id, "--json").out());
    assertThat(one).hasSize(1);
    assertThat(one.get(0).get("id").asLong()).isEqualTo(id);
    JsonNode sits =
        JSON.readTree(Cli.run("situations", "--db", db, "--status", "all", "--json").out());
    assertThat(sits.get(0).has("stale")).isTrue();
    long sid = sits.get(0).get("id").asLong();
    Cli.Run s = Cli.run("situations", "--db", db, "--id", "" + sid);
    assertThat(s.exit()).as(s.err()).isZero();
    assertThat(s.out()).contains("#" + sid + " ");
  }

  @Test
  void oneSituationInJsonIsTheApisDetailWithItsAlertsEvidenceAndNotes() throws Exception {
    JsonNode all = JSON.readTree(Cli.run("alerts", "--db", db, "--status", "all", "--json").out());
    JsonNode sits =
        JSON.readTree(Cli.run("situations", "--db", db, "--status", "all", "--json").out());
    long sid = sits.get(0).get("id").asLong();
    assertThat(sits.get(0).has("alerts")).as("a list leaves the alerts out").isFalse();
    Cli.Run r = Cli.run("situations", "--db", db, "--id", "" + sid, "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode one = JSON.readTree(r.out()).get(0);
    java.util.List<Long> expected = new java.util.ArrayList<>();
    all.forEach(
        a -> {
          if (a.path("situationId").asLong() == sid) {
            expected.add(a.get("id").asLong());
          }
        });
    java.util.List<Long> listed = new java.util.ArrayList<>();
    one.get("alerts").forEach(a -> listed.add(a.get("id").asLong()));
    assertThat(listed).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
    assertThat(one.at("/alerts/0/evidence").isArray()).isTrue();
    assertThat(one.at("/alerts/0/acknowledgements").isArray()).isTrue();
    assertThat(one.get("notes").isArray()).isTrue();
    assertThat(one.has("dataAsOf")).isTrue();
  }

  @Test
  void situationsOfADateRangeAreTheOnesTheAlertsOfThatRangeBelongTo() throws Exception {
    JsonNode sits =
        JSON.readTree(Cli.run("situations", "--db", db, "--status", "all", "--json").out());
    JsonNode first = sits.get(0);
    String day = first.get("opened").asText();
    JsonNode ranged =
        JSON.readTree(
            Cli.run(
                    "situations",
                    "--db",
                    db,
                    "--status",
                    "all",
                    "--from",
                    day,
                    "--to",
                    day,
                    "--json")
                .out());
    java.util.List<Long> ids = new java.util.ArrayList<>();
    ranged.forEach(n -> ids.add(n.get("id").asLong()));
    assertThat(ids).contains(first.get("id").asLong());
    for (JsonNode n : ranged) {
      assertThat(n.get("opened").asText()).isLessThanOrEqualTo(day);
      assertThat(
              n.path("closed").isNull()
                  || n.path("closed").isMissingNode()
                  || n.get("closed").asText().compareTo(day) >= 0)
          .isTrue();
    }
    Cli.Run bad = Cli.run("situations", "--db", db, "--from", "2014-05-01", "--to", "2014-01-01");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("ends");
  }

  @Test
  void anEvidenceItemListsTheStoredRowsItsCountStandsFor() throws Exception {
    JsonNode all = JSON.readTree(Cli.run("alerts", "--db", db, "--status", "all", "--json").out());
    long id = 0;
    int k = 0;
    int reports = 0;
    for (JsonNode a : all) {
      JsonNode ev = a.get("evidence");
      for (int i = 0; i < ev.size() && id == 0; i++) {
        if (ev.get(i).get("reports").asInt() > 1) {
          id = a.get("id").asLong();
          k = i + 1;
          reports = ev.get(i).get("reports").asInt();
        }
      }
    }
    assertThat(id).as("an item of several reports in the demo").isPositive();
    Cli.Run json = Cli.run("alerts", "--db", db, "--id", "" + id, "--evidence", "" + k, "--json");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode r = JSON.readTree(json.out());
    assertThat(r.get("count").asInt()).isEqualTo(reports);
    assertThat(r.get("reports").asInt()).isEqualTo(reports);
    assertThat(r.get("records")).hasSize(reports);
    assertThat(r.at("/records/0/shown").asBoolean()).isTrue();
    assertThat(r.at("/records/0/nativeId").asText()).isEqualTo(r.at("/evidence/nativeId").asText());
    assertThat(r.at("/records/0/inWords").asText()).contains("(" + r.at("/evidence/code").asText());
    Cli.Run text = Cli.run("alerts", "--db", db, "--id", "" + id, "--evidence", "" + k);
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out()).startsWith("alert #" + id + ", evidence item " + k + ": ");
    assertThat(text.out()).contains(reports + " rows stored, drawn from ");
    java.util.List<String> rows =
        text.out().lines().filter(l -> l.matches("[* ] \\d{4}-\\d{2}-\\d{2} .*")).toList();
    assertThat(rows).hasSize(reports);
    assertThat(rows.get(0)).startsWith("* ").contains(r.at("/records/0/nativeId").asText());
    assertThat(rows.subList(1, rows.size())).allSatisfy(l -> assertThat(l).startsWith("  "));
  }

  @Test
  void anUnknownEvidenceItemIsRefusedLikeAnUnknownAlert() throws Exception {
    JsonNode all = JSON.readTree(Cli.run("alerts", "--db", db, "--status", "all", "--json").out());
    JsonNode a = all.get(0);
    int n = a.get("evidence").size();
    String id = a.get("id").asText();
    Cli.Run beyond = Cli.run("alerts", "--db", db, "--id", id, "--evidence", "" + (n + 1));
    assertThat(beyond.exit()).as(beyond.err()).isEqualTo(2);
    assertThat(beyond.err()).contains("alert " + id + " has ", "not " + (n + 1));
    Cli.Run json = Cli.run("alerts", "--db", db, "--id", "99999", "--evidence", "1", "--json");
    assertThat(json.exit()).isEqualTo(2);
    assertThat(json.err()).contains("no alert 99999");
    assertThat(JSON.readTree(json.out()).at("/error/message").asText()).contains("no alert 99999");
    Cli.Run alone = Cli.run("alerts", "--db", db, "--evidence", "1");
    assertThat(alone.exit()).isEqualTo(2);
    assertThat(alone.err()).contains("--evidence needs --id");
    Cli.Run zero = Cli.run("alerts", "--db", db, "--id", id, "--evidence", "0");
    assertThat(zero.exit()).isEqualTo(2);
    assertThat(zero.err()).contains("positive");
  }
}
