package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The long humanitarian lens's thin limits on null series: judging a four-week period whose
 * expected count is under 5 against the profile's own limits (not the spec's 1.245 times) adds no
 * false alerts worth counting where counts are thin, even where the share wanders far beyond the
 * binomial. A series (tools/signals/LongNull.java; SignalFixtures.wanderingShare): daily volume
 * with a weekend dip and 20% log-normal noise; the log of the share follows a first-order
 * autoregression (lag-one 0.5) with the given spread; the count is binomial; three years, so the
 * lens reads a full year's level in the last two. Thin cells: 7-30 reports a day, shares 0.005-0.03
 * (expected four-week counts about 1-23, straddling the line). The full grid, with the line at 10
 * for comparison, is docs/records/twenty-seventh-round/thin-null.txt (issue 14, twenty-seventh
 * round).
 */
class ThinLimitsCalibrationTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final int DAYS = 3 * 365;
  private static final int SERIES = 20;

  private static double[][] series(long seed, double meanVolume, double share, double sd) {
    return SignalFixtures.wanderingShare(seed, START, DAYS, meanVolume, share, sd);
  }

  /** The shipped long humanitarian spec with the thin limits at 5 (whether or not shipped). */
  private static DetectionSpec withThinLimits() throws IOException {
    String text = SignalFixtures.shippedDetectors();
    String keys =
        "\nspec.humanitarian_28d_long.thinBelow = 5"
            + "\nspec.humanitarian_28d_long.thinLimitsScale = 1.0\n";
    return DetectorConfig.parse(text + keys, "test").specs().stream()
        .filter(s -> s.name().equals("humanitarian_28d_long"))
        .findFirst()
        .orElseThrow();
  }

  /** The same spec without thin limits. */
  private static DetectionSpec without(DetectionSpec s) {
    return new DetectionSpec(
        s.name(),
        s.scope(),
        s.resolution(),
        s.numerator(),
        s.denominator(),
        s.minSubjectVolume(),
        s.rollingPeriods(),
        s.directed(),
        s.settings(),
        s.subjects());
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.15, 0.3, 0.5})
  void theThinLimitsAddNoFalseAlertsWorthCountingOnThinNullSeries(double sd) throws IOException {
    DetectionSpec thin = withThinLimits();
    DetectionSpec usual = without(thin);
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0; i < DAYS; i++) {
      days.add(START.plusDays(i));
    }
    int withThin = 0;
    int withUsual = 0;
    int series = 0;
    for (double volume : new double[] {7, 10, 15, 20, 30}) {
      for (double share : new double[] {0.005, 0.01, 0.02, 0.03}) {
        for (long seed = 1; seed <= SERIES; seed++) {
          double[][] s =
              series(
                  seed * 104729 + (long) (volume * 37) + (long) (share * 1e5) + (long) (sd * 1e3),
                  volume,
                  share,
                  sd);
          withThin += AlertBuilder.alerts(thin, "T", thin.score(days, s[1], s[0])).size();
          withUsual += AlertBuilder.alerts(usual, "T", usual.score(days, s[1], s[0])).size();
          series++;
        }
      }
    }
    double years = series * (DAYS - 141) / 365.0;
    System.out.printf(
        "thin null sd %.2f: %d alerts with the thin limits, %d without, over %.0f series-years%n",
        sd, withThin, withUsual, years);
    // the one-lens budget is 0.01 false alerts per series-year; the thin limits may add a fifth
    assertThat(withThin / years).isLessThanOrEqualTo(0.01);
    assertThat((withThin - withUsual) / years).isLessThanOrEqualTo(0.002);
  }
}
