package org.amity.forecast.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A simulated country-year panel: feature "signal" raises the chance of an event next year, "noise"
 * does nothing. Each case's label and outcome are the event in t+1.
 */
public final class SyntheticPanel {
  private SyntheticPanel() {}

  public static Panel make(long seed, int units, int firstYear, int lastYear) {
    Random r = new Random(seed);
    double[][] signal = new double[units][lastYear - firstYear + 2];
    for (double[] s : signal) {
      for (int k = 0; k < s.length; k++) {
        s[k] = r.nextGaussian();
      }
    }
    List<Case> cases = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      double last = 0;
      for (int t = firstYear; t <= lastYear; t++) {
        double s = signal[u][t - firstYear];
        double p = 1 / (1 + Math.exp(-(-3 + 1.5 * s)));
        double event = r.nextDouble() < p ? 1 : 0;
        double outcome = t < lastYear ? event : Double.NaN;
        cases.add(
            new Case(
                "u" + u,
                "Unit " + u,
                t,
                new double[] {s, r.nextGaussian()},
                outcome,
                outcome,
                last,
                Double.NaN));
        last = event;
      }
    }
    return new Panel(
        "synthetic",
        "country",
        "year",
        1,
        1,
        new String[] {"signal", "noise"},
        cases,
        firstYear + 10,
        null,
        false,
        Map.of(),
        Map.of());
  }

  /** The same panel with every fact not known at origin t replaced by random values. */
  public static Panel scrambleAfter(Panel p, int t, long seed) {
    Random r = new Random(seed);
    List<Case> out = new ArrayList<>();
    for (Case c : p.cases()) {
      boolean labelUnknown = c.period() + p.trainLag() > t;
      boolean outcomeUnknown = c.period() + p.horizon() > t;
      double[] x = c.period() > t && c.x() != null ? new double[] {r.nextGaussian() * 5, 3} : c.x();
      out.add(
          new Case(
              c.unit(),
              c.name(),
              c.period(),
              x,
              labelUnknown ? (r.nextBoolean() ? 1 : 0) : c.trainLabel(),
              outcomeUnknown ? (r.nextBoolean() ? 1 : 0) : c.outcome(),
              c.period() > t ? r.nextInt(2) : c.lastState(),
              c.published()));
    }
    return p.withCases(out);
  }
}
