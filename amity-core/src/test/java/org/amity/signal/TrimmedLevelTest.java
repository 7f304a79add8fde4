package org.amity.signal;

import static org.amity.signal.SignalFixtures.shippedDetectors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The fifteenth round's profile key {@code trimmedLevel}: a sum of days judged binomial around a
 * long, trimmed level (the shipped long-level lenses).
 */
class TrimmedLevelTest {
  private static final String TEST28 =
      "\nprofile.test28.window = 364\nprofile.test28.guard = 28\nprofile.test28.minHistory = 56"
          + "\nprofile.test28.minPeriodVolume = 80\nprofile.test28.minExcess = 6"
          + "\nprofile.test28.zWarning = 4.5\nprofile.test28.zAlert = 6"
          + "\nprofile.test28.cusum = false\nprofile.test28.cooldown = 4"
          + "\nprofile.test28.spreadFromDays = true\n";

  private static final String SPEC =
      "spec.mc_long28.scope = country\nspec.mc_long28.resolution = day\nspec.mc_long28.rolling = 28"
          + "\nspec.mc_long28.source = events\nspec.mc_long28.numerator = mc_incidents"
          + "\nspec.mc_long28.denominator = incidents\nspec.mc_long28.minVolume = 300"
          + "\nspec.mc_long28.profile = test28\n";

  @Test
  void aWeekThatStandsOutIsLeftOutOfTheLevel() {
    int n = 196;
    double[] x = new double[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = 100;
      x[i] = i >= 98 && i < 105 ? 40 : 10;
    }
    double[] kept = EscalationDetector.trimmed(x, v, new boolean[n], 0, n);
    assertThat(kept[0] / kept[1]).isCloseTo(0.1, Offset.offset(1e-12));
    assertThat(kept[1]).isEqualTo(100.0 * 7 * 27);
    // a plain count: the same week left out of the mean per day
    double[] days = EscalationDetector.trimmed(x, null, new boolean[n], 0, n);
    assertThat(days[0] / days[1]).isCloseTo(10, Offset.offset(1e-12));
    // days inside raised sums are not read at all: with the burst's days excluded, every week is
    // kept, the burst's as well (what is left of it is a normal week's worth of none)
    boolean[] out = new boolean[n];
    for (int i = 98; i < 105; i++) {
      out[i] = true;
    }
    double[] withOut = EscalationDetector.trimmed(x, v, out, 0, n);
    assertThat(withOut[1]).isEqualTo(100.0 * 7 * 27);
  }

  @Test
  void aSparseCountKeepsItsOrdinaryWeeksAndLeavesOutOnlyABurst() {
    // 52 weeks of a thin count: most weeks empty, one event every fourth week, two every
    // thirteenth, and one burst week of 12. Judged by the median alone (most weeks empty, normal
    // scores skewed) the weeks of two were left out too, and the level read low.
    int n = 364;
    double[] x = new double[n];
    double ordinary = 0;
    for (int w = 0; w < 52; w++) {
      int events = w == 30 ? 12 : w % 13 == 0 ? 2 : w % 4 == 0 ? 1 : 0;
      x[7 * w + 2] = events;
      ordinary += w == 30 ? 0 : events;
    }
    double[] days = EscalationDetector.trimmed(x, null, new boolean[n], 0, n);
    assertThat(days[1]).as("only the burst week is left out").isEqualTo(51 * 7.0);
    assertThat(days[0]).isEqualTo(ordinary);
  }

  @Test
  void tooShortAHistoryGivesNoLevel() {
    assertThat(EscalationDetector.trimmed(new double[20], new double[20], new boolean[20], 0, 20))
        .isNull();
  }

