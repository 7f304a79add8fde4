package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The predictive tail for shares with small expected counts ({@link
 * DetectorSettings#predictiveTail}), on null series where the known-mean Poisson tail is wrong: a
 * rare kind of incident (a share of 0.3% to 2%) in thin news (15 to 60 incidents a day), so that a
 * seven-day sum expects one to five and its baseline holds a handful of events. The shipped daily
 * and seven-day profiles are run with and without it on the same series (seeds 4001-4060 for quiet
 * years, 5001-5040 for rises; not used for anything else).
 */
class PredictiveTailCalibrationTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final double[] SHARES = {0.003, 0.008, 0.02};
  private static final double[] VOLUMES = {15, 60};

  private record Series(List<LocalDate> days, double[] volume, double[] count) {}

  /**
   * Volume with a weekend dip and 20% noise; a binomial count of a fixed share, tripled from day
   * 120 for three weeks when asked.
   */
  private static Series series(long seed, int n, double meanVolume, double share, boolean rise) {
    Random r = new Random(seed);
    List<LocalDate> days = new ArrayList<>();
    double[] volume = new double[n];
    double[] count = new double[n];
    for (int i = 0; i < n; i++) {
      LocalDate d = START.plusDays(i);
      days.add(d);
      double weekday = d.getDayOfWeek().getValue() >= 6 ? 0.7 : 1.0;
      volume[i] = Math.round(meanVolume * weekday * Math.exp(0.2 * r.nextGaussian()));
      double p = rise && i >= 120 && i < 141 ? 3 * share : share;
      int k = 0;
      for (int j = 0; j < volume[i]; j++) {
        if (r.nextDouble() < p) {
          k++;
        }
      }
      count[i] = k;
    }
    return new Series(days, volume, count);
  }

  private static DetectionSpec shipped(String name, boolean predictive) {
    DetectionSpec s =
        DetectorConfig.standard().specs().stream()
            .filter(x -> x.name().equals(name))
            .findFirst()
            .orElseThrow();
    DetectorSettings with = s.settings().withPredictiveTail(predictive);
    return new DetectionSpec(
        s.name(),
        s.scope(),
        s.resolution(),
        s.numerator(),
        s.denominator(),
        0,
        s.rollingPeriods(),
        s.directed(),
        with);
  }

  private static List<DetectedAlert> alerts(DetectionSpec spec, Series s) {
    return AlertBuilder.alerts(spec, "T", spec.score(s.days(), s.count(), s.volume()));
  }

  private record Figures(double falsePerSeriesYear, double recall) {}

  private static Figures measure(DetectionSpec spec) {
    int falseAlerts = 0;
    int years = 0;
    for (long seed = 4001; seed <= 4060; seed++) {
      for (double share : SHARES) {
        for (double v : VOLUMES) {
          falseAlerts += alerts(spec, series(seed, 365, v, share, false)).size();
          years++;
        }
      }
    }
    int caught = 0;
    int rises = 0;
    for (long seed = 5001; seed <= 5040; seed++) {
      for (double share : SHARES) {
        for (double v : VOLUMES) {
          Series s = series(seed, 200, v, share, true);
          rises++;
          if (alerts(spec, s).stream()
              .anyMatch(
                  a ->
                      !a.opened().isBefore(s.days().get(113))
                          && a.opened().isBefore(s.days().get(141)))) {
            caught++;
          }
        }
      }
    }
    Figures f = new Figures(falseAlerts / (double) years, caught / (double) rises);
    System.out.printf(
        "%s, predictive tail %s: %.3f false alerts per series-year, %.2f of tripled shares caught%n",
        spec.name(), spec.settings().predictiveTail(), f.falsePerSeriesYear(), f.recall());
    return f;
  }

  @Test
  void onThinRareSharesTheSevenDayProfileRaisesFewerFalseAlertsAndLosesLittleRecall() {
    Figures known = measure(shipped("coercion_7d", false));
    Figures predictive = measure(shipped("coercion_7d", true));
    assertThat(predictive.falsePerSeriesYear()).isLessThan(known.falsePerSeriesYear());
    assertThat(predictive.recall()).isGreaterThanOrEqualTo(known.recall() - 0.1);
  }

  @Test
  void onThinRareSharesTheDailyProfileRaisesNoMoreFalseAlerts() {
    Figures known = measure(shipped("humanitarian", false));
    Figures predictive = measure(shipped("humanitarian", true));
    assertThat(predictive.falsePerSeriesYear()).isLessThanOrEqualTo(known.falsePerSeriesYear());
    assertThat(predictive.recall()).isGreaterThanOrEqualTo(known.recall() - 0.1);
  }

  @Test
  void thePredictiveTailIsThePoissonTailWhenTheBaselineHoldsManyEvents() {
    assertThat(PoissonTail.predictiveScore(12, 3, 1e6))
        .isCloseTo(PoissonTail.score(12, 3), org.assertj.core.data.Offset.offset(1e-3));
    assertThat(PoissonTail.predictiveScore(7, 0.03, 1e6))
        .isCloseTo(PoissonTail.score(7, 0.03), org.assertj.core.data.Offset.offset(0.05));
    assertThat(PoissonTail.predictiveScore(12, 3, 5)).isLessThan(PoissonTail.score(12, 3) - 0.5);
    assertThat(PoissonTail.predictiveScore(12, 3, 50))
        .isBetween(PoissonTail.predictiveScore(12, 3, 5), PoissonTail.score(12, 3));
  }
}
