package org.amity.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertMatcherTest {
  private static AlertRecord alert(String scope, String subject, String opened, String closed) {
    return new AlertRecord(
        1,
        scope,
        subject,
        "i",
        "warning",
        "warning",
        LocalDate.parse(opened),
        closed == null ? null : LocalDate.parse(closed));
  }

  private static final Episode STANDOFF =
      new Episode(
          "E1",
          EpisodeType.MARITIME_STANDOFF,
          "inter-state",
          List.of("CHN", "VNM"),
          null,
          "SOUTH_CHINA_SEA",
          "x",
          LocalDate.parse("2025-05-10"),
          LocalDate.parse("2025-05-20"),
          LocalDate.parse("2025-05-31"),
          "weak",
          0.1,
          1,
          10);

  @Test
  void dyadSubjectsMatchInEitherOrderAndEitherForm() {
    List<String> p = STANDOFF.parties();
    assertThat(AlertMatcher.subjectRelates(alert("dyad", "CHN-VNM", "2025-05-01", null), p, null))
        .isTrue();
    assertThat(AlertMatcher.subjectRelates(alert("dyad", "VNM-CHN", "2025-05-01", null), p, null))
        .isTrue();
    assertThat(AlertMatcher.subjectRelates(alert("dyad", "VNM>CHN", "2025-05-01", null), p, null))
        .isTrue();
    assertThat(AlertMatcher.subjectRelates(alert("dyad", "CHN>PHL", "2025-05-01", null), p, null))
        .isFalse();
    assertThat(AlertMatcher.subjectRelates(alert("dyad", "VNM-VNM", "2025-05-01", null), p, null))
        .isFalse();
    assertThat(AlertMatcher.subjectRelates(alert("country", "CHN", "2025-05-01", null), p, null))
        .isTrue();
    assertThat(
            AlertMatcher.subjectRelates(
                alert("area", "SOUTH_CHINA_SEA", "2025-05-01", null), p, "SOUTH_CHINA_SEA"))
        .isTrue();
    assertThat(
            AlertMatcher.subjectRelates(
                alert("area", "SULU_CELEBES", "2025-05-01", null), p, "SOUTH_CHINA_SEA"))
        .isFalse();
    assertThat(AlertMatcher.subjectRelates(alert("region", "ASEAN", "2025-05-01", null), p, null))
        .isFalse();
  }

  @Test
  void anAlertOnACountryTheEpisodesEventsCarryIsAboutItButDetectsItOnlyThroughTheParties() {
    // a piracy wave off Singapore and Malaysia whose gangs are Indonesian
    Episode wave =
        new Episode(
            "E3",
            EpisodeType.PIRACY,
            "trans-state",
            List.of("SGP", "MYS"),
            List.of("IDN", "VNM"),
            "MALACCA_SINGAPORE",
            "MALACCA_SINGAPORE",
            LocalDate.parse("2025-05-10"),
            LocalDate.parse("2025-05-20"),
            LocalDate.parse("2025-05-31"),
            "strong",
            0.5,
            3,
            100);
    assertThat(wave.involved()).containsExactly("SGP", "MYS", "IDN", "VNM");
    AlertRecord gangs = alert("dyad", "IDN-SGP", "2025-05-12", null);
    assertThat(AlertMatcher.concerns(gangs, wave)).isTrue();
    assertThat(AlertMatcher.relates(gangs, wave)).isFalse();
    assertThat(AlertMatcher.concerns(alert("country", "IDN", "2025-05-12", null), wave)).isTrue();
    // two outsiders together are not the episode's, nor is a country it does not carry
    assertThat(AlertMatcher.concerns(alert("dyad", "IDN-VNM", "2025-05-12", null), wave)).isFalse();
    assertThat(AlertMatcher.concerns(alert("country", "THA", "2025-05-12", null), wave)).isFalse();
    // nor outside its days
    assertThat(AlertMatcher.concerns(alert("dyad", "IDN-SGP", "2025-06-20", null), wave)).isFalse();
    // what relates also concerns
    assertThat(AlertMatcher.concerns(alert("dyad", "MYS-SGP", "2025-05-12", null), wave)).isTrue();
    assertThat(STANDOFF.involved()).isEqualTo(STANDOFF.parties());
  }

  @Test
  void windowRunsFromSevenDaysBeforeTheStartToFourteenAfterTheEnd() {
    assertThat(AlertMatcher.relates(alert("country", "VNM", "2025-05-01", "2025-05-02"), STANDOFF))
        .isFalse();
    assertThat(AlertMatcher.relates(alert("country", "VNM", "2025-05-01", "2025-05-03"), STANDOFF))
        .isTrue();
    assertThat(AlertMatcher.relates(alert("country", "VNM", "2025-06-14", null), STANDOFF))
        .isTrue();
    assertThat(AlertMatcher.relates(alert("country", "VNM", "2025-06-15", null), STANDOFF))
        .isFalse();
    assertThat(AlertMatcher.relates(alert("country", "VNM", "2025-01-01", null), STANDOFF))
        .isTrue();
  }

  @Test
  void onlyAlertsOpenedBetweenSevenDaysBeforeTheStartAndTheEndDetect() {
    assertThat(AlertMatcher.detects(alert("country", "VNM", "2025-05-03", null), STANDOFF))
        .isTrue();
    assertThat(AlertMatcher.detects(alert("country", "VNM", "2025-05-02", null), STANDOFF))
        .isFalse();
    assertThat(AlertMatcher.detects(alert("country", "VNM", "2025-05-31", null), STANDOFF))
        .isTrue();
    assertThat(AlertMatcher.detects(alert("country", "VNM", "2025-06-01", null), STANDOFF))
        .isFalse();
  }

  @Test
  void aConflictAreaRelatesToTheEpisodesOfItsCountryAsTheCountryDoesAndNoMore() {
    Episode insurgency =
        new Episode(
            "E2",
            EpisodeType.INSURGENCY,
            "intra-state",
            List.of("PHL"),
            null,
            null,
            "anywhere: the setting is never read",
            LocalDate.parse("2025-05-10"),
            LocalDate.parse("2025-05-20"),
            LocalDate.parse("2025-05-31"),
            "weak",
            0.1,
            1,
            10);
    List<String> p = insurgency.parties();
    assertThat(
            AlertMatcher.subjectRelates(alert("theatre", "MINDANAO", "2025-05-05", null), p, null))
        .isTrue();
    assertThat(
            AlertMatcher.subjectRelates(alert("theatre", "mindanao", "2025-05-05", null), p, null))
        .isTrue();
    assertThat(
            AlertMatcher.subjectRelates(
                alert("theatre", "DEEP_SOUTH", "2025-05-05", null), p, null))
        .isFalse();
    assertThat(
            AlertMatcher.subjectRelates(alert("theatre", "ATLANTIS", "2025-05-05", null), p, null))
        .isFalse();
    // the area is no looser than its country: the same answer for every episode
    for (Episode e : List.of(insurgency, STANDOFF)) {
      assertThat(AlertMatcher.relates(alert("theatre", "MINDANAO", "2025-05-05", null), e))
          .isEqualTo(AlertMatcher.relates(alert("country", "PHL", "2025-05-05", null), e));
    }
    assertThat(AlertMatcher.detects(alert("theatre", "MINDANAO", "2025-05-05", null), insurgency))
        .isTrue();
  }

  @Test
  void aConflictAreaAlertFallsOnADecoyInItsCountry() {
    Decoy summit =
        new Decoy(
            "D1",
            "decoy",
            "THA",
            "summit",
            LocalDate.parse("2025-05-01"),
            LocalDate.parse("2025-05-03"),
            3);
    assertThat(AlertMatcher.onDecoy(alert("theatre", "DEEP_SOUTH", "2025-05-02", null), summit, 5))
        .isTrue();
    assertThat(AlertMatcher.onDecoy(alert("theatre", "RAKHINE", "2025-05-02", null), summit, 5))
        .isFalse();
  }
}
