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

  @Test
  void aMonthExactlyAtTwiceTheMeanOfTheYearBeforeIsAnEscalation() {
    // MYS>IDN 2002-11 .. 2003-11 as in the ICEWS file: 36 conflict events in the twelve months
    // before 2003-11 (a mean of exactly 3), then 6; twelve twelfths summed in floating point
    // (newest month first) come to 3.0000000000000004, so the old test missed this month.
    int[] counts = {3, 2, 0, 1, 1, 4, 7, 1, 2, 7, 3, 5, 6};
    DyadMonths d = new DyadMonths();
    int first = 2002 * 12 + 10;
    for (int i = 0; i < counts.length; i++) {
      d.add("820>850", "MALAYSIA > INDONESIA", first + i, DyadMonths.VERBAL_CONFLICT, counts[i]);
    }
    int november = 2003 * 12 + 10;
    assertThat(EscalationPanel.escalated(d, "820>850", november)).isEqualTo(1.0);
  }

  @Test
  void aMonthJustBelowTwiceTheMeanOrBelowThreeEventsIsNot() {
    DyadMonths d = new DyadMonths();
    int first = 2002 * 12 + 10;
    int[] counts = {3, 2, 0, 1, 1, 4, 7, 1, 2, 7, 3, 6, 6}; // 37 before: 6 * 12 < 2 * 37
    for (int i = 0; i < counts.length; i++) {
      d.add("820>850", "MALAYSIA > INDONESIA", first + i, DyadMonths.VERBAL_CONFLICT, counts[i]);
      d.add(
          "850>820", "INDONESIA > MALAYSIA", first + i, DyadMonths.VERBAL_CONFLICT, i < 12 ? 1 : 2);
    }
    int november = 2003 * 12 + 10;
    assertThat(EscalationPanel.escalated(d, "820>850", november)).isZero();
    // 2 events against a mean of 1: twice the mean, but fewer than three events
    assertThat(EscalationPanel.escalated(d, "850>820", november)).isZero();
  }
}
