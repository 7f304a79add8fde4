package org.amity.signal;

import static org.amity.signal.SignalFixtures.shippedDetectors;
import static org.amity.signal.SignalFixtures.writtenProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Profiles that judge each period on its own score alone, without a CUSUM (long rolling sums). */
class SingleScoreProfileTest {
  private static final String SPEC =
      """
      spec.sea_28d.scope = area
      spec.sea_28d.resolution = day
      spec.sea_28d.rolling = 28
      spec.sea_28d.source = events
      spec.sea_28d.numerator = mc_incidents
      spec.sea_28d.denominator = none
      spec.sea_28d.minVolume = 50
      spec.sea_28d.profile = long
      """;
  private static final String PROFILE =
      """
      profile.long.window = 56
      profile.long.guard = 28
      profile.long.minHistory = 28
      profile.long.minPeriodVolume = 0
      profile.long.minExcess = 6
      profile.long.zWarning = 3.3
      profile.long.zAlert = 6
      profile.long.cusum = false
      profile.long.cooldown = 4
      profile.long.protractAfter = 56
      """;

  @Test
  void readsAProfileWithoutCusumLimitsWhenTheCusumIsOff() {
    DetectorSettings s = DetectorConfig.parse(PROFILE + SPEC, "test").specs().get(0).settings();
    assertThat(s.cusum()).isFalse();
    assertThat(s.zWarning()).isEqualTo(3.3);
  }

  @Test
  void readsWhetherASumIsJudgedFromItsDaysAndDefaultsToItsSums() {
    DetectorSettings off = DetectorConfig.parse(PROFILE + SPEC, "test").specs().get(0).settings();
    DetectorSettings on =
        DetectorConfig.parse(PROFILE + "profile.long.spreadFromDays = true\n" + SPEC, "test")
            .specs()
            .get(0)
            .settings();
    assertThat(off.spreadFromDays()).isFalse();
    assertThat(on.spreadFromDays()).isTrue();
    assertThatThrownBy(
            () -> DetectorConfig.parse(PROFILE + "profile.long.spreadFromDays = yes\n" + SPEC, "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("true or false");
  }

  @Test
  void aSumJudgedFromItsDaysStillSeesAStepInItsShare() {
    DetectorSettings s =
        DetectorConfig.parse(PROFILE + "profile.long.spreadFromDays = true\n" + SPEC, "test")
            .specs()
            .get(0)
            .settings();
    int n = 200;
    List<LocalDate> days = new ArrayList<>();
    double[] vol = new double[n];
    double[] x = new double[n];
    java.util.Random r = new java.util.Random(5);
    for (int i = 0; i < n; i++) {
      days.add(LocalDate.of(2025, 1, 1).plusDays(i));
      vol[i] = 100;
      double p = i >= 150 ? 0.16 : 0.1; // a month-long rise of the share by three fifths
      int k = 0;
      for (int j = 0; j < 100; j++) {
        k += r.nextDouble() < p ? 1 : 0;
      }
      x[i] = k;
    }
    SeriesScores scores = new EscalationDetector(s).scoreSums(days, x, vol, 28);
    double before = Arrays.stream(scores.scores(), 90, 150).max().orElse(0);
    double after = Arrays.stream(scores.scores(), 170, 200).max().orElse(0);
    assertThat(before).isLessThan(s.zWarning());
    assertThat(after).isGreaterThan(s.zWarning());
  }

  @Test
  void rejectsCusumLimitsOnAProfileWhoseCusumIsOff() {
    assertThatThrownBy(
            () -> DetectorConfig.parse(PROFILE + "profile.long.cusumWatch = 12\n" + SPEC, "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cusum is false");
  }

  /**
   * Every shipped daily and seven-day lens keeps its CUSUM but the state-coercion lens (issue 14,
   * twenty-fourth round) and the seven-day humanitarian lens (twenty-sixth round), whose counts are
   * too rare for their baselines to carry one: they are judged by their week's sum alone.
   */
  @Test
  void theShippedDailyAndSevenDayProfilesKeepTheirCusumButTheTwoRareSharesOfTheWeek() {
    java.util.Set<String> byTheWeek = java.util.Set.of("coercion_7d", "humanitarian_7d");
    for (DetectionSpec spec : DetectorConfig.standard().specs()) {
      if (spec.rollingPeriods() <= 7) {
        assertThat(spec.settings().cusum())
            .as(spec.name())
            .isEqualTo(!byTheWeek.contains(spec.name()));
      }
    }
  }

  /**
   * The state-coercion lens's profile is the seven-day profile without its CUSUM: it starts from
   * that profile and turns the CUSUM off, which leaves that profile's CUSUM limits behind, so a
   * change to the seven-day profile reaches it.
   */
  @Test
  void theStateCoercionProfileIsTheSevenDayProfileWithoutItsCusum() throws IOException {
    assertThat(writtenProfile(shippedDetectors(), "rolling7sum"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("from", "rolling7", "cusum", "false"));
    DetectorConfig shipped = DetectorConfig.standard();
    DetectorSettings week = shipped.spec("conflict_7d").orElseThrow().settings();
    DetectorSettings coercion = shipped.spec("coercion_7d").orElseThrow().settings();
    assertThat(coercion)
        .usingRecursiveComparison()
        .ignoringFields(
            "cusum", "cusumAllowance", "cusumCap", "cusumWatch", "cusumWarning", "cusumAlert")
        .isEqualTo(week);
  }

  @Test
  void aSingleSumAboveTheLimitOpensAWarningAndNothingAccumulates() {
    DetectorSettings s = DetectorConfig.parse(PROFILE + SPEC, "test").specs().get(0).settings();
    int n = 140;
    double[] counts = new double[n];
    Arrays.fill(counts, 10);
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      days.add(LocalDate.of(2025, 1, 1).plusDays(i));
    }
    // a modest rise (14 against 10: less than the six more the profile asks for) stays quiet
    for (int i = 100; i < 110; i++) {
      counts[i] = 14;
    }
    // a clear rise (28 against 10, about 4.2 on the square-root scale) opens a warning on its own
    for (int i = 125; i < 130; i++) {
      counts[i] = 28;
    }
    SeriesScores scores = new EscalationDetector(s).score(days, counts, null);
    assertThat(scores.levels()[105]).isEqualTo(Level.NONE);
    assertThat(scores.scores()[126]).isGreaterThan(3.3);
    assertThat(scores.levels()[126]).isEqualTo(Level.WARNING);
    assertThat(Arrays.stream(scores.cusum()).max().orElseThrow()).isZero();
  }
}
