package org.amity.forecast.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PlattScalingTest {
  /** Raw forecasts with log-odds z, outcomes drawn from log-odds a + b z. */
  private static double[][] sample(double a, double b, int n, long seed) {
    Random r = new Random(seed);
    double[] p = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double z = -2 + r.nextGaussian();
      p[i] = 1 / (1 + Math.exp(-z));
      y[i] = r.nextDouble() < 1 / (1 + Math.exp(-(a + b * z))) ? 1 : 0;
    }
    return new double[][] {p, y};
  }

  @Test
  void recoversTheMapThatMadeTheOutcomes() {
    double[][] s = sample(-1, 1.5, 20_000, 3);
    PlattScaling m = PlattScaling.fit(s[0], s[1]);
    assertThat(m.a()).isCloseTo(-1, within(0.15));
    assertThat(m.b()).isCloseTo(1.5, within(0.15));
  }

  @Test
  void leavesCalibratedForecastsNearlyAlone() {
    double[][] s = sample(0, 1, 20_000, 4);
    PlattScaling m = PlattScaling.fit(s[0], s[1]);
    assertThat(m.apply(0.1)).isCloseTo(0.1, within(0.01));
  }

  @Test
  void theShiftKeepsTheSlopeAndLowersForecastsThatRunHigh() {
    double[][] s = sample(-1, 1, 20_000, 5);
    PlattScaling m = PlattScaling.fit(s[0], s[1], false);
    assertThat(m.b()).isEqualTo(1.0);
    assertThat(m.a()).isCloseTo(-1, within(0.1));
    assertThat(m.apply(0.1)).isLessThan(0.05);
  }

  @Test
  void aHistoryWithOneEventCannotPushForecastsToZeroOrOne() {
    double[] p = {0.01, 0.02, 0.03, 0.5, 0.04, 0.02};
    double[] y = {0, 0, 0, 1, 0, 0};
    PlattScaling m = PlattScaling.fit(p, y);
    assertThat(m.apply(0.5)).isLessThan(0.99);
    assertThat(m.apply(0.01)).isGreaterThan(1e-4);
  }

  @Test
  void theInterceptWithAHeldSlopeRecoversTheLevelAndKeepsTheSlope() {
    double[][] s = sample(-1.5, 0.5, 20_000, 6);
    PlattScaling m = PlattScaling.fitIntercept(s[0], s[1], 0.5);
    assertThat(m.b()).isEqualTo(0.5);
    assertThat(m.a()).isCloseTo(-1.5, within(0.15));
    // held at 1 it is the shift
    assertThat(PlattScaling.fitIntercept(s[0], s[1], 1))
        .isEqualTo(PlattScaling.fit(s[0], s[1], false));
  }

  @Test
  void theInterceptWithTheFittedSlopeHeldIsTheFittedIntercept() {
    double[][] s = sample(-1, 0.6, 5_000, 7);
    PlattScaling both = PlattScaling.fit(s[0], s[1]);
    PlattScaling held = PlattScaling.fitIntercept(s[0], s[1], both.b());
    assertThat(held.a()).isCloseTo(both.a(), within(1e-5));
  }
}
