package org.amity.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ElasticNetLogitTest {
  /** y depends on x0 (strongly, positively) and x1 (negatively); x2 is noise. */
  private static double[][] x;

  private static double[] y;

  static {
    Random r = new Random(11);
    int n = 2000;
    x = new double[n][3];
    y = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 3; j++) {
        x[i][j] = r.nextGaussian() * (j + 1);
      }
      double eta = -3 + 1.5 * x[i][0] - 0.4 * x[i][1];
      y[i] = r.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
    }
  }

  @Test
  void recoversTheSignsOfTheTrueCoefficientsAndShrinksNoise() {
    ElasticNetLogit.Fit f =
        new ElasticNetLogit(new ElasticNetLogit.Settings(0.5, 50, 5))
            .fit(x, y, new String[] {"a", "b", "c"}, 1);
    assertThat(f.beta()[0]).isBetween(1.0, 2.0);
    assertThat(f.beta()[1]).isLessThan(-0.2);
    assertThat(Math.abs(f.beta()[2])).isLessThan(0.1);
  }

  @Test
  void sameSeedGivesTheSameFitAndAHugePenaltyGivesTheBaseRate() {
    ElasticNetLogit m = new ElasticNetLogit(new ElasticNetLogit.Settings(0.5, 30, 5));
    ElasticNetLogit.Fit a = m.fit(x, y, new String[] {"a", "b", "c"}, 5);
    ElasticNetLogit.Fit b = m.fit(x, y, new String[] {"a", "b", "c"}, 5);
    assertThat(a).usingRecursiveComparison().isEqualTo(b);
    ElasticNetLogit.Fit flat = m.fitAt(x, y, 1e3);
    double rate = java.util.Arrays.stream(y).average().orElseThrow();
    assertThat(flat.beta()).containsOnly(0.0);
    assertThat(flat.predict(new double[][] {x[0]})[0])
        .isCloseTo(rate, org.assertj.core.api.Assertions.within(1e-6));
  }
}
