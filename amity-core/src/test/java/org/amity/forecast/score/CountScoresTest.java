package org.amity.forecast.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CountScoresTest {
  @Test
  void poissonCrpsMatchesTheDefinitionSummedByHand() {
    double mu = 2.5;
    int y = 4;
    double sum = 0;
    double cdf = 0;
    double pk = Math.exp(-mu);
    for (int k = 0; k < 200; k++) {
      if (k > 0) {
        pk *= mu / k;
      }
      cdf += pk;
      double d = cdf - (y <= k ? 1 : 0);
      sum += d * d;
    }
    assertThat(CountScores.poissonCrps(mu, y)).isCloseTo(sum, within(1e-9));
  }

  @Test
  void pointForecastCrpsIsTheAbsoluteError() {
    CountScores s = new CountScores(new double[] {2, 5}, new double[] {3, 1}, false);
    assertThat(s.all(new double[] {1, 1}).get("crps")).isEqualTo(2.5);
    assertThat(s.all(new double[] {1, 1}).get("mae")).isEqualTo(2.5);
  }

  @Test
  void aSharperCorrectPoissonScoresBetterThanAWrongOne() {
    assertThat(CountScores.poissonCrps(3, 3)).isLessThan(CountScores.poissonCrps(8, 3));
    assertThat(CountScores.poissonCrps(0, 0)).isZero();
  }

  @Test
  void largeMeansUseANormalApproximationCloseToTheExactSum() {
    double mu = 700;
    assertThat(CountScores.poissonCrps(mu, 690))
        .isCloseTo(CountScores.poissonCrps(mu, 690), within(1e-12))
        .isBetween(5.0, 20.0);
  }
}
