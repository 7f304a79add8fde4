package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SumSpreadTest {
  @Test
  void independentDaysAddTheirVariances() {
    assertThat(SumSpread.inflation(28, 0)).isEqualTo(1.0);
  }

  @Test
  void twoCorrelatedDaysVaryOnePlusTheirCorrelationTimesMore() {
    assertThat(SumSpread.inflation(2, 0.4)).isCloseTo(1.4, within(1e-12));
  }

  @Test
  void aMonthOfDaysThatMoveTogetherVariesAsTheAutoregressionSays() {
    // the variance of a sum of 28 AR(1) values of unit variance, simulated
    Random r = new Random(7);
    double phi = 0.5;
    double ss = 0;
    int n = 20_000;
    for (int rep = 0; rep < n; rep++) {
      double w = r.nextGaussian();
      double sum = w;
      for (int d = 1; d < 28; d++) {
        w = phi * w + Math.sqrt(1 - phi * phi) * r.nextGaussian();
        sum += w;
      }
      ss += sum * sum;
    }
    assertThat(ss / n / 28).isCloseTo(SumSpread.inflation(28, phi), within(0.1));
  }

  @Test
  void theLagOneCorrelationOfAnAutoregressionIsRecovered() {
    Random r = new Random(11);
    double[] x = new double[2000];
    for (int i = 1; i < x.length; i++) {
      x[i] = 0.6 * x[i - 1] + r.nextGaussian();
    }
    assertThat(SumSpread.lagOne(x, 0, x.length)).isCloseTo(0.6, within(0.05));
  }

  @Test
  void daysInsideARaisedSumAreLeftOutOfTheBaseline() {
    boolean[] flagged = new boolean[10];
    flagged[6] = true;
    boolean[] out = SumSpread.excluded(flagged, 3, 0, 10, true);
    assertThat(out)
        .containsExactly(false, false, false, false, true, true, true, false, false, false);
    assertThat(SumSpread.excluded(flagged, 3, 0, 10, false)).doesNotContain(true);
    // from day 5 on: indexed from 5, and a raised sum past the end covers nothing
    assertThat(SumSpread.excluded(flagged, 3, 5, 7, true)).containsExactly(true, true);
    assertThat(SumSpread.excluded(flagged, 3, 2, 6, true))
        .containsExactly(false, false, false, false);
  }

  @Test
  void aCountSumIsNeverJudgedSteadierThanAPoisson() {
    double[] x = new double[100];
    java.util.Arrays.fill(x, 4); // no variation at all in the history
    double[] c = SumSpread.count(x, new boolean[100], 0, 0, 100, 28);
    assertThat(c[0]).isEqualTo(4.0);
    assertThat(c[1]).isGreaterThanOrEqualTo(Math.sqrt(28 * 4.0));
  }
}
