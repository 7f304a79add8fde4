package org.amity.signal;

import static org.amity.signal.ShippedProfilesCalibrationTest.shipped;
import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The seven-day profile's CUSUM watch limit, derived from the profile's own settings: the CUSUM is
 * there for rises that last, and one isolated week is the single sum's business. A week whose
 * incidents are spread evenly over its days enters thirteen successive seven-day sums, one to seven
 * of its days in each, so with a steady baseline those sums score Z·1/7, 2/7, ..., 7/7, ..., 1/7 of
 * the score Z of the sum that holds the whole week. Run through the CUSUM (each score capped, less
 * the allowance, never below zero), a week whose sum just reaches the single-sum warning limit must
 * not open a watch by itself: the watch limit is the next whole number above what it adds.
 */
class SevenDayWatchLimitTest {

  /** The largest CUSUM one isolated week of the given score adds, under a profile's settings. */
  static double oneWeek(DetectorSettings s, int days, double z) {
    double c = 0;
    double most = 0;
    for (int j = 1; j < 2 * days; j++) {
      double score = z * Math.min(j, 2 * days - j) / days;
      c = Math.max(0, c + Math.min(score, s.cusumCap()) - s.cusumAllowance());
      most = Math.max(most, c);
    }
    return most;
  }

  @Test
  void oneWeekAtTheWarningLimitDoesNotOpenAWatchByItself() {
    DetectionSpec spec = shipped("conflict_7d");
    DetectorSettings s = spec.settings();
    double atWarning = oneWeek(s, spec.rollingPeriods(), s.zWarning());
    System.out.printf(
        "one isolated week at the warning limit %.1f adds %.2f to the CUSUM; watch limit %.1f%n",
        s.zWarning(), atWarning, s.cusumWatch());
    assertThat(atWarning).isCloseTo(13.64, Offset.offset(0.01));
    assertThat(s.cusumWatch()).isEqualTo(Math.floor(atWarning) + 1);
  }

  @Test
  void aWeekJustUnderTheWarningLimitOpenedAWatchAtTheFormerLimitOfTwelveAndNoLongerDoes() {
    DetectorSettings s = shipped("conflict_7d").settings();
    assertThat(oneWeek(s, 7, 4.2)).isLessThan(12.5).isGreaterThan(12);
    assertThat(oneWeek(s, 7, 4.0)).isLessThan(12);
    assertThat(oneWeek(s, 7, 4.2)).isLessThan(s.cusumWatch());
  }

  @Test
  void everySevenDayLensThatKeepsTheProfilesLimitsUsesIt() {
    for (String lens : new String[] {"conflict_7d", "material_conflict_7d"}) {
      assertThat(shipped(lens).settings().cusumWatch()).as(lens).isEqualTo(14);
    }
    // the state-coercion and seven-day humanitarian lenses have the profile's single-sum limits
    // and no CUSUM
    for (String lens : new String[] {"coercion_7d", "humanitarian_7d"}) {
      assertThat(shipped(lens).settings().cusum()).as(lens).isFalse();
      assertThat(shipped(lens).settings().zWarning())
          .as(lens)
          .isEqualTo(shipped("conflict_7d").settings().zWarning());
    }
  }
}
