package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The {@code skewedTail} profile key (twenty-seventh round of issue 14, helper r27small): a share
 * whose period expects 5 to a few dozen events is judged by how rare its count is under the
 * Poisson's own skewed tail, not by the normal approximation, which overstates a high week the more
 * the fewer events are expected.
 */
class SkewedTailTest {
  private static final LocalDate START = LocalDate.of(2025, 1, 1);

  @Test
  void theFactorIsThePoissonTailOverItsNormalApproximationAndNearOneForLargeCounts() {
    // 16 where 5.2 were expected: 4.74 standard errors by the normal, about 3.8 by the mid-p tail
    assertThat(EscalationDetector.skewFactor(16, 5.2)).isCloseTo(0.80, within(0.01));
    assertThat(EscalationDetector.skewFactor(40, 20.9)).isCloseTo(0.89, within(0.01));
    assertThat(EscalationDetector.skewFactor(300, 230)).isGreaterThan(0.93).isLessThan(1);
    assertThat(EscalationDetector.skewFactor(4, 5)).isEqualTo(1.0);
  }

  @Test
  void theKeyDefaultsToOffAndTheShippedFileDoesNotSetIt() {
    for (DetectionSpec spec : DetectorConfig.standard().specs()) {
      assertThat(spec.settings().skewedTail()).as(spec.name()).isFalse();
    }
  }

  @Test
  void aThinSeriesHighWeekScoresLowerWithTheKeyOnAndTheSameWithItOff() throws Exception {
    String shipped = SignalFixtures.shippedDetectors();
    DetectionSpec off = DetectorConfig.parse(shipped, "off").spec("material_conflict_7d").get();
    DetectionSpec on =
        DetectorConfig.parse(shipped + "\nprofile.rolling7.skewedTail = true\n", "on")
            .spec("material_conflict_7d")
            .get();
    assertThat(on.settings().skewedTail()).isTrue();
    assertThat(on.settings())
        .usingRecursiveComparison()
        .ignoringFields("skewedTail")
        .isEqualTo(off.settings());
    // a thin country: about 10 incidents a day, a fifth of them material conflict, then a week
    // at about twice that share
    int n = 120;
    Random g = new Random(27);
    List<LocalDate> days = new ArrayList<>();
    double[] vol = new double[n];
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      days.add(START.plusDays(i));
      vol[i] = 10;
      double p = i >= 100 && i < 107 ? 0.45 : 0.2;
      for (int j = 0; j < 10; j++) {
        x[i] += g.nextDouble() < p ? 1 : 0;
      }
    }
    SeriesScores a = off.score(days, x, vol);
    SeriesScores b = on.score(days, x, vol);
    int t = 106;
    assertThat(a.scores()[t]).isGreaterThan(2);
    double e = a.expected()[t];
    double sum = 0;
    for (int i = t - 6; i <= t; i++) {
      sum += x[i];
    }
    assertThat(b.scores()[t]).isLessThan(a.scores()[t]);
    assertThat(b.scores()[t])
        .isCloseTo(a.scores()[t] * EscalationDetector.skewFactor(sum, e), within(1e-9));
    // the days whose expected count is below 5, or with no excess, score alike
    for (int i = 0; i < n; i++) {
      if (!(a.expected()[i] >= EscalationDetector.SMALL_EXPECTED) || a.scores()[i] == 0) {
        assertThat(b.scores()[i]).as("day " + i).isEqualTo(a.scores()[i]);
      }
    }
  }
}
