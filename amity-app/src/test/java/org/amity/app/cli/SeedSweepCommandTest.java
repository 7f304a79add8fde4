package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code amity evaluate --seeds A-B}: the chain per seed, and the spread over the seeds. */
class SeedSweepCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final SeedsReport.Protocol ONE_YEAR =
      new SeedsReport.Protocol(
          java.time.LocalDate.of(2025, 1, 1), 365, 0, "plain", "watch", "shipped");

  @Test
  void parsesARangeOrASingleSeed() {
    assertThat(SeedRange.parse("301-303")).containsExactly(301L, 302L, 303L);
    assertThat(SeedRange.parse(" 24 ")).containsExactly(24L);
  }

  @Test
  void rejectsARangeThatEndsBeforeItStartsOrIsNotANumber() {
    assertThatThrownBy(() -> SeedRange.parse("20-10")).hasMessageContaining("ends before");
    assertThatThrownBy(() -> SeedRange.parse("a-b")).hasMessageContaining("whole numbers");
  }

  @Test
  void needsEitherATruthFileOrSeedsButNotBoth() {
    Cli.Run neither = Cli.run("evaluate");
    assertThat(neither.exit()).isEqualTo(2);
    assertThat(neither.err()).contains("--truth FILE or --seeds A-B");
    Cli.Run both = Cli.run("evaluate", "--truth", "t.json", "--seeds", "1-2");
    assertThat(both.exit()).isEqualTo(2);
  }

  @Test
  void runsEachSeedThroughTheWholeChainAndReportsTheSpread() throws Exception {
    Cli.Run r = Cli.run("evaluate", "--seeds", "3-4", "--days", "60", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode report = JSON.readTree(r.out());
    assertThat(report.get("seeds")).hasSize(2);
    JsonNode first = report.get("seeds").get(0);
    assertThat(first.get("seed").asLong()).isEqualTo(3);
    assertThat(first.get("episodes").asInt()).isPositive();
    int detected =
        first.get("detected").asInt() + report.get("seeds").get(1).get("detected").asInt();
    int episodes =
        first.get("episodes").asInt() + report.get("seeds").get(1).get("episodes").asInt();
    JsonNode all = report.get("pooled").get(0);
    assertThat(all.get("group").asText()).isEqualTo("all");
    assertThat(all.get("episodes").asInt()).isEqualTo(episodes);
    assertThat(all.get("detected").asInt()).isEqualTo(detected);
    assertThat(report.get("recall").get("n").asInt()).isEqualTo(2);
    assertThat(report.get("recall").get("min").asDouble())
        .isLessThanOrEqualTo(report.get("recall").get("max").asDouble());
    assertThat(report.get("targets").get("seeds").asInt()).isEqualTo(2);
    assertThat(r.err()).contains("[seed 3, 1 of 2] simulating", "[seed 4, 2 of 2] watching");
  }

  @Test
  void thePlainEngineGivesEverySeedTheFiguresOfTheStoreChain() throws Exception {
    Cli.Run store = Cli.run("evaluate", "--seeds", "5", "--days", "90", "--json");
    Cli.Run plain =
        Cli.run("evaluate", "--seeds", "5", "--days", "90", "--engine", "plain", "--json");
    assertThat(store.exit()).as(store.err()).isZero();
    assertThat(plain.exit()).as(plain.err()).isZero();
    JsonNode a = JSON.readTree(store.out()).get("seeds").get(0);
    JsonNode b = JSON.readTree(plain.out()).get("seeds").get(0);
    assertThat(a.get("alerts").asInt()).as("a 90-day run raises alerts").isPositive();
    assertThat(b).isEqualTo(a);
    assertThat(plain.err()).contains("[seed 5, 1 of 1] detecting");
  }

  @Test
  void withHistoryTheRunStartsEarlierAndOnlyTheDaysFromStartAreScored() throws Exception {
    Cli.Run r =
        Cli.run(
            "evaluate",
            "--seeds",
            "6",
            "--days",
            "60",
            "--history",
            "90",
            "--start",
            "2025-04-01",
            "--engine",
            "plain",
            "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode report = JSON.readTree(r.out());
    JsonNode protocol = report.get("protocol");
    assertThat(protocol.get("start").asText()).isEqualTo("2025-04-01");
    assertThat(protocol.get("days").asInt()).isEqualTo(60);
    assertThat(protocol.get("historyDays").asInt()).isEqualTo(90);
    assertThat(protocol.get("engine").asText()).isEqualTo("plain");
    // False alerts are counted per country-year of the 60 scored days, not of the 150 simulated.
    JsonNode seed = report.get("seeds").get(0);
    assertThat(seed.get("falseAlertsPerCountryYear").asDouble())
        .isCloseTo(seed.get("falseAlerts").asInt() / (11 * 60 / 365.0), within(0.001));
    Cli.Run text =
        Cli.run("evaluate", "--seeds", "6", "--days", "60", "--history", "90", "--engine", "plain");
    assertThat(text.out())
        .contains("after 90 days of history read but not scored", "false alerts by lens: ");
  }

  @Test
  void withHistoryBothEnginesScoreTheSameAlerts() throws Exception {
    String[] common = {"evaluate", "--seeds", "5", "--days", "75", "--history", "75", "--json"};
    Cli.Run store = Cli.run(common);
    String[] plainArgs = java.util.Arrays.copyOf(common, common.length + 2);
    plainArgs[common.length] = "--engine";
    plainArgs[common.length + 1] = "plain";
    Cli.Run plain = Cli.run(plainArgs);
    assertThat(store.exit()).as(store.err()).isZero();
    assertThat(plain.exit()).as(plain.err()).isZero();
    JsonNode a = JSON.readTree(store.out()).get("seeds").get(0);
    JsonNode b = JSON.readTree(plain.out()).get("seeds").get(0);
    assertThat(a.get("episodes").asInt()).as("the scored days hold episodes").isPositive();
    assertThat(a.get("alerts").asInt()).as("and alerts").isPositive();
    assertThat(b).isEqualTo(a);
  }

  @Test
  void rejectsAnUnknownEngine() {
    Cli.Run r = Cli.run("evaluate", "--seeds", "5", "--engine", "spark");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--engine must be store or plain");
  }

  @Test
  void theSpreadTakesTheMiddleOfAnEvenNumberOfSeedsAndEachTargetIsCountedPerSeed() {
    SeedsReport report =
        SeedsReport.of(
            ONE_YEAR,
            List.of(1L, 2L),
            List.of(
                EvaluationFixtures.withRecall(0.5, 0.9, 0.1),
                EvaluationFixtures.withRecall(1.0, 0.7, 0.4)));
    assertThat(report.recall().median()).isEqualTo(0.75);
    assertThat(report.recall().min()).isEqualTo(0.5);
    assertThat(report.targets()).isEqualTo(new SeedsReport.Targets(2, 1, 1, 1, 0));
  }

  @Test
  void theFalseAlertsOfEveryLensAreSummedOverTheSeedsMostFirst() {
    SeedsReport report =
        SeedsReport.of(
            ONE_YEAR,
            List.of(1L, 2L),
            List.of(
                EvaluationFixtures.withRecall(
                    1.0, 0.9, 0.1, java.util.Map.of("coercion_7d", 1, "conflict_7d", 2)),
                EvaluationFixtures.withRecall(
                    1.0, 0.9, 0.1, java.util.Map.of("coercion_7d", 2, "dyad_conflict_7d", 3))));
    assertThat(report.falseAlertsByLens().entrySet())
        .extracting(e -> e.getKey() + " " + e.getValue())
        .containsExactly("coercion_7d 3", "dyad_conflict_7d 3", "conflict_7d 2");
    assertThat(report.seeds().get(1).falseAlertsByLens()).containsEntry("dyad_conflict_7d", 3);
  }
}
