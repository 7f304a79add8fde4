package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The seven-day profile's CUSUM judged with the baseline's error ({@link
 * DetectorSettings#cusumBaselineError}), on null series only: its limits re-derived to the false
 * alerts the shipped profile raises on the same quiet series (seeds 6001-6100, used for nothing
 * else), then checked on other quiet series (6101-6160) and on rises (6201-6240).
 *
 * <p>A series: daily volume with a weekend dip and 20% log-normal noise, each day's share wandering
 * 15% around its level, a binomial count; shares of 5%, 12% and 30% in 8, 30 and 200 incidents a
 * day (a rare lens of a dyad to a busy country's conflict). A rise lifts the share linearly to
 * twice its level over 14 days from day 120 and holds it a week.
 */
class CusumBaselineErrorCalibrationTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  static final double[] SHARES = {0.05, 0.12, 0.3};
  static final double[] VOLUMES = {8, 30, 200};

  /**
   * The factor of the CUSUM limits the derivation gave (watch 12 to 10.8, warning 16 to 14.4, alert
   * 28 to 25.2): with the key on and the limits at 0.90 of the profile's limits before it, 100
   * false alerts on the derivation series against the profile's 101; at 0.89, 104.
   */
  static final double DERIVED = 0.90;

  /**
   * The seven-day CUSUM's limits before the key (main, 2026-12-05): watch, warning, alert. The
   * profile's watch limit has been 14 since the thirteenth round; these experiments keep the
   * profile they were derived against.
   */
  private static final double[] CUSUM_BEFORE = {12, 16, 28};

  record Series(List<LocalDate> days, double[] volume, double[] count) {}

  static Series series(long seed, int n, double meanVolume, double share, boolean rise) {
    return series(
        seed,
        n,
        meanVolume,
        i -> rise && i >= 120 && i < 141 ? share * (1 + Math.min(1, (i - 119) / 14.0)) : share);
  }

  /** A series as above whose share on day i is {@code level.applyAsDouble(i)}. */
  static Series series(
      long seed, int n, double meanVolume, java.util.function.IntToDoubleFunction level) {
    Random r = new Random(seed);
    List<LocalDate> days = new ArrayList<>();
    double[] volume = new double[n];
    double[] count = new double[n];
    for (int i = 0; i < n; i++) {
      LocalDate d = START.plusDays(i);
      days.add(d);
      double weekday = d.getDayOfWeek().getValue() >= 6 ? 0.7 : 1.0;
      volume[i] = Math.round(meanVolume * weekday * Math.exp(0.2 * r.nextGaussian()));
      double p = Math.min(0.95, level.applyAsDouble(i) * Math.exp(0.15 * r.nextGaussian()));
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

  static DetectionSpec shipped() {
    return DetectorConfig.standard().specs().stream()
        .filter(x -> x.name().equals("conflict_7d"))
        .findFirst()
        .orElseThrow();
  }

  static DetectionSpec with(DetectorSettings settings) {
    DetectionSpec s = shipped();
    return new DetectionSpec(
        s.name(),
        s.scope(),
        s.resolution(),
        s.numerator(),
        s.denominator(),
        0,
        s.rollingPeriods(),
        s.directed(),
        settings);
  }

  /** The seven-day profile as it was before the key: off, CUSUM limits 12, 16 and 28. */
  static DetectorSettings before() {
    return shipped()
        .settings()
        .withCusumBaselineError(false)
        .withCusumLimits(CUSUM_BEFORE[0], CUSUM_BEFORE[1], CUSUM_BEFORE[2]);
  }

  /** That profile with the key on and its CUSUM limits times {@code factor}. */
  static DetectorSettings judged(double factor) {
    return before().withCusumBaselineError(true).withCusumLimitsScaled(factor);
  }

  static int falseAlerts(DetectionSpec spec, long from, long to) {
    int n = 0;
    for (long seed = from; seed <= to; seed++) {
      for (double share : SHARES) {
        for (double v : VOLUMES) {
          Series s = series(seed, 365, v, share, false);
          n += AlertBuilder.alerts(spec, "T", spec.score(s.days(), s.count(), s.volume())).size();
        }
      }
    }
    return n;
  }

  static double recall(DetectionSpec spec) {
    int caught = 0;
    int rises = 0;
    for (long seed = 6201; seed <= 6240; seed++) {
      for (double share : SHARES) {
        for (double v : VOLUMES) {
          Series s = series(seed, 200, v, share, true);
          rises++;
          if (AlertBuilder.alerts(spec, "T", spec.score(s.days(), s.count(), s.volume())).stream()
              .anyMatch(
                  a ->
                      !a.opened().isBefore(s.days().get(113))
                          && a.opened().isBefore(s.days().get(148)))) {
            caught++;
          }
        }
      }
    }
    return caught / (double) rises;
  }

  @Test
  void theDerivedLimitsAreTheLowestThatKeepTheFalseAlertBudgetOfTheDerivationSeries() {
    // the derivation: from a factor of 1 down in steps of 0.01, the lowest factor at which the
    // key raises no more false alerts on these series than the profile before it did
    int budget = falseAlerts(with(before()), 6001, 6100);
    int at = falseAlerts(with(judged(DERIVED)), 6001, 6100);
    int below = falseAlerts(with(judged(DERIVED - 0.01)), 6001, 6100);
    System.out.printf(
        "derivation series: before %d false alerts; key on at %.2f: %d, at %.2f: %d%n",
        budget, DERIVED, at, DERIVED - 0.01, below);
    assertThat(at).isLessThanOrEqualTo(budget);
    assertThat(below).isGreaterThan(budget);
  }

  @Test
  void onOtherSeriesTheDerivedLimitsKeepTheBudgetAndTheRecall() {
    int off = falseAlerts(with(before()), 6101, 6160);
    int on = falseAlerts(with(judged(DERIVED)), 6101, 6160);
    double recallOff = recall(with(before()));
    double recallOn = recall(with(judged(DERIVED)));
    System.out.printf(
        "held-out series (540 quiet series-years, 360 rises): before %d false alerts, recall"
            + " %.3f; key on at %.2f: %d, recall %.3f%n",
        off, recallOff, DERIVED, on, recallOn);
    // the budget is a rate with sampling noise (some 60 alerts): a fifth more fails
    assertThat((double) on).isLessThanOrEqualTo(off * 1.2);
    assertThat(recallOn).isGreaterThanOrEqualTo(recallOff - 0.05);
  }

  @Test
  void theKeyIsReadFromAProfileAndRefusedWithoutACusum() {
    String profile =
        "profile.p.window = 28\nprofile.p.guard = 7\nprofile.p.minHistory = 21\n"
            + "profile.p.minPeriodVolume = 20\nprofile.p.minExcess = 3\nprofile.p.zWarning = 4.5\n"
            + "profile.p.zAlert = 6\nprofile.p.cooldown = 4\n"
            + "spec.s.scope = country\nspec.s.resolution = day\nspec.s.source = events\n"
            + "spec.s.numerator = conflict_incidents\nspec.s.denominator = incidents\n"
            + "spec.s.minVolume = 300\nspec.s.profile = p\nspec.s.rolling = 7\n";
    String cusum =
        "profile.p.cusumAllowance = 1.5\nprofile.p.cusumCap = 4\nprofile.p.cusumWatch = 12\n"
            + "profile.p.cusumWarning = 16\nprofile.p.cusumAlert = 28\n";
    DetectorConfig on =
        DetectorConfig.parse(profile + cusum + "profile.p.cusumBaselineError = true", "t");
    assertThat(on.specs().get(0).settings().cusumBaselineError()).isTrue();
    assertThat(
            DetectorConfig.parse(profile + cusum, "t")
                .specs()
                .get(0)
                .settings()
                .cusumBaselineError())
        .isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                DetectorConfig.parse(
                    profile + "profile.p.cusum = false\nprofile.p.cusumBaselineError = true", "t"))
        .hasMessageContaining("cusumBaselineError");
  }

  @Test
  void aRunOfOnePeriodIsJudgedAsASingleScoreAndLongerRunsMoreStrictly() {
    CusumRuns sevenDays = new CusumRuns(28, 7);
    assertThat(sevenDays.factor(1)).isEqualTo(1);
    // sums of seven days overlap: for runs within a week the baseline's share barely moves
    assertThat(sevenDays.factor(5)).isBetween(1.0, 1.03);
    assertThat(sevenDays.factor(14)).isBetween(1.06, 1.12);
    assertThat(sevenDays.factor(28)).isBetween(1.14, 1.22);
    // the window of 28 sums of seven days is worth about 30.5 distinct days
    assertThat(sevenDays.ratio(1)).isCloseTo(7 / 30.5, org.assertj.core.data.Offset.offset(0.002));
    assertThat(sevenDays.judged(sevenDays.accumulated(12, 1.5, 20), 1.5, 20))
        .isCloseTo(12, org.assertj.core.data.Offset.offset(1e-9));
  }
}
