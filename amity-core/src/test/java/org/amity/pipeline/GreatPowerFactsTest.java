package org.amity.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.amity.ingest.Format;
import org.amity.response.Label;
import org.amity.response.Lens;
import org.amity.response.MeasureRecommender;
import org.amity.response.Recommendation;
import org.amity.response.SituationProfile;
import org.amity.response.kb.KnowledgeBase;
import org.amity.signal.DetectorConfig;
import org.amity.signal.Scope;
import org.amity.signal.Situation;
import org.amity.simulate.GdeltProfile;
import org.amity.simulate.ScenarioSimulator;
import org.amity.simulate.SimulationSettings;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.store.duckdb.DuckDbStorage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a small run of the demo's simulated region, every situation with China or the United States
 * among its parties (a dyad, or a sea area whose coastal states include China) says a great power
 * is a party, and the recommender reads that same value.
 */
class GreatPowerFactsTest {
  @TempDir static Path dir;
  private static List<Situation> situations;

  @BeforeAll
  static void simulateIngestAndWatch() throws Exception {
    Path sim = dir.resolve("sim");
    new ScenarioSimulator(
            GdeltProfile.standard(),
            SimulationSettings.of(365, 7L, LocalDate.of(2025, 1, 1), 600, null, null))
        .writeTo(sim, true);
    List<Path> files;
    try (Stream<Path> s = Files.list(sim)) {
      files = s.filter(p -> p.toString().endsWith(".export.CSV")).sorted().toList();
    }
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("demo.duckdb"))) {
      new IngestPipeline(store, null, null)
          .run(files, IngestPipeline.formats(Set.of(Format.GDELT2)));
      new WatchJob(
              DuckDbStorage.over(store).watch(),
              DetectorConfig.standard(),
              WatchJob.Options.standard())
          .run(false);
      situations = DuckDbStorage.over(store).signals().situations("all", 0, 0);
    }
  }

  private static boolean withGreatPower(Situation s) {
    return s.parties().contains("CHN") || s.parties().contains("USA");
  }

  @Test
  void theRunHasASeaAreaSituationWithChinaAmongItsParties() {
    assertThat(situations).anyMatch(s -> s.scope() == Scope.AREA && s.parties().contains("CHN"));
  }

  @Test
  void everySituationWithChinaOrTheUnitedStatesAsPartySaysAGreatPowerIsAParty() {
    List<Situation> withPower =
        situations.stream().filter(GreatPowerFactsTest::withGreatPower).toList();
    assertThat(withPower).isNotEmpty();
    assertThat(withPower).allMatch(Situation::greatPowerParty, "great power is a party");
  }

  @Test
  void theRecommenderReadsTheSameGreatPowerValueAsTheStoredSituation() {
    KnowledgeBase kb = KnowledgeBase.standard();
    MeasureRecommender recommender = new MeasureRecommender(kb);
    for (Situation s : situations) {
      SituationProfile p = SituationProfiles.of(s, kb);
      assertThat(p.greatPowerParty()).as(s.title()).isEqualTo(s.greatPowerParty());
      Recommendation r = recommender.recommend(p, Lens.BROAD, Label.PD);
      assertThat(r.notes().stream().anyMatch(n -> n.startsWith("great power(s)")))
          .as("great-power note for " + s.title())
          .isEqualTo(s.greatPowerParty());
    }
  }

  @Test
  void outsidePowerSharesAreFractions() {
    assertThat(situations).allMatch(s -> s.outsidePowerShare() >= 0 && s.outsidePowerShare() <= 1);
  }
}
