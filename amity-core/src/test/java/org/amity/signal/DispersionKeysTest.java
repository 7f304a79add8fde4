package org.amity.signal;

import static org.amity.signal.SignalFixtures.shippedDetectors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The fourteenth round's three profile keys (tried on the design seeds, not shipped): {@code
 * medianDispersion}, {@code dispersionBeforeBaseline} and {@code countConfirms}.
 */
class DispersionKeysTest {

  @Test
  void theMedianEstimateIsZeroWhenResidualsAreNoWiderThanBinomial() {
    double[] r = {0.1, -0.3, 0.5, -0.6, 0.2, 0.4, -0.1};
    double[] n = {100, 120, 90, 110, 100, 95, 105};
    assertThat(EscalationDetector.medianRho(r, n, r.length)).isZero();
  }

  @Test
  void withEqualVolumesTheMedianEstimateHasItsClosedForm() {
    // median of r^2 is 1.0; then 1 / (1 + 100 rho) must be the chi-square median
    double[] r = {0.5, -0.8, 1.0, -1.2, 1.5};
    double[] n = {101, 101, 101, 101, 101};
    double expected = (1.0 / EscalationDetector.CHI_SQUARE_1_MEDIAN - 1) / 100;
    assertThat(EscalationDetector.medianRho(r, n, r.length))
        .isCloseTo(expected, Offset.offset(1e-9));
  }

  @Test
  void aMinorityOfPeriodsFarOffDoesNotMoveTheMedianEstimate() {
    Random g = new Random(14);
    int m = 84;
    double[] r = new double[m];
    double[] n = new double[m];
    for (int i = 0; i < m; i++) {
      r[i] = 1.6 * g.nextGaussian();
      n[i] = 150 + g.nextInt(100);
    }
    double before = EscalationDetector.medianRho(r.clone(), n, m);
    // the periods of an earlier level the share has since left: a third of the lookback, all of
    // them already above the median, pushed far further out
    double[] sq = new double[m];
    for (int i = 0; i < m; i++) {
      sq[i] = r[i] * r[i] / (1 + (n[i] - 1) * before);
    }
    double[] sorted = sq.clone();
    Arrays.sort(sorted);
    double cut = sorted[2 * m / 3];
    double[] shifted = r.clone();
    for (int i = 0; i < m; i++) {
      if (sq[i] > cut) {
        shifted[i] = 8 * r[i];
      }
    }
    assertThat(before).isPositive();
    assertThat(EscalationDetector.medianRho(shifted, n, m)).isCloseTo(before, Offset.offset(1e-6));
  }

  @Test
  void theKeysAreReadFromAProfileAndDefaultToTheShippedBehaviour() throws IOException {
    DetectorSettings shipped = spec(DetectorConfig.parse(shippedDetectors(), "t"), "conflict_7d");
    assertThat(shipped.medianDispersion()).isFalse();
    assertThat(shipped.dispersionBeforeBaseline()).isFalse();
    assertThat(shipped.countConfirms()).isEqualTo(DetectorSettings.DEFAULT_COUNT_CONFIRMS);
    DetectorSettings on =
        spec(
            DetectorConfig.parse(
                shippedDetectors()
                    + "\nprofile.rolling7.medianDispersion = true"
                    + "\nprofile.rolling7.dispersionBeforeBaseline = true"
                    + "\nprofile.rolling7.countConfirms = 1.0\n",
                "t"),
            "conflict_7d");
    assertThat(on.medianDispersion()).isTrue();
    assertThat(on.dispersionBeforeBaseline()).isTrue();
    assertThat(on.countConfirms()).isEqualTo(1.0);
    assertThatThrownBy(
            () ->
                DetectorConfig.parse(
                    shippedDetectors() + "\nprofile.rolling7.countConfirms = -1\n", "t"))
        .hasMessageContaining("countConfirms");
  }

  @Test
  void theDispersionKeysAreRefusedWhereTheSpreadIsEstimatedAnotherWay() throws IOException {
    // the four-week share profile of the fourth round judges its sums' spread from their days
    String share28 =
        "\nprofile.share28.window = 56\nprofile.share28.guard = 28\nprofile.share28.minHistory = 56"
            + "\nprofile.share28.minPeriodVolume = 80\nprofile.share28.minExcess = 6"
            + "\nprofile.share28.zWarning = 4.2\nprofile.share28.zAlert = 6"
            + "\nprofile.share28.cusum = false\nprofile.share28.cooldown = 4"
            + "\nprofile.share28.spreadFromDays = true\n";
    assertThatThrownBy(
            () ->
                DetectorConfig.parse(
                    shippedDetectors() + share28 + "profile.share28.medianDispersion = true\n",
                    "t"))
        .hasMessageContaining("medianDispersion");
    assertThatThrownBy(
            () ->
                DetectorConfig.parse(
                    shippedDetectors()
                        + "\nprofile.rolling7.shareShrinkage = true"
                        + "\nprofile.rolling7.dispersionBeforeBaseline = true\n",
                    "t"))
        .hasMessageContaining("dispersionBeforeBaseline");
  }

  @Test
  void aQuietWeekWithASteadyCountScoresNothingUnlessTheCountCheckIsSwitchedOff()
      throws IOException {
    DetectorSettings daily = spec(DetectorConfig.parse(shippedDetectors(), "t"), "conflict");
    DetectorSettings noCheck =
        spec(
            DetectorConfig.parse(shippedDetectors() + "\nprofile.daily.countConfirms = 0\n", "t"),
            "conflict");
    int n = 200;
    List<LocalDate> days = new ArrayList<>();
    double[] volume = new double[n];
    double[] conflict = new double[n];
    Random g = new Random(7);
    for (int i = 0; i < n; i++) {
      days.add(LocalDate.of(2024, 1, 1).plusDays(i));
      volume[i] = 300;
      int k = 0;
      for (int j = 0; j < 300; j++) {
        k += g.nextDouble() < 0.10 ? 1 : 0;
      }
      conflict[i] = k;
    }
    for (int i = 150; i < 157; i++) {
      volume[i] = 150; // half the news, the same thirty conflict incidents a day
      conflict[i] = 30;
    }
    double withCheck = max(new EscalationDetector(daily).score(days, conflict, volume), 150, 157);
    double without = max(new EscalationDetector(noCheck).score(days, conflict, volume), 150, 157);
    assertThat(withCheck).isLessThan(1.0);
    assertThat(without).isGreaterThan(2.5);
  }

  @Test
  void theSpreadIsReadBeforeTheBaselineOnlyWhenTheKeySaysSoAndThereIsHistoryForIt() {
    // the baseline's window is [start, end); the spread's lookback ends at the returned period
    assertThat(EscalationDetector.spreadEnd(false, 100, 128, 0)).isEqualTo(128);
    assertThat(EscalationDetector.spreadEnd(true, 100, 128, 0)).isEqualTo(100);
    // a protracted level's new normal starts at the floor: nothing before the window to read
    assertThat(EscalationDetector.spreadEnd(true, 100, 128, 99)).isEqualTo(128);
    assertThat(EscalationDetector.spreadEnd(true, 100, 128, 97)).isEqualTo(100);
  }

  private static double max(SeriesScores s, int from, int to) {
    double best = 0;
    for (int i = from; i < to; i++) {
      best = Math.max(best, s.scores()[i]);
    }
    return best;
  }

  private static DetectorSettings spec(DetectorConfig c, String name) {
    return c.specs().stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow()
        .settings();
  }
}
