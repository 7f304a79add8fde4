package org.amity.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import org.amity.forecast.backtest.Backtest;
import org.amity.forecast.backtest.CaseModel;
import org.amity.forecast.backtest.Panel;
import org.amity.forecast.backtest.SyntheticPanel;
import org.amity.forecast.calibrate.PlattScaling;
import org.amity.forecast.model.ElasticNetLogit;
import org.amity.forecast.model.EventModel;
import org.amity.forecast.score.Bootstrap;
import org.junit.jupiter.api.Test;

class LiveCalibrationTest {
  private static final Panel PANEL = SyntheticPanel.make(3, 60, 1960, 2000);
  private static final CaseModel LOGIT =
      new EventModel(new ElasticNetLogit(new ElasticNetLogit.Settings(0.5, 30, 5)));

  @Test
  void theLiveFixedMapIsTheBacktestsOwnMap() {
    PlattScaling live = LiveCalibration.fit(PANEL, LOGIT, 9, "fixed", false);
    var maps =
        new Backtest(new Bootstrap(10, 5))
            .run(PANEL, LOGIT, 9, PANEL.firstOrigin(), PANEL.lastPeriod() - 1, false, "fixed")
            .calibrationMaps();
    assertThat(live).isNotEqualTo(PlattScaling.IDENTITY);
    assertThat(maps.values()).allMatch(live::equals);
    assertThat(LiveCalibration.fit(PANEL, LOGIT, 9, "platt", false))
        .as("Platt at the live origin is a different map")
        .isNotEqualTo(live);
  }

  @Test
  void theLiveAnchoredMapIsTheBacktestsRuleContinuedToTheLiveOrigin() {
    PlattScaling live = LiveCalibration.fit(PANEL, LOGIT, 9, "anchored", false);
    // the backtest run on to the live origin (whose outcomes are unknown) has a map there too
    var maps =
        new Backtest(new Bootstrap(10, 5))
            .run(PANEL, LOGIT, 9, PANEL.firstOrigin(), PANEL.lastPeriod(), false, "anchored")
            .calibrationMaps();
    assertThat(live).isNotEqualTo(PlattScaling.IDENTITY);
    assertThat(live).isEqualTo(maps.get(PANEL.lastPeriod()));
    assertThat(live.b()).isEqualTo(maps.get(PANEL.firstOrigin()).b());
    assertThat(live.a()).isNotEqualTo(maps.get(PANEL.firstOrigin()).a());
    assertThat(live.b())
        .as("the slope is the live fixed map's")
        .isEqualTo(LiveCalibration.fit(PANEL, LOGIT, 9, "fixed", false).b());
  }
}
