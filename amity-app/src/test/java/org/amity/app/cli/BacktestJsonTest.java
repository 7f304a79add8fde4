package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amity.forecast.backtest.BacktestReport;
import org.amity.forecast.backtest.Case;
import org.amity.forecast.backtest.Scored;
import org.amity.forecast.score.BinaryScores;
import org.amity.forecast.score.CountScores;
import org.junit.jupiter.api.Test;

/** Backtest output says, for each score, which direction is better. */
class BacktestJsonTest {

  @Test
  void everyScoreABacktestReportsHasADirection() {
    List<String> keys = new ArrayList<>();
    keys.addAll(new BinaryScores(new double[] {0.2, 0.8}, new double[] {0, 1}).all().keySet());
    keys.addAll(
        new CountScores(new double[] {1, 2}, new double[] {1, 3}, true)
            .all(new double[] {1, 1})
            .keySet());
    assertThat(keys).isNotEmpty();
    for (String k : keys) {
      assertThat(BacktestJson.better(k)).as(k).isIn("lower", "higher");
    }
  }

  @Test
  void lossesAreBetterLowerAndRankingScoresHigher() {
    assertThat(BacktestJson.named("brier")).isEqualTo("brier (lower is better)");
    assertThat(BacktestJson.named("logLoss")).isEqualTo("logLoss (lower is better)");
    assertThat(BacktestJson.named("crps")).isEqualTo("crps (lower is better)");
    assertThat(BacktestJson.named("auc")).isEqualTo("auc (higher is better)");
    assertThat(BacktestJson.named("ap")).isEqualTo("ap (higher is better)");
  }

  /** One case per origin 1993-2023, forecast 2% then, from 2013, 1%; an event every 4th year. */
  private static BacktestReport yearly() {
    List<Scored> s = new ArrayList<>();
    for (int t = 1993; t <= 2023; t++) {
      Case c = new Case("X", "X", t, new double[] {0}, 0, t % 4 == 0 ? 1 : 0, 0, Double.NaN);
      double f = t >= 2013 ? 0.01 : 0.02;
      s.add(new Scored(c, c.outcome(), f, 0.01, 0.03, Double.NaN, 2 * f, Double.NaN));
    }
    return new BacktestReport(
        "t", 1, false, "m", 1, 1993, 2023, s.size(), 7, 0, Map.of(), Map.of(), Map.of(), "none",
        List.of(), List.of(), s, Map.of());
  }

  @Test
  void theLevelByPeriodSplitsTheOriginsInDecadesAndFoldsAShortLastOneIn() {
    List<Map<String, Object>> blocks = BacktestJson.levelByPeriod(yearly(), "year");
    assertThat(blocks)
        .extracting(b -> b.get("origins"))
        .containsExactly("1993 to 2002", "2003 to 2012", "2013 to 2023");
    assertThat(blocks).extracting(b -> b.get("cases")).containsExactly(10, 10, 11);
    // events in 1996, 2000 | 2004, 2008, 2012 | 2016, 2020
    assertThat(blocks).extracting(b -> b.get("events")).containsExactly(2.0, 3.0, 2.0);
    Map<String, Object> last = blocks.get(2);
    assertThat((Double) last.get("meanForecast")).isEqualTo(0.01);
    assertThat((Double) last.get("meanForecastUncalibrated")).isEqualTo(0.02);
    assertThat((Double) last.get("meanBaseRate")).isEqualTo(0.03);
    assertThat((Double) last.get("forecastOverObserved")).isCloseTo(0.055, within(1e-6));
    assertThat((Double) blocks.get(0).get("forecastOverObserved")).isCloseTo(0.1, within(1e-6));
  }

  @Test
  void anUnknownScoreIsNotGivenADirectionByGuessing() {
    assertThatThrownBy(() -> BacktestJson.better("accuracy"))
        .isInstanceOf(IllegalStateException.class);
  }
}