  @Test
  void aSumIsJudgedBinomialAroundTheTrimmedLevelWithTheLevelsOwnError() throws IOException {
    DetectionSpec spec =
        spec(DetectorConfig.parse(shippedDetectors() + TEST28 + SPEC + trimmed(), "t"));
    int n = 400;
    double[] x = constant(n, 10);
    double[] v = constant(n, 100);
    Arrays.fill(x, n - 28, n, 14);
    List<LocalDate> days = days(n);
    SeriesScores sc = spec.score(days, x, v);
    // at the last day the window is the days [0, 371): 53 whole weeks, all alike, all kept
    double p = (3710 + 0.5) / (37100 + 1.0);
    double e = 2800 * p;
    double expected = (392 - e) / Math.sqrt(e * (1 - p)) / Math.sqrt(1 + 2800 / 37100.0);
    assertThat(sc.baselineShare()[n - 1]).isCloseTo(p, Offset.offset(1e-12));
    assertThat(sc.scores()[n - 1]).isCloseTo(expected, Offset.offset(1e-9));
    // the same lens without the key estimates a dispersion and judges the sum against 56 days
    DetectionSpec plain = spec(DetectorConfig.parse(shippedDetectors() + TEST28 + SPEC, "t"));
    assertThat(plain.score(days, x, v).scores()[n - 1]).isNotCloseTo(expected, Offset.offset(0.01));
  }

  @Test
  void theKeptBlocksDispersionIsLargeWhenWeeksWanderBeyondTheBinomial() {
    // weeks alternating between shares of 0.09 and 0.11 at 1,000 a day: each week's count is 70
    // off the pooled 700, against a binomial variance of 630, so chi-square over its degrees of
    // freedom is about 52 * 70^2 / 630 / 51; at 100 a day the same shares are within the binomial
    int n = 364;
    double[] x = new double[n];
    double[] thin = new double[n];
    for (int d = 0; d < n; d++) {
      x[d] = (d / 7) % 2 == 0 ? 90 : 110;
      thin[d] = x[d] / 10;
    }
    double[] wandering = EscalationDetector.trimmed(x, constant(n, 1000), new boolean[n], 0, n);
    assertThat(wandering[1]).as("no week is left out").isEqualTo(364000.0);
    assertThat(wandering[2]).isCloseTo(52 * 4900 / 630.0 / 51, Offset.offset(0.01));
    double[] binomial = EscalationDetector.trimmed(thin, constant(n, 100), new boolean[n], 0, n);
    assertThat(binomial[2]).isCloseTo(52 * 49 / 63.0 / 51, Offset.offset(0.01));
    double[] steady =
        EscalationDetector.trimmed(constant(n, 100), constant(n, 1000), new boolean[n], 0, n);
    assertThat(steady[2]).isCloseTo(0, Offset.offset(1e-6));
  }

  @Test
  void withBlockDispersionASumIsJudgedWithTheYearsOwnWander() throws IOException {
    String year = "profile.test28.minHistory = 364\n" + trimmed();
    DetectionSpec binomial =
        spec(DetectorConfig.parse(shippedDetectors() + TEST28 + SPEC + year, "t"));
    DetectionSpec widened =
        spec(
            DetectorConfig.parse(
                shippedDetectors()
                    + TEST28
                    + SPEC
                    + year
                    + "profile.test28.blockDispersion = true\n",
                "t"));
    // two years of 1,000 a day whose weekly share wanders around 0.1 (sd 0.015: each week's
    // count about 105 off 700, against a binomial sd of 25), then four weeks at 0.16
    int n = 760;
    java.util.Random r = new java.util.Random(1);
    double[] x = new double[n];
    double share = 0.1;
    for (int d = 0; d < n; d++) {
      if (d % 7 == 0) {
        share = 0.1 + 0.015 * r.nextGaussian();
      }
      x[d] = Math.round(1000 * share);
    }
    Arrays.fill(x, n - 28, n, 160);
    double[] v = constant(n, 1000);
    SeriesScores plain = binomial.score(days(n), x, v);
    SeriesScores wide = widened.score(days(n), x, v);
    assertThat(Arrays.copyOf(plain.levels(), n - 28))
        .as("read as binomial, the wandering weeks themselves raise the lens")
        .anyMatch(l -> l != Level.NONE);
    assertThat(Arrays.copyOf(wide.levels(), n - 28)).allMatch(l -> l == Level.NONE);
    // so at the last day the widened lens reads every day its 364 sums before the guard cover,
    // [340, 731): the binomial score around that level, with the level's own error, divided by
    // the root of the kept weeks' dispersion
    double[] level = EscalationDetector.trimmed(x, v, new boolean[731 - 340], 340, 731);
    // the weeks of the level's blocks straddle the share's weeks, so they wander a little less
    assertThat(level[2]).as("far beyond the binomial").isGreaterThan(4);
    double p = (level[0] + 0.5) / (level[1] + 1.0);
    double e = 28_000 * p;
    double expected =
        (28 * 160 - e)
            / Math.sqrt(e * (1 - p))
            / Math.sqrt(1 + 28_000 / level[1])
            / Math.sqrt(level[2]);
    assertThat(wide.scores()[n - 1]).isCloseTo(expected, Offset.offset(1e-9));
    assertThat(wide.scores()[n - 1]).as("a clear rise still stands out").isGreaterThan(4.5);
  }

