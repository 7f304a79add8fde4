package org.amity.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioPlannerTest {
  private static Truth plan(long seed) {
    SimulationSettings s =
        SimulationSettings.of(365, seed, LocalDate.of(2025, 1, 1), 1000, null, null);
    return new ScenarioSimulator(GdeltProfile.standard(), s).plannedTruth();
  }

  @Test
  void aYearHoldsThreeEpisodesOfEachTypeAndSixDecoys() {
    Truth t = plan(1);
    assertThat(t.episodes()).hasSize(12);
    for (EpisodeType type : EpisodeType.values()) {
      assertThat(t.episodes().stream().filter(e -> e.type() == type)).hasSize(3);
    }
    assertThat(t.decoys()).hasSize(6).allMatch(d -> d.type().equals("decoy"));
  }

  @Test
  void episodesSharingAPartyNeverShareAMatchingWindow() {
    for (long seed = 1; seed <= 25; seed++) {
      List<Episode> es = plan(seed).episodes();
      for (int i = 0; i < es.size(); i++) {
        for (int j = i + 1; j < es.size(); j++) {
          Episode a = es.get(i);
          Episode b = es.get(j);
          boolean shared = a.parties().stream().anyMatch(b.parties()::contains);
          if (shared) {
            assertThat(ScenarioPlanner.windowsOverlap(a.start(), a.end(), b.start(), b.end()))
                .as("seed %d: %s / %s", seed, a.describe(), b.describe())
                .isFalse();
          }
        }
      }
    }
  }

  @Test
  void theTruthNamesEveryCountryAnEpisodesEventsCarryPartiesFirst() {
    int piracy = 0;
    for (long seed = 1; seed <= 25; seed++) {
      for (Episode e : plan(seed).episodes()) {
        assertThat(e.involved().subList(0, e.parties().size())).isEqualTo(e.parties());
        if (e.type() == EpisodeType.PIRACY) {
          piracy++;
          // the gangs: Philippine groups in the Sulu-Celebes Seas, Indonesian in the Straits
          String gangs = "SULU_CELEBES".equals(e.seaArea()) ? "PHL" : "IDN";
          assertThat(e.involved()).as(e.describe()).contains(gangs, "VNM");
        }
        if (e.type() == EpisodeType.MARITIME_STANDOFF) {
          assertThat(e.involved()).as(e.describe()).hasSize(3);
        }
      }
    }
    assertThat(piracy).isEqualTo(75);
  }

  @Test
  void aTruthFileWrittenBeforeInvolvedWasRecordedReadsAsThePartiesAlone(@TempDir Path dir)
      throws Exception {
    Truth t = plan(3);
    Path file = dir.resolve(Truth.FILE_NAME);
    t.write(file);
    String json = Files.readString(file);
    assertThat(json).contains("\"involved\"");
    Files.writeString(file, json.replaceAll("\"involved\"\\s*:\\s*\\[[^\\]]*\\],", ""));
    Truth old = Truth.read(file);
    assertThat(Files.readString(file)).doesNotContain("\"involved\"");
    assertThat(old.episodes()).hasSameSizeAs(t.episodes());
    for (Episode e : old.episodes()) {
      assertThat(e.involved()).isEqualTo(e.parties());
    }
  }

  @Test
  void decoysStayClearOfTheirSubjectsEpisodes() {
    for (long seed = 1; seed <= 25; seed++) {
      Truth t = plan(seed);
      for (Decoy d : t.decoys()) {
        for (Episode e : t.episodes()) {
          if (e.parties().contains(d.subject())) {
            assertThat(ScenarioPlanner.windowsOverlap(d.start(), d.end(), e.start(), e.end()))
                .as("seed %d: %s / %s", seed, d.describe(), e.describe())
                .isFalse();
          }
        }
      }
    }
  }

  @Test
  void strengthsSpanWeakToStrongAndStandoffsHappenAtSea() {
    Set<String> strengths = new HashSet<>();
    for (long seed = 1; seed <= 10; seed++) {
      for (Episode e : plan(seed).episodes()) {
        strengths.add(e.strength());
        if (e.type() == EpisodeType.MARITIME_STANDOFF) {
          assertThat(e.seaArea()).isEqualTo("SOUTH_CHINA_SEA");
          assertThat(e.parties()).hasSize(2).contains("CHN");
        }
        if (e.type() == EpisodeType.PIRACY) {
          assertThat(e.seaArea()).isIn("SULU_CELEBES", "MALACCA_SINGAPORE");
        }
        assertThat(e.start()).isBefore(e.peak().plusDays(1));
        assertThat(e.threatType()).isEqualTo(e.type().threatType());
      }
    }
    assertThat(strengths).containsExactlyInAnyOrder("weak", "moderate", "strong");
  }

  @Test
  void planIsTheSameForTheSameSeed() {
    assertThat(plan(9)).isEqualTo(plan(9));
    assertThat(plan(9)).isNotEqualTo(plan(10));
  }
}
