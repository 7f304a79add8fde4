package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
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

  @Test
  void anUnknownScoreIsNotGivenADirectionByGuessing() {
    assertThatThrownBy(() -> BacktestJson.better("accuracy"))
        .isInstanceOf(IllegalStateException.class);
  }
}
