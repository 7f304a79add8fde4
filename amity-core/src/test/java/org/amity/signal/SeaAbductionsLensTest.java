package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The abductions-at-sea lens (four-week sums of kidnappings and hijackings per sea area, scored
 * weekly with the exact Poisson tail): a cluster of abductions where they were rare raises a
 * warning, while the same series scored on the square-root scale, or a quiet sea with the odd
 * abduction, does not.
 */
class SeaAbductionsLensTest {
  private static final DetectionSpec LENS =
      DetectorConfig.standard().specs().stream()
          .filter(s -> s.name().equals("sea_abductions_4w"))
          .findFirst()
          .orElseThrow();

  /** Weekly four-week sums of a weekly count series. */
  private static double[] fourWeekSums(int[] weekly) {
    double[] out = new double[weekly.length];
    for (int i = 0; i < weekly.length; i++) {
      for (int j = Math.max(0, i - 3); j <= i; j++) {
        out[i] += weekly[j];
      }
    }
    return out;
  }

  private static List<LocalDate> weeks(int n) {
    List<LocalDate> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(LocalDate.of(2014, 1, 6).plusWeeks(i));
    }
    return out;
  }

  /** Two years with three abductions, then four in three weeks (Sulu, March-April 2016). */
  private static int[] suluLike() {
    int[] w = new int[120];
    w[16] = 1;
    w[23] = 1;
    w[55] = 1;
    w[116] = 2;
    w[117] = 1;
    w[119] = 1;
    return w;
  }

  @Test
  void aClusterOfAbductionsWhereTheyWereRareRaisesAWarning() {
    int[] w = suluLike();
    SeriesScores s =
        new EscalationDetector(LENS.settings()).score(weeks(w.length), fourWeekSums(w), null);
    assertThat(s.levels()[w.length - 1]).isIn(Level.WARNING, Level.ALERT);
    assertThat(s.scores()[w.length - 1]).isGreaterThan(4);
  }

  @Test
  void theSquareRootScaleWouldNotHaveSeenTheSameCluster() {
    DetectorSettings x = LENS.settings();
    DetectorSettings sqrt = x.withExactTail(false);
    int[] w = suluLike();
    SeriesScores s = new EscalationDetector(sqrt).score(weeks(w.length), fourWeekSums(w), null);
    assertThat(s.levels()[w.length - 1]).isEqualTo(Level.NONE);
  }

  @Test
  void scattredSingleAbductionsAtTheUsualRateRaiseNothing() {
    int quietSeries = 0;
    for (long seed = 1; seed <= 20; seed++) {
      Random r = new Random(seed);
      int[] w = new int[520]; // ten years at about three abductions a year
      for (int i = 0; i < w.length; i++) {
        w[i] = r.nextDouble() < 3.0 / 52 ? 1 : 0;
      }
      SeriesScores s =
          new EscalationDetector(LENS.settings()).score(weeks(w.length), fourWeekSums(w), null);
      List<DetectedAlert> alerts = AlertBuilder.alerts(LENS, "SULU_CELEBES", s);
      if (alerts.stream().noneMatch(a -> a.peakLevel().atLeast(Level.WARNING))) {
        quietSeries++;
      }
    }
    assertThat(quietSeries)
        .as("ten-year series without a warning, of 20")
        .isGreaterThanOrEqualTo(18);
  }
}
