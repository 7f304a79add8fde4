package org.amity.forecast.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.amity.forecast.model.BoostedTrees;
import org.amity.forecast.model.ElasticNetLogit;
import org.amity.forecast.model.EventModel;
import org.amity.forecast.score.Bootstrap;
import org.junit.jupiter.api.Test;

class RollingOriginTest {
  private static final Panel PANEL = SyntheticPanel.make(1, 60, 1960, 2000);
  private static final CaseModel LOGIT =
      new EventModel(new ElasticNetLogit(new ElasticNetLogit.Settings(0.5, 30, 5)));

  private static List<Double> forecastsAt(Panel p, CaseModel m, int t) {
    return RollingOrigin.run(p, m, 9, t, t).stream()
        .flatMap(f -> java.util.stream.Stream.of(f.model(), f.baseRate()))
        .toList();
  }

  @Test
  void forecastsAtAnOriginIgnoreEverythingNotYetKnown() {
    int t = 1985;
    Panel scrambled = SyntheticPanel.scrambleAfter(PANEL, t, 77);
    assertThat(forecastsAt(scrambled, LOGIT, t)).isEqualTo(forecastsAt(PANEL, LOGIT, t));
  }

  @Test
  void forecastsDoDependOnWhatWasKnown() {
    // the check above has teeth: scrambling one year earlier changes the forecasts at t
    int t = 1985;
    Panel scrambled = SyntheticPanel.scrambleAfter(PANEL, t - 3, 77);
    assertThat(forecastsAt(scrambled, LOGIT, t)).isNotEqualTo(forecastsAt(PANEL, LOGIT, t));
  }

  private static List<Double> calibratedAt(Panel p, int t) {
    return new Backtest(new Bootstrap(10, 5))
        .run(p, LOGIT, 9, t, t, false, "platt").scored().stream().map(Scored::model).toList();
  }

  @Test
  void calibratedForecastsAtAnOriginIgnoreEverythingNotYetKnown() {
    int t = 1990;
    Panel scrambled = SyntheticPanel.scrambleAfter(PANEL, t, 78);
    List<Double> honest = calibratedAt(PANEL, t);
    assertThat(calibratedAt(scrambled, t)).isEqualTo(honest);
    assertThat(honest)
        .as("calibration changed the raw forecasts")
        .isNotEqualTo(
            RollingOrigin.run(PANEL, LOGIT, 9, t, t).stream()
                .filter(f -> !Double.isNaN(f.c().outcome()))
                .map(RollingOrigin.Forecast::model)
                .toList());
  }

  @Test
  void aCalibratedBacktestReportsTheRawForecastsAndAReliabilityTable() {
    BacktestReport r =
        new Backtest(new Bootstrap(20, 5)).run(PANEL, LOGIT, 42, 1985, 1999, false, "platt");
    assertThat(r.calibrator()).isEqualTo("platt");
    assertThat(r.baselines()).containsKey("uncalibrated");
    assertThat(r.calibration().stream().mapToInt(b -> b.cases()).sum()).isEqualTo(r.cases());
    assertThat(r.modelScores().get("brier")).isLessThan(r.baselines().get("baseRate").get("brier"));
  }

  @Test
  void aStableCalibratedBacktestKeepsTheReliabilityTableAndObeysTheTimeRule() {
    BacktestReport r =
        new Backtest(new Bootstrap(20, 5)).run(PANEL, LOGIT, 42, 1985, 1999, false, "stable");
    assertThat(r.calibrator()).isEqualTo("stable");
    assertThat(r.calibration().stream().mapToInt(b -> b.cases()).sum()).isEqualTo(r.cases());
    assertThat(r.calibrationMaps().keySet()).contains(1985, 1999);
    int t = 1990;
    Panel scrambled = SyntheticPanel.scrambleAfter(PANEL, t, 79);
    assertThat(stableAt(scrambled, t)).isEqualTo(stableAt(PANEL, t));
  }

  private static List<Double> stableAt(Panel p, int t) {
    return new Backtest(new Bootstrap(10, 5))
        .run(p, LOGIT, 9, t, t, false, "stable").scored().stream().map(Scored::model).toList();
  }

  @Test
  void trainingNeverUsesALabelThatEndsAfterTheOrigin() {
    for (int t = 1975; t <= 1999; t += 6) {
      for (Case c : RollingOrigin.trainingCases(PANEL, t)) {
        assertThat(c.period() + PANEL.trainLag()).isLessThanOrEqualTo(t);
      }
    }
  }

  @Test
  void theSameSeedReproducesTheSameBacktestNumbers() {
    CaseModel gbt =
        new EventModel(new BoostedTrees(new BoostedTrees.Settings(40, 0.1, 2, 1, 0.7, 0.7)));
    for (CaseModel m : List.of(LOGIT, gbt)) {
      BacktestReport a = new Backtest(new Bootstrap(100, 5)).run(PANEL, m, 42, 1990, 1994, false);
      BacktestReport b = new Backtest(new Bootstrap(100, 5)).run(PANEL, m, 42, 1990, 1994, false);
      assertThat(a.modelScores()).isEqualTo(b.modelScores());
      assertThat(a.intervals()).isEqualTo(b.intervals());
      assertThat(a.scored().stream().map(Scored::model).toList())
          .isEqualTo(b.scored().stream().map(Scored::model).toList());
    }
  }

