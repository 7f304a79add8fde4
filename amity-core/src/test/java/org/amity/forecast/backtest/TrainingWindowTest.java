package org.amity.forecast.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.amity.forecast.model.BoostedTrees;
import org.amity.forecast.model.ElasticNetLogit;
import org.amity.forecast.model.EventModel;
import org.amity.forecast.score.Bootstrap;
import org.junit.jupiter.api.Test;

/** The fixed-length training window ({@code --train-window}) inside the rolling origin. */
class TrainingWindowTest {
  private static final Panel PANEL = SyntheticPanel.make(3, 60, 1960, 2000);
  private static final int UNITS = 60;
  private static final CaseModel LOGIT =
      new EventModel(new ElasticNetLogit(new ElasticNetLogit.Settings(0.5, 30, 5)));
  private static final CaseModel GBT =
      new EventModel(new BoostedTrees(new BoostedTrees.Settings(40, 0.1, 2, 1, 0.7, 0.7)));

  private static List<Double> forecastsAt(Panel p, CaseModel m, int t) {
    return RollingOrigin.run(p, m, 9, t, t).stream().map(RollingOrigin.Forecast::model).toList();
  }

  /**
   * The panel with every case whose label was known more than {@code window} periods before t
   * poisoned: its features replaced by noise and its label made the opposite of the planted signal
   * (a model that learns from it forecasts differently).
   */
  private static Panel poisonOlderThan(Panel p, int t, int window, long seed) {
    Random r = new Random(seed);
    List<Case> out = new ArrayList<>();
    for (Case c : p.cases()) {
      boolean old = c.period() + p.trainLag() <= t - window;
      if (!old || c.x() == null) {
        out.add(c);
        continue;
      }
      double s = r.nextGaussian() * 3;
      out.add(
          new Case(
              c.unit(),
              c.name(),
              c.period(),
              new double[] {s, r.nextGaussian()},
              s < -1 ? 1 : 0,
              c.outcome(),
              c.lastState(),
              c.published()));
    }
    return p.withCases(out);
  }

  @Test
  void aFixedWindowTrainsOnExactlyTheLastWPeriodsWhoseLabelsAreKnown() {
    Panel p = PANEL.withTrainWindow(8);
    for (int t = 1975; t <= 1999; t += 4) {
      List<Case> train = RollingOrigin.trainingCases(p, t);
      assertThat(train).hasSize(8 * UNITS);
      for (Case c : train) {
        assertThat(c.period() + p.trainLag()).isLessThanOrEqualTo(t).isGreaterThan(t - 8);
      }
    }
  }

  @Test
  void poisonedRowsOlderThanTheWindowDoNotChangeTheForecasts() {
    int t = 1990;
    int w = 10;
    for (CaseModel m : List.of(LOGIT, GBT)) {
      Panel windowed = PANEL.withTrainWindow(w);
      Panel poisoned = poisonOlderThan(windowed, t, w, 5);
      assertThat(forecastsAt(poisoned, m, t)).isEqualTo(forecastsAt(windowed, m, t));
      // the check has teeth: the expanding window learns from the poison and forecasts otherwise
      assertThat(forecastsAt(poisoned.withTrainWindow(0), m, t))
          .isNotEqualTo(forecastsAt(PANEL, m, t));
    }
  }

  @Test
  void poisonedFutureRowsDoNotChangeTheForecastsOfAWindowedModel() {
    int t = 1990;
    Panel windowed = PANEL.withTrainWindow(10);
    Panel scrambled = SyntheticPanel.scrambleAfter(windowed, t, 81);
    assertThat(scrambled.trainWindow()).isEqualTo(10);
    for (CaseModel m : List.of(LOGIT, GBT)) {
      assertThat(forecastsAt(scrambled, m, t)).isEqualTo(forecastsAt(windowed, m, t));
    }
  }

  @Test
  void aWindowLongerThanTheHistoryIsTheExpandingWindow() {
    Panel long_ = PANEL.withTrainWindow(500);
    for (int t : new int[] {1972, 1990}) {
      assertThat(RollingOrigin.trainingCases(long_, t))
          .isEqualTo(RollingOrigin.trainingCases(PANEL, t));
      assertThat(forecastsAt(long_, LOGIT, t)).isEqualTo(forecastsAt(PANEL, LOGIT, t));
    }
    // and a window shorter than the history is not: it forecasts otherwise
    assertThat(forecastsAt(PANEL.withTrainWindow(5), LOGIT, 1990))
        .isNotEqualTo(forecastsAt(PANEL, LOGIT, 1990));
  }

  @Test
  void aWindowedCalibratedBacktestObeysTheTimeRule() {
    Panel windowed = PANEL.withTrainWindow(10);
    int t = 1992;
    Panel scrambled = SyntheticPanel.scrambleAfter(windowed, t, 82);
    assertThat(calibratedAt(scrambled, t)).isEqualTo(calibratedAt(windowed, t));
    BacktestReport r =
        new Backtest(new Bootstrap(20, 5)).run(windowed, LOGIT, 42, 1985, 1999, false, "stable");
    assertThat(r.calibration().stream().mapToInt(b -> b.cases()).sum()).isEqualTo(r.cases());
  }

  private static List<Double> calibratedAt(Panel p, int t) {
    return new Backtest(new Bootstrap(10, 5))
        .run(p, LOGIT, 9, t, t, false, "stable").scored().stream().map(Scored::model).toList();
  }

  @Test
  void aNegativeWindowIsRejected() {
    assertThatThrownBy(() -> PANEL.withTrainWindow(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trainWindow");
  }
}
