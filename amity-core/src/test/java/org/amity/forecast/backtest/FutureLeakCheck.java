package org.amity.forecast.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

/**
 * Compares two panels built from the same history up to period t but different futures: every
 * feature of a case at or before t, and every label and outcome that is due by t, must be equal. A
 * feature that peeks at the future makes this fail.
 */
public final class FutureLeakCheck {
  private FutureLeakCheck() {}

  public static void assertNothingLeaks(Panel truth, Panel otherFuture, int t) {
    Map<String, Case> other = new HashMap<>();
    otherFuture.cases().forEach(c -> other.put(c.unit() + "|" + c.period(), c));
    int compared = 0;
    for (Case c : truth.cases()) {
      if (c.period() > t) {
        continue;
      }
      Case o = other.get(c.unit() + "|" + c.period());
      assertThat(o).as("case %s at %d exists in both", c.unit(), c.period()).isNotNull();
      assertThat(o.x()).as("features of %s at %d", c.unit(), c.period()).isEqualTo(c.x());
      assertThat(Double.valueOf(o.lastState()))
          .as("state of %s at %d", c.unit(), c.period())
          .isEqualTo(Double.valueOf(c.lastState()));
      if (c.period() + truth.trainLag() <= t) {
        assertThat(Double.valueOf(o.trainLabel()))
            .as("label of %s at %d", c.unit(), c.period())
            .isEqualTo(Double.valueOf(c.trainLabel()));
      }
      if (c.period() + truth.horizon() <= t) {
        assertThat(Double.valueOf(o.outcome()))
            .as("outcome of %s at %d", c.unit(), c.period())
            .isEqualTo(Double.valueOf(c.outcome()));
      }
      compared++;
    }
    assertThat(compared).as("cases compared").isPositive();
  }
}
