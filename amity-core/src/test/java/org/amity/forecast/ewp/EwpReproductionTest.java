package org.amity.forecast.ewp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.amity.forecast.backtest.Backtest;
import org.amity.forecast.backtest.BacktestReport;
import org.amity.forecast.backtest.Panel;
import org.amity.forecast.backtest.Scored;
import org.amity.forecast.model.ElasticNetLogit;
import org.amity.forecast.model.EventModel;
import org.amity.forecast.score.Bootstrap;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * The reproduction of EWP's model on a few recent origins (the full 31-origin backtest is the CLI's
 * job; its figures are in docs/forecasting.md).
 */
class EwpReproductionTest {
  private static BacktestReport run(Panel p, long seed, int first) {
    return new Backtest(new Bootstrap(20, seed))
        .run(
            p,
            new EventModel(new ElasticNetLogit(ElasticNetLogit.Settings.ewp())),
            seed,
            first,
            2023,
            false);
  }

  @Test
  void reproducesThePublishedOutOfSampleRisksOnTheSameCountryYears() throws Exception {
    Path dir = TestData.file("ewp-statrisk-2025");
    Panel p = EwpPanel.read(dir, 1, true);
    BacktestReport r = run(p, 90035, 2022);
    // every published forecast of 2023-2024 is scored, none dropped
    assertThat(r.cases()).isEqualTo(2 * 168);
    assertThat(r.dropped()).isZero();
    List<Scored> s = r.scored();
    double[] a = s.stream().mapToDouble(x -> Math.log(x.model())).toArray();
    double[] b = s.stream().mapToDouble(x -> Math.log(x.published())).toArray();
    assertThat(correlation(a, b)).isGreaterThan(0.97);
    // the same seed gives the same numbers
    List<Double> again = run(p, 90035, 2023).scored().stream().map(Scored::model).toList();
    assertThat(again)
        .isEqualTo(s.stream().filter(x -> x.c().period() == 2023).map(Scored::model).toList());
  }

  @Test
  void labelsPastTheLastYearAreUnknownNotZero() throws Exception {
    Panel p = EwpPanel.read(TestData.file("ewp-statrisk-2025"), 1, true);
    int last = p.lastPeriod();
    assertThat(p.cases())
        .filteredOn(c -> c.period() == last)
        .allMatch(c -> Double.isNaN(c.outcome()) && Double.isNaN(c.trainLabel()));
    assertThat(p.cases())
        .filteredOn(c -> c.period() == last - 1)
        .allMatch(c -> !Double.isNaN(c.outcome()) && Double.isNaN(c.trainLabel()));
  }

  static double correlation(double[] a, double[] b) {
    double ma = java.util.Arrays.stream(a).average().orElseThrow();
    double mb = java.util.Arrays.stream(b).average().orElseThrow();
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < a.length; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) * (a[i] - ma);
      sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / Math.sqrt(saa * sbb);
  }
}
