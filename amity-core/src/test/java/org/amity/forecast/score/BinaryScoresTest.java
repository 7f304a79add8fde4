package org.amity.forecast.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BinaryScoresTest {
  private static final double[] ONES = {1, 1, 1, 1};

  @Test
  void perfectRankingHasAucAndAveragePrecisionOfOne() {
    BinaryScores s = new BinaryScores(new double[] {0.9, 0.8, 0.2, 0.1}, new double[] {1, 1, 0, 0});
    assertThat(s.auc(ONES)).isEqualTo(1.0);
    assertThat(s.averagePrecision(ONES)).isEqualTo(1.0);
  }

  @Test
  void aucCountsTiesAsHalfAndAveragePrecisionStepsOncePerTie() {
    // all forecasts equal: AUC 0.5, AP = prevalence
    BinaryScores s = new BinaryScores(new double[] {0.3, 0.3, 0.3, 0.3}, new double[] {1, 0, 0, 0});
    assertThat(s.auc(ONES)).isEqualTo(0.5);
    assertThat(s.averagePrecision(ONES)).isEqualTo(0.25);
  }

  @Test
  void averagePrecisionMatchesTheHandComputedValue() {
    // ranking: 1(y=1) 2(y=0) 3(y=1) 4(y=0): precision at the two hits 1 and 2/3
    BinaryScores s = new BinaryScores(new double[] {0.9, 0.8, 0.7, 0.6}, new double[] {1, 0, 1, 0});
    assertThat(s.averagePrecision(ONES)).isCloseTo((1 + 2.0 / 3) / 2, within(1e-12));
    assertThat(s.auc(ONES)).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void brierAndLogLossAreMeansOverCases() {
    BinaryScores s = new BinaryScores(new double[] {0.5, 0.5}, new double[] {1, 0});
    double[] w = {1, 1};
    assertThat(s.brier(w)).isCloseTo(0.25, within(1e-12));
    assertThat(s.logLoss(w)).isCloseTo(Math.log(2), within(1e-12));
  }

  @Test
  void weightsActAsRepeatedCases() {
    BinaryScores s = new BinaryScores(new double[] {0.6, 0.7, 0.4}, new double[] {1, 0, 0});
    BinaryScores repeated =
        new BinaryScores(
            new double[] {0.6, 0.6, 0.7, 0.4, 0.4, 0.4}, new double[] {1, 1, 0, 0, 0, 0});
    var weighted = s.all(new double[] {2, 1, 3});
    assertThat(weighted.get("auc")).isCloseTo(0.75, within(1e-12));
    repeated.all().forEach((k, v) -> assertThat(weighted.get(k)).isCloseTo(v, within(1e-12)));
  }

  @Test
  void bootstrapIntervalsAreReproducibleAndContainThePointScore() {
    double[] p = new double[200];
    double[] y = new double[200];
    java.util.Random r = new java.util.Random(3);
    for (int i = 0; i < p.length; i++) {
      p[i] = r.nextDouble();
      y[i] = r.nextDouble() < p[i] ? 1 : 0;
    }
    BinaryScores s = new BinaryScores(p, y);
    var a = new Bootstrap(300, 7).intervals(200, java.util.Map.of("m", s::all));
    var b = new Bootstrap(300, 7).intervals(200, java.util.Map.of("m", s::all));
    assertThat(a).isEqualTo(b);
    double auc = s.all().get("auc");
    assertThat(a.get("m").get("auc").low()).isLessThan(auc);
    assertThat(a.get("m").get("auc").high()).isGreaterThan(auc);
  }

  @Test
  void pairedDifferencesAreZeroForIdenticalForecastsAndSignedOtherwise() {
    double[] y = {1, 0, 0, 1, 0, 0, 0, 1};
    BinaryScores good = new BinaryScores(new double[] {0.9, 0.1, 0.2, 0.8, 0.1, 0.3, 0.2, 0.7}, y);
    BinaryScores flat = new BinaryScores(new double[] {0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4}, y);
    java.util.Map<String, java.util.function.Function<double[], java.util.Map<String, Double>>> m =
        new java.util.LinkedHashMap<>();
    m.put("model", good::all);
    m.put("same", good::all);
    m.put("flat", flat::all);
    var iv = new Bootstrap(200, 3).intervals(8, m);
    assertThat(iv.get("model-same").get("brier")).isEqualTo(new Bootstrap.Interval(0, 0));
    assertThat(iv.get("model-flat").get("brier").high()).isNegative();
  }
}
