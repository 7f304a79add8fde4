package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A share of news is scored only on periods a source covered, and its baseline's history is counted
 * in covered periods (audit4 H1): days between two news files are unknown, not quiet.
 */
class CoveredHistoryTest {
  private static final DetectionSpec DAILY =
      DetectorConfig.standard().spec("conflict").orElseThrow();
  private static final int N = 120;

  @Test
  void uncoveredDaysAreNotScoredAndDoNotCountAsHistory() {
    // covered from day 40 to 79 and from day 90 on; the days between hold no news
    boolean[] covered = new boolean[N];
    for (int i = 0; i < N; i++) {
      covered[i] = (i >= 40 && i < 80) || i >= 90;
    }
    double[][] s = series(covered, -1);
    SeriesScores read = DAILY.score(days(), s[0], s[1], covered);
    int need = DAILY.settings().minHistory() + DAILY.settings().guard();
    for (int t = 0; t < N; t++) {
      if (!covered[t] || t < 40 + need) {
        assertThat(read.expected()[t]).as("day %d", t).isNaN();
      }
    }
    // enough covered days lie in the window again straight after the gap
    assertThat(read.expected()[90]).isFinite();
    assertThat(read.expected()[40 + need]).isFinite();
    assertThat(read.covered()).isEqualTo(covered);
  }

  @Test
  void aSurgeInTheFirstDaysOfAFileIsNotJudgedAgainstTheEmptyDaysBeforeIt() {
    boolean[] covered = new boolean[N];
    Arrays.fill(covered, 100, N, true);
    double[][] s = series(covered, 101);
    // read as quiet days, the hundred days before the file, with their twenty back-dated reports
    // of cooperation, let the file's second day raise an alert
    SeriesScores asQuiet = DAILY.score(days(), s[0], s[1], null);
    assertThat(asQuiet.levels()[101].atLeast(Level.WARNING)).isTrue();
    SeriesScores read = DAILY.score(days(), s[0], s[1], covered);
    assertThat(read.levels()).containsOnly(Level.NONE);
  }

  /**
   * 200 to 260 incidents a covered day, a tenth of them of conflict; at {@code surge}, if not -1,
   * half of them. Uncovered days hold nothing but ten back-dated reports of cooperation on days 60
   * and 85.
   */
  private static double[][] series(boolean[] covered, int surge) {
    Random r = new Random(3);
    double[] x = new double[N];
    double[] v = new double[N];
    for (int i = 0; i < N; i++) {
      if (covered[i]) {
        v[i] = 200 + r.nextInt(60);
        x[i] = Math.round(v[i] * (i == surge ? 0.5 : 0.1));
      } else if (i == 60 || i == 85) {
        v[i] = 10;
      }
    }
    return new double[][] {x, v};
  }

  private static List<LocalDate> days() {
    List<LocalDate> out = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      out.add(LocalDate.of(2013, 1, 1).plusDays(i));
    }
    return out;
  }
}