  @Test
  void anEarlierEpisodeDoesNotRaiseTheLevelANewOneIsJudgedAgainst() throws IOException {
    DetectionSpec spec =
        spec(DetectorConfig.parse(shippedDetectors() + TEST28 + SPEC + trimmed(), "t"));
    int n = 400;
    double[] x = constant(n, 10);
    // an earlier week of 18 a day (one of the level's weekly blocks, which end at day 371 and
    // every seventh day before it): too little to raise the four-week lens itself (its sum stands
    // about 3.4 standard errors out), so nothing leaves the baseline as raised
    Arrays.fill(x, 203, 210, 18);
    SeriesScores sc = spec.score(days(n), x, constant(n, 100));
    assertThat(sc.levels()).allMatch(l -> l == Level.NONE);
    // the week stands out among the 53 and is left out: the level is the other 52 weeks' share
    assertThat(sc.baselineShare()[n - 1])
        .isCloseTo((3640 + 0.5) / (36400 + 1.0), Offset.offset(1e-12));
  }

  @Test
  void theShippedLongLevelLensesStaySilentUntilSixteenWeeksOfDaysLieBeforeTheirGuard()
      throws IOException {
    DetectorConfig shipped = DetectorConfig.parse(shippedDetectors(), "t");
    List<DetectionSpec> long28 =
        shipped.specs().stream().filter(s -> s.settings().trimmedLevel()).toList();
    assertThat(long28)
        .extracting(DetectionSpec::name)
        .containsExactlyInAnyOrder("theatre_material_conflict_28d_long", "humanitarian_28d_long");
    assertThat(long28).allMatch(s -> s.settings().blockDispersion());
    int n = 500;
    List<LocalDate> days = days(n);
    double[] v = constant(n, 1000);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = 100 + (i % 7); // steady: nothing is raised, so every day with a level is scored
    }
    for (DetectionSpec spec : long28) {
      SeriesScores sc = spec.score(days, x, spec.denominator() == null ? null : v);
      // four times the sum's span of history, the level then read from up to a year of days
      assertThat(spec.settings().minHistory()).isEqualTo(4 * 28);
      assertThat(spec.settings().window()).isEqualTo(364);
      int first = spec.settings().minHistory() + spec.settings().guard();
      for (int t = 0; t < n; t++) {
        assertThat(Double.isNaN(sc.expected()[t]))
            .as(spec.name() + " day " + t)
            .isEqualTo(t < first);
      }
    }
  }

  @Test
  void theKeyIsRefusedWithoutSumsJudgedFromTheirDays() {
    assertThatThrownBy(
            () ->
                DetectorConfig.parse(
                    shippedDetectors() + "\nprofile.rolling7.trimmedLevel = true\n", "t"))
        .hasMessageContaining("trimmedLevel");
    assertThatThrownBy(
            () ->
                DetectorConfig.parse(
                    shippedDetectors() + TEST28 + SPEC + "profile.test28.blockDispersion = true\n",
                    "t"))
        .hasMessageContaining("blockDispersion reads the blocks of a trimmed level");
  }

  private static List<LocalDate> days(int n) {
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      days.add(LocalDate.of(2024, 1, 1).plusDays(i));
    }
    return days;
  }

  private static double[] constant(int n, double value) {
    double[] a = new double[n];
    Arrays.fill(a, value);
    return a;
  }

  private static String trimmed() {
    return "profile.test28.trimmedLevel = true\n";
  }

  private static DetectionSpec spec(DetectorConfig c) {
    return c.specs().stream().filter(s -> s.name().equals("mc_long28")).findFirst().orElseThrow();
  }
}
