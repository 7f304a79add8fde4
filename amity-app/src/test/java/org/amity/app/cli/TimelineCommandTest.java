package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amity.app.web.SignalFixtures;
import org.amity.store.duckdb.DuckDbEventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code amity timeline}, {@code timeline add}, {@code timeline import} and {@code gap}. */
class TimelineCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private String db;

  @BeforeEach
  void store() throws Exception {
    db = dir.resolve("t.duckdb").toString();
    try (DuckDbEventStore s = DuckDbEventStore.open(Path.of(db))) {
      SignalFixtures.insert(s.connection());
    }
  }

  @Test
  void addsAnEntryAndShowsItAfterTheWarningInJson() throws Exception {
    Cli.Run add =
        Cli.run(
            "timeline",
            "add",
            "--db",
            db,
            "--situation",
            "2",
            "--kind",
            "action",
            "--instrument",
            "adi",
            "--measure",
            "hotline",
            "--date",
            "2014-05-15",
            "--text",
            "hotline call",
            "--author",
            "ana");
    assertThat(add.exit()).as(add.err()).isZero();
    Cli.Run show = Cli.run("timeline", "--db", db, "--situation", "2", "--json");
    JsonNode t = JSON.readTree(show.out());
    assertThat(t.get(0).get("kind").asText()).isEqualTo("warning");
    assertThat(t.get(1).get("instrument").asText()).isEqualTo("adi");
    assertThat(t.get(1).get("author").asText()).isEqualTo("ana");
    // in words, who recorded each entry: the watch's own entries do not read as a level
    String text = Cli.run("timeline", "--db", db, "--situation", "2").out();
    assertThat(text)
        .contains("(recorded by the Amity watch)")
        .contains("hotline call  (recorded by ana)")
        .doesNotContain("(watch, watch)");
  }

  @Test
  void refusesAMeasureTheInstrumentDoesNotOfferWithExitCode2() {
    Cli.Run add =
        Cli.run(
            "timeline",
            "add",
            "--db",
            db,
            "--situation",
            "2",
            "--kind",
            "proposal",
            "--instrument",
            "adi",
            "--measure",
            "sanctions");
    assertThat(add.exit()).isEqualTo(2);
    assertThat(add.err()).contains("does not offer measure 'sanctions'");
  }

  @Test
  void importRefusesAFileWithABadLineNamingItAndStoresNothing() throws Exception {
    Path f = dir.resolve("r.jsonl");
    Files.write(
        f,
        List.of(
            "{\"situation\":2,\"kind\":\"consultation\",\"date\":\"2014-05-20\",\"track\":1}",
            "{\"situation\":2,\"kind\":\"outcome\",\"date\":\"2014-06-20\",\"outcome\":\"calmer\"}"));
    Cli.Run r = Cli.run("timeline", "import", "--db", db, f.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("r.jsonl:2: ").contains("nothing stored");
    Cli.Run show = Cli.run("timeline", "--db", db, "--situation", "2", "--json");
    assertThat(JSON.readTree(show.out()).findValuesAsText("kind")).doesNotContain("consultation");
  }

  @Test
  void theGapCountsAnImportedConsultation() throws Exception {
    Path f = dir.resolve("r.jsonl");
    Files.write(
        f,
        List.of(
            "{\"scope\":\"dyad\",\"subject\":\"CHN-PHL\",\"kind\":\"consultation\","
                + "\"date\":\"2014-04-25\",\"body\":\"asean-fmm\"}"));
    assertThat(Cli.run("timeline", "import", "--db", db, f.toString()).exit()).isZero();
    Cli.Run gap = Cli.run("gap", "--db", db, "--json");
    assertThat(gap.exit()).as(gap.err()).isZero();
    JsonNode g = JSON.readTree(gap.out());
    assertThat(g.get("warnings").asInt()).isEqualTo(2);
    assertThat(g.get("answered30").asDouble()).isEqualTo(0.5);
    assertThat(g.get("medianDaysToConsultation").asDouble())
        .as("10 April to 25 April")
        .isEqualTo(15);
    assertThat(g.get("unanswered").get(0).get("situationId").asLong())
        .isEqualTo(SignalFixtures.THAILAND);
  }

  /**
   * Audit of the thirty-first round: the gap page read "The Amity watch raised a alert on
   * 2014-05-01", a date that is the day the situation's first alert that reached warning opened,
   * not the day it reached it, and an article that did not fit. The words now come with the API's
   * and the command's answer (one piece of code), saying what the date and the level are.
   */
  @Test
  void anUnansweredWarningSaysInWordsWhatItsDateAndLevelAre() throws Exception {
    String words =
        "Its first alert to reach warning level or above opened on 2014-05-01 (highest level"
            + " reached: alert); no consultation or action is recorded for this situation.";
    Cli.Run gap = Cli.run("gap", "--db", db, "--json");
    assertThat(gap.exit()).as(gap.err()).isZero();
    JsonNode u = JSON.readTree(gap.out()).get("unanswered");
    JsonNode thailand = null;
    for (JsonNode x : u) {
      if (x.get("situationId").asLong() == SignalFixtures.THAILAND) {
        thailand = x;
      }
    }
    assertThat(thailand).isNotNull();
    assertThat(thailand.path("inWords").asText()).isEqualTo(words);
    Cli.Run text = Cli.run("gap", "--db", db);
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out()).contains(words);
  }

  /**
   * Audit5 I11: the gap said "responses with no situation around them: 14" while {@code timeline
   * --unattached} listed 24; it counts only consultations and actions, and now says so beside the
   * count of every unattached entry.
   */
  @Test
  void theGapSaysItsUnattachedCountIsOfConsultationsAndActions() throws Exception {
    Cli.Run text = Cli.run("gap", "--db", db);
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out())
        .containsPattern(
            "consultations and actions with no situation around them: \\d+ \\(of \\d+"
                + " entr(y|ies) of any kind with no situation around them, as amity timeline"
                + " --unattached lists them\\)")
        .doesNotContain("responses with no situation around them");
    JsonNode g = JSON.readTree(Cli.run("gap", "--db", db, "--json").out());
    assertThat(g.path("unattachedEntries").isInt()).isTrue();
    assertThat(g.get("unattachedEntries").asInt())
        .isGreaterThanOrEqualTo(g.get("unattached").asInt());
  }

  /**
   * Audit of the thirty-first round: the gap's tables printed Java maps of raw keys ("instrument
   * asean-fmm: {actions=1}", "threat type inter-state: {answered90=1, warnings=2}"). They now read
   * in words, from the same code as the API's names.
   */
  @Test
  void theGapsTablesReadInWordsWithTheInstrumentsName() throws Exception {
    Path f = dir.resolve("a.jsonl");
    Files.write(
        f,
        List.of(
            "{\"scope\":\"dyad\",\"subject\":\"CHN-PHL\",\"kind\":\"action\","
                + "\"date\":\"2014-04-25\",\"instrument\":\"asean-fmm\",\"text\":\"the ministers met\"}"));
    Cli.Run imported = Cli.run("timeline", "import", "--db", db, f.toString());
    assertThat(imported.exit()).as(imported.err() + imported.out()).isZero();
    Cli.Run text = Cli.run("gap", "--db", db);
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("instrument ASEAN Foreign Ministers' Meeting")
        .contains("(asean-fmm): 1 action")
        .containsPattern("threat type [a-z-]+: \\d+ warnings?(,|\n)")
        .doesNotContain("{")
        .doesNotContain("answered90");
    JsonNode g = JSON.readTree(Cli.run("gap", "--db", db, "--json").out());
    assertThat(g.get("instrumentNames").get("asean-fmm").asText())
        .startsWith("ASEAN Foreign Ministers' Meeting");
    assertThat(g.get("countWords").get("actions").asText()).isEqualTo("actions");
  }
}
