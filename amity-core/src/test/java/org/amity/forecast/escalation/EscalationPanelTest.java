package org.amity.forecast.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import org.amity.forecast.backtest.Backtest;
import org.amity.forecast.backtest.BacktestReport;
import org.amity.forecast.backtest.FutureLeakCheck;
import org.amity.forecast.backtest.Panel;
import org.amity.forecast.model.ElasticNetLogit;
import org.amity.forecast.model.EventModel;
import org.amity.forecast.score.Bootstrap;
import org.junit.jupiter.api.Test;

class EscalationPanelTest {
  /**
   * Simulated dyads: quiet months with a little verbal conflict; before each conflict spike, a
   * month of raised verbal conflict and falling cooperation (the precursor a model should learn).
   */
  static DyadMonths simulate(long seed, int futureFrom, long futureSeed) {
    Random past = new Random(seed);
    Random future = new Random(futureSeed);
    DyadMonths d = new DyadMonths();
    String[] dyads = {"710>816", "816>710", "710>840", "840>710", "840>850", "850>840"};
    for (String dyad : dyads) {
      boolean precursor = false;
      for (int m = 1995 * 12; m < 2010 * 12; m++) {
        Random r = m >= futureFrom ? future : past;
        boolean spike = precursor && r.nextDouble() < 0.7;
        precursor = !spike && r.nextDouble() < 0.06;
        d.add(dyad, dyad, m, DyadMonths.VERBAL_COOP, 5 + r.nextInt(5) - (precursor ? 4 : 0));
        d.add(dyad, dyad, m, DyadMonths.VERBAL_CONFLICT, r.nextInt(2) + (precursor ? 3 : 0));
        if (spike) {
          d.add(dyad, dyad, m, DyadMonths.MATERIAL_CONFLICT, 6 + r.nextInt(4));
        }
      }
    }
    return d;
  }

  @Test
  void featuresAndOutcomesDoNotLookPastTheOrigin() {
    int t = 2003 * 12 + 5;
    Panel truth = EscalationPanel.build(simulate(1, t + 1, 10), Map.of());
    Panel other = EscalationPanel.build(simulate(1, t + 1, 20), Map.of());
    FutureLeakCheck.assertNothingLeaks(truth, other, t);
  }

  @Test
  void learnsThePlantedPrecursorOnSimulatedDyadsOutOfTime() {
    Panel p = EscalationPanel.build(simulate(1, Integer.MAX_VALUE, 1), Map.of());
    BacktestReport r =
        new Backtest(new Bootstrap(50, 1))
            .run(
                p,
                new EventModel(new ElasticNetLogit(new ElasticNetLogit.Settings(0.5, 30, 5))),
                1,
                2003 * 12,
                2009 * 12 + 10,
                false);
    assertThat(r.events()).isGreaterThan(30);
    assertThat(r.modelScores().get("ap"))
        .isGreaterThan(2 * r.baselines().get("baseRate").get("ap"));
    assertThat(r.modelScores().get("brier")).isLessThan(r.baselines().get("baseRate").get("brier"));
  }
}