  @Test
  void theModelFindsThePlantedSignalAndBeatsTheBaselinesOutOfTime() {
    BacktestReport r = new Backtest(new Bootstrap(50, 5)).run(PANEL, LOGIT, 42, 1985, 1999, false);
    assertThat(r.folds()).isEqualTo(15);
    assertThat(r.modelScores().get("auc")).isGreaterThan(0.75);
    assertThat(r.modelScores().get("brier")).isLessThan(r.baselines().get("baseRate").get("brier"));
    assertThat(r.modelScores().get("ap")).isGreaterThan(r.baselines().get("noChange").get("ap"));
    assertThat(r.baselines().get("published")).isNull();
  }

  private static List<Double> scoredForecasts(Panel p, String calibrator) {
    return new Backtest(new Bootstrap(10, 5))
        .run(p, LOGIT, 9, 1985, 1999, false, calibrator).scored().stream()
            .map(Scored::model)
            .toList();
  }

  /** The panel with every outcome not known at {@code t} reversed (features and labels kept). */
  private static Panel outcomesReversedAfter(Panel p, int t) {
    return p.withCases(
        p.cases().stream()
            .map(
                c ->
                    c.period() + p.horizon() > t && !Double.isNaN(c.outcome())
                        ? new Case(
                            c.unit(),
                            c.name(),
                            c.period(),
                            c.x(),
                            c.trainLabel(),
                            1 - c.outcome(),
                            c.lastState(),
                            c.published())
                        : c)
            .toList());
  }

  @Test
  void aFixedCalibratedBacktestUsesOneMapAndKeepsTheRawRankingExactly() {
    BacktestReport r =
        new Backtest(new Bootstrap(20, 5)).run(PANEL, LOGIT, 42, 1985, 1999, false, "fixed");
    assertThat(r.calibrator()).isEqualTo("fixed");
    assertThat(r.calibrationMaps().keySet()).hasSize(15).contains(1985, 1999);
    assertThat(new java.util.HashSet<>(r.calibrationMaps().values())).hasSize(1);
    assertThat(r.calibration().stream().mapToInt(b -> b.cases()).sum()).isEqualTo(r.cases());
    var raw = r.baselines().get("uncalibrated");
    assertThat(r.modelScores().get("auc")).isEqualTo(raw.get("auc"));
    assertThat(r.modelScores().get("ap")).isEqualTo(raw.get("ap"));
    assertThat(r.modelScores().get("brier")).isNotEqualTo(raw.get("brier"));
  }

  @Test
  void fixedForecastsAtEveryOriginIgnoreEveryOutcomeAfterTheFirstScoredOrigin() {
    Panel reversed = outcomesReversedAfter(PANEL, 1985);
    assertThat(scoredForecasts(reversed, "fixed")).isEqualTo(scoredForecasts(PANEL, "fixed"));
    assertThat(scoredForecasts(reversed, "platt"))
        .as("the check has teeth: maps refitted after 1985 see those outcomes")
        .isNotEqualTo(scoredForecasts(PANEL, "platt"));
  }

  @Test
  void anAnchoredBacktestHoldsOneSlopeRefitsTheLevelAndKeepsItsReliabilityTable() {
    BacktestReport r =
        new Backtest(new Bootstrap(20, 5)).run(PANEL, LOGIT, 42, 1985, 1999, false, "anchored");
    assertThat(r.calibrator()).isEqualTo("anchored");
    var maps = r.calibrationMaps();
    assertThat(maps.keySet()).hasSize(15).contains(1985, 1999);
    assertThat(maps.values().stream().map(m -> m.b()).distinct()).hasSize(1);
    assertThat(maps.values().stream().map(m -> m.a()).distinct().count()).isGreaterThan(1);
    var fixed =
        new Backtest(new Bootstrap(20, 5)).run(PANEL, LOGIT, 42, 1985, 1999, false, "fixed");
    assertThat(maps.get(1985).b()).isEqualTo(fixed.calibrationMaps().get(1985).b());
    assertThat(r.calibration().stream().mapToInt(b -> b.cases()).sum()).isEqualTo(r.cases());
  }

  @Test
  void anchoredForecastsAtAnOriginIgnoreEveryOutcomeNotYetKnownThere() {
    int t = 1992;
    Panel reversed = outcomesReversedAfter(PANEL, t);
    assertThat(anchoredUpTo(reversed, t)).isEqualTo(anchoredUpTo(PANEL, t));
    assertThat(anchoredUpTo(reversed, 1999))
        .as("the check has teeth: the intercepts after 1992 see those outcomes")
        .isNotEqualTo(anchoredUpTo(PANEL, 1999));
  }

  /** The anchored backtest's calibrated forecasts of origins up to t (scored 1985-1999). */
  private static List<Double> anchoredUpTo(Panel p, int t) {
    return new Backtest(new Bootstrap(10, 5))
        .run(p, LOGIT, 9, 1985, 1999, false, "anchored").scored().stream()
            .filter(s -> s.c().period() <= t)
            .map(Scored::model)
            .toList();
  }
}
