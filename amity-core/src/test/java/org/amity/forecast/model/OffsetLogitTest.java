package org.amity.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OffsetLogitTest {
  /** x1, x2, then the time trend and the four rate features, in a panel's order. */
  private static final String[] NAMES = {
    "x1",
    "year",
    "x2",
    "year_sq",
    "world_onset_rate_5y",
    "world_onset_rate_10y",
    "region_onset_rate_10y",
    "country_onsets_10y"
  };

  private static final double B0 = -0.5;
  private static final double B1 = 1.0;
  private static final double B2 = -0.6;

  private static final ElasticNetLogit.Settings SETTINGS = new ElasticNetLogit.Settings(0.5, 40, 5);

  /** The world's rate in year y: 6% falling to 1% over forty years. */
  private static double rate(int year) {
    return 0.06 * Math.pow(1.0 / 6, year / 39.0);
  }

  private static double logit(double p) {
    return Math.log(p / (1 - p));
  }

  private static double[] row(Random r, int year, double worldRate) {
    return new double[] {
      r.nextGaussian(),
      1960 + year,
      r.nextGaussian() * 2,
      Math.pow(1960 + year, 2),
      worldRate * (0.5 + r.nextDouble()),
      worldRate,
      worldRate * (0.5 + r.nextDouble()),
      r.nextInt(3)
    };
  }

  private static double truth(double[] x) {
    return 1 / (1 + Math.exp(-(logit(x[5]) + B0 + B1 * x[0] + B2 * x[2])));
  }

  /** 40 years of 1,500 country-years each, outcomes drawn from the true model. */
  private static double[][] x;

  private static double[] y;

  static {
    Random r = new Random(7);
    int perYear = 1500;
    x = new double[40 * perYear][];
    y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      int year = i / perYear;
      x[i] = row(r, year, rate(year));
      y[i] = r.nextDouble() < truth(x[i]) ? 1 : 0;
    }
  }

  @Test
  void theFitRecoversTheTrueCoefficientsAroundTheFixedOffset() {
    OffsetLogit.Fitted f = (OffsetLogit.Fitted) new OffsetLogit(SETTINGS).fit(x, y, NAMES, 3);
    assertThat(f.f().intercept()).isCloseTo(B0, within(0.12));
    assertThat(f.coefficient("x1")).isCloseTo(B1, within(0.1));
    assertThat(f.coefficient("x2")).isCloseTo(B2, within(0.06));
    // f never reads the time trend or the rates
    for (String n :
        new String[] {"year", "year_sq", "world_onset_rate_10y", "country_onsets_10y"}) {
      assertThat(f.coefficient(n)).as(n).isZero();
    }
    assertThat(f.columns().inF()).containsExactly(0, 2);
  }

  @Test
  void theLevelFollowsARateBelowEveryRateOfTheTrainingYears() {
    Learner.ProbabilityModel offset = new OffsetLogit(SETTINGS).fit(x, y, NAMES, 3);
    // a plain logit on the same rows, with the rate as an ordinary feature (its coefficient
    // fitted),
    // learns its level from the training years' rates only
    Learner.ProbabilityModel plain =
        new ElasticNetLogit(SETTINGS).fit(withRate(x), y, new String[] {"x1", "x2", "rate"}, 3);
    Random r = new Random(8);
    double low = 0.002; // a fifth of the lowest training rate
    double[][] later = new double[20_000][];
    double trueMean = 0;
    for (int i = 0; i < later.length; i++) {
      later[i] = row(r, 60, low);
      trueMean += truth(later[i]) / later.length;
    }
    double offsetMean = Arrays.stream(offset.predict(later)).average().orElseThrow();
    double plainMean = Arrays.stream(plain.predict(withRate(later))).average().orElseThrow();
    assertThat(offsetMean / trueMean).isBetween(0.85, 1.15);
    assertThat(Math.abs(plainMean / trueMean - 1)).isGreaterThan(0.3);
  }

  private static double[][] withRate(double[][] rows) {
    return Arrays.stream(rows).map(v -> new double[] {v[0], v[2], v[5]}).toArray(double[][]::new);
  }

  @Test
  void aConstantOffsetOnlyMovesTheInterceptOfThePlainFit() {
    // every row at the same rate: the offset is one number, so the slopes are the plain logit's and
    // the intercept is the plain one minus the offset
    Random r = new Random(9);
    double[][] flat = new double[8000][];
    double[] fy = new double[flat.length];
    for (int i = 0; i < flat.length; i++) {
      flat[i] = row(r, 0, 0.05);
      fy[i] = r.nextDouble() < truth(flat[i]) ? 1 : 0;
    }
    OffsetLogit.Fitted withOffset =
        (OffsetLogit.Fitted) new OffsetLogit(SETTINGS).fit(flat, fy, NAMES, 4);
    double[][] onlyF =
        Arrays.stream(flat).map(v -> new double[] {v[0], v[2]}).toArray(double[][]::new);
    ElasticNetLogit.Fit plain =
        new ElasticNetLogit(SETTINGS).fit(onlyF, fy, new String[] {"x1", "x2"}, 4);
    assertThat(withOffset.coefficient("x1")).isCloseTo(plain.beta()[0], within(1e-4));
    assertThat(withOffset.coefficient("x2")).isCloseTo(plain.beta()[1], within(1e-4));
    assertThat(withOffset.f().intercept())
        .isCloseTo(plain.intercept() - OffsetLogit.offset(0.05), within(1e-4));
    double[] p1 = withOffset.predict(flat);
    double[] p2 = plain.predict(onlyF);
    for (int i = 0; i < 100; i++) {
      assertThat(p1[i]).isCloseTo(p2[i], within(1e-6));
    }
  }

  @Test
  void theProvenanceNamesTheOffsetAndItsFixedCoefficient() {
    OffsetLogit m = new OffsetLogit(ElasticNetLogit.Settings.ewp());
    assertThat(m.name()).isEqualTo("offset");
    assertThat(m.parameters())
        .containsEntry("offsetFeature", "world_onset_rate_10y")
        .containsEntry("offsetCoefficient", 1.0)
        .containsEntry("alpha", 0.5);
    assertThat(m.parameters().get("offset").toString()).startsWith("logit(world_onset_rate_10y)");
    assertThat(OffsetLogit.offset(0)).isCloseTo(logit(OffsetLogit.RATE_FLOOR), within(1e-12));
  }

  @Test
  void aPanelWithoutTheRateIsRefused() {
    assertThatThrownBy(
            () ->
                new OffsetLogit(SETTINGS)
                    .fit(new double[][] {{1}, {2}}, new double[] {0, 1}, new String[] {"a"}, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--features rates");
  }
}
