package org.amity.forecast.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The calibration step's leak canary: a map fitted at origin T may use only outcomes known at T.
 */
class RollingCalibrationTest {
  private static final int HORIZON = 1;
  private static final int UNITS = 200;
  private static final int FIRST = 2000;
  private static final int LAST = 2020;

  private final int[] origin = new int[UNITS * (LAST - FIRST + 1)];
  private final double[] raw = new double[origin.length];
  private final double[] outcome = new double[origin.length];

  RollingCalibrationTest() {
    Random r = new Random(11);
    int i = 0;
    for (int t = FIRST; t <= LAST; t++) {
      for (int u = 0; u < UNITS; u++) {
        double z = -2 + r.nextGaussian();
        origin[i] = t;
        raw[i] = 1 / (1 + Math.exp(-z));
        // the raw forecasts run high: outcomes follow log-odds z - 1
        outcome[i] = r.nextDouble() < 1 / (1 + Math.exp(-(z - 1))) ? 1 : 0;
        i++;
      }
    }
  }

  /** The outcomes with every one not yet known at origin t replaced by its opposite. */
  private double[] otherFuture(int t) {
    double[] y = outcome.clone();
    for (int i = 0; i < y.length; i++) {
      if (origin[i] + HORIZON > t) {
        y[i] = 1 - y[i];
      }
    }
    return y;
  }

  private double[] atOrigin(RollingCalibration c, double[] y, int t) {
    double[] all = c.calibrate(origin, raw, y, FIRST + 5).calibrated();
    return java.util.stream.IntStream.range(0, all.length)
        .filter(i -> origin[i] == t)
        .mapToDouble(i -> all[i])
        .toArray();
  }

  @Test
  void calibratedForecastsAtAnOriginIgnoreOutcomesNotYetKnown() {
    RollingCalibration c = new RollingCalibration(HORIZON, true);
    int t = 2012;
    assertThat(atOrigin(c, otherFuture(t), t)).containsExactly(atOrigin(c, outcome, t));
  }

  @Test
  void aCalibrationThatPeeksOnePeriodAheadIsCaught() {
    RollingCalibration leak = RollingCalibration.leaking(HORIZON, 1);
    int t = 2012;
    assertThat(Arrays.equals(atOrigin(leak, otherFuture(t), t), atOrigin(leak, outcome, t)))
        .as("the canary must change when the future changes")
        .isFalse();
  }

  @Test
  void lowersForecastsThatRunHighUsingOnlyThePast() {
    double[] cal = atOrigin(new RollingCalibration(HORIZON, true), outcome, 2015);
    double[] rawAt =
        java.util.stream.IntStream.range(0, raw.length)
            .filter(i -> origin[i] == 2015)
            .mapToDouble(i -> raw[i])
            .toArray();
    assertThat(Arrays.stream(cal).average().orElseThrow())
        .isLessThan(Arrays.stream(rawAt).average().orElseThrow() * 0.7);
  }

  @Test
  void keepsRawForecastsUntilTheHistoryHoldsEnoughEvents() {
    double[] none = new double[outcome.length];
    double[] cal =
        new RollingCalibration(HORIZON, true).calibrate(origin, raw, none, FIRST + 5).calibrated();
    assertThat(cal[raw.length - 1]).isEqualTo(raw[raw.length - 1]);
    assertThat(cal[0]).isNaN(); // warm-up entries are history only
  }
}
