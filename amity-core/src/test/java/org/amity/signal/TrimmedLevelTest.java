package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
    DetectionSpec spec = spec(DetectorConfig.parse(standard() + TEST28 + SPEC + trimmed(), "t"));
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
    DetectionSpec plain = spec(DetectorConfig.parse(standard() + TEST28 + SPEC, "t"));
    assertThat(plain.score(days, x, v).scores()[n - 1]).isNotCloseTo(expected, Offset.offset(0.01));
  }

  @Test
  void anEarlierEpisodeDoesNotRaiseTheLevelANewOneIsJudgedAgainst() throws IOException {
    DetectionSpec spec = spec(DetectorConfig.parse(standard() + TEST28 + SPEC + trimmed(), "t"));
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
  void theShippedLongLevelLensesStaySilentUntilAYearOfDaysLiesBeforeTheirGuard()
      throws IOException {
    DetectorConfig shipped = DetectorConfig.parse(standard(), "t");
    List<DetectionSpec> long28 =
        shipped.specs().stream().filter(s -> s.settings().trimmedLevel()).toList();
    assertThat(long28)
        .extracting(DetectionSpec::name)
        .containsExactlyInAnyOrder("theatre_material_conflict_28d_long", "humanitarian_28d_long");
    int n = 500;
    List<LocalDate> days = days(n);
    double[] v = constant(n, 1000);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = 100 + (i % 7); // steady: nothing is raised, so every day with a level is scored
    }
    for (DetectionSpec spec : long28) {
      SeriesScores sc = spec.score(days, x, spec.denominator() == null ? null : v);
      int first = spec.settings().window() + spec.settings().guard();
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
                DetectorConfig.parse(standard() + "\nprofile.rolling7.trimmedLevel = true\n", "t"))
        .hasMessageContaining("trimmedLevel");
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

  private static String standard() throws IOException {
    try (InputStream in =
        DetectorConfig.class.getResourceAsStream("/org/amity/signal/detectors.properties")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
