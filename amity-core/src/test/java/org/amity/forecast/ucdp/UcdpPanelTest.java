package org.amity.forecast.ucdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.amity.forecast.backtest.Case;
import org.amity.forecast.backtest.FutureLeakCheck;
import org.amity.forecast.backtest.Panel;
import org.amity.forecast.ewp.EwpPanel;
import org.amity.forecast.ewp.EwpPredictors;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;

class UcdpPanelTest {
  private static final int[] COUNTRIES = {775, 800, 840, 850, 2, 20};

  private static List<ConflictHistory.ConflictYear> history(long futureSeed, int t) {
    Random past = new Random(3);
    Random future = new Random(futureSeed);
    List<ConflictHistory.ConflictYear> rows = new ArrayList<>();
    for (int y = 1946; y <= 2020; y++) {
      Random r = y > t ? future : past;
      for (int g : COUNTRIES) {
        if (r.nextDouble() < 0.25) {
          rows.add(
              new ConflictHistory.ConflictYear("c" + g, y, new int[] {g}, r.nextDouble() < 0.3));
        }
      }
    }
    return rows;
  }

  private static List<EwpPredictors.Row> countries() {
    List<EwpPredictors.Row> rows = new ArrayList<>();
    for (int g : COUNTRIES) {
      for (int y = 1960; y <= 2020; y++) {
        double[] x = new double[EwpPanel.FEATURES.length];
        x[0] = g;
        rows.add(new EwpPredictors.Row("C" + g, g, y, x, 0, 0, 0));
      }
    }
    return rows;
  }

  @Test
  void conflictFeaturesAndOutcomesDoNotLookPastTheOrigin() {
    int t = 1995;
    for (UcdpPanel.Event e : UcdpPanel.Event.values()) {
      for (int h = 1; h <= 2; h++) {
        Panel truth =
            UcdpPanel.build(
                new ConflictHistory(history(1, t), 1946, 2020), countries(), e, h, Map.of());
        Panel other =
            UcdpPanel.build(
                new ConflictHistory(history(2, t), 1946, 2020), countries(), e, h, Map.of());
        FutureLeakCheck.assertNothingLeaks(truth, other, t);
      }
    }
  }

  @Test
  void theRateFeaturesAtAnOriginIgnoreEveryYearFromTheOriginOn() {
    int t = 1995;
    int n = org.amity.forecast.rates.OnsetRates.NAMES.length;
    for (UcdpPanel.Event e : UcdpPanel.Event.values()) {
      // history(seed, t - 1) differs from year t on
      Panel truth =
          UcdpPanel.build(
              new ConflictHistory(history(1, t - 1), 1946, 2020),
              countries(),
              e,
              1,
              org.amity.forecast.rates.FeatureSet.RATES,
              Map.of());
      Panel other =
          UcdpPanel.build(
              new ConflictHistory(history(2, t - 1), 1946, 2020),
              countries(),
              e,
              1,
              org.amity.forecast.rates.FeatureSet.RATES,
              Map.of());
      assertThat(truth.features()).hasSize(UcdpPanel.features().length + n);
      assertThat(truth.notes()).containsEntry("featureSet", "rates");
      Map<String, double[]> rates = new java.util.HashMap<>();
      for (Case c : other.cases()) {
        if (c.period() <= t && c.x() != null) {
          rates.put(c.unit() + "|" + c.period(), c.x());
        }
      }
      int compared = 0;
      boolean laterDiffer = false;
      for (Case c : truth.cases()) {
        double[] o = rates.get(c.unit() + "|" + c.period());
        if (c.period() <= t && c.x() != null && o != null) {
          assertThat(java.util.Arrays.copyOfRange(o, o.length - n, o.length))
              .as("%s at %d", c.unit(), c.period())
              .containsExactly(java.util.Arrays.copyOfRange(c.x(), c.x().length - n, c.x().length));
          compared++;
        }
      }
      assertThat(compared).isGreaterThan(100);
      // the check has teeth: a year after the origin does read the differing years
      for (Case c : truth.cases()) {
        Case o =
            other.cases().stream()
                .filter(d -> d.unit().equals(c.unit()) && d.period() == c.period())
                .findFirst()
                .orElse(null);
        if (c.period() == t + 3 && o != null && c.x() != null && o.x() != null) {
          laterDiffer |=
              c.x()[c.x().length - n + 1] != o.x()[o.x().length - n + 1]; // world rate, 10 years
        }
      }
      assertThat(laterDiffer).isTrue();
    }
  }

  @Test
  void onlyCountriesNotAlreadyInConflictAreAtRiskOfOnset() {
    ConflictHistory h =
        new ConflictHistory(
            List.of(
                new ConflictHistory.ConflictYear("a", 1990, new int[] {775}, false),
                new ConflictHistory.ConflictYear("a", 1991, new int[] {775}, true),
                new ConflictHistory.ConflictYear("b", 1991, new int[] {800, 840}, false)),
            1946,
            2020);
    Panel onset = UcdpPanel.build(h, countries(), UcdpPanel.Event.ONSET, 1, Map.of());
    assertThat(onset.cases()).noneMatch(c -> c.unit().equals("C775") && c.period() == 1990);
    Case thai = find(onset, "C800", 1990);
    assertThat(thai.outcome()).isEqualTo(1.0);
    assertThat(find(onset, "C840", 1990).outcome()).isEqualTo(1.0);
    Panel war = UcdpPanel.build(h, countries(), UcdpPanel.Event.WAR, 1, Map.of());
    assertThat(find(war, "C775", 1990).outcome()).isEqualTo(1.0);
    assertThat(find(war, "C800", 1990).outcome()).isEqualTo(0.0);
    double[] f = ConflictFeatures.at(h, 775, 1993);
    assertThat(f[0]).isZero(); // no conflict in 1993
    assertThat(f[3]).isEqualTo(2); // two conflict years in 1989-1993
    assertThat(f[6]).isEqualTo(Math.log(1 + 2) / Math.log(2)); // war two years before
  }

  private static Case find(Panel p, String unit, int year) {
    return p.cases().stream()
        .filter(c -> c.unit().equals(unit) && c.period() == year)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void readsTheRealConflictDataThroughTheBattleDeathsYears() throws Exception {
    java.nio.file.Path data = TestData.file("ucdp").getParent();
    ConflictHistory h =
        ConflictHistory.read(
            data.resolve("ucdp"), data.resolve("ewp-statrisk-2025/BattleDeaths_v25_1.csv"));
    assertThat(h.firstYear()).isEqualTo(1946);
    assertThat(h.lastYear()).isGreaterThanOrEqualTo(2024);
    assertThat(h.state(775, 2021).active()).isTrue(); // Myanmar
    assertThat(h.state(775, 2023).active()).isTrue(); // from battle deaths
    assertThat(h.state(830, 2015).active()).isFalse(); // Singapore
  }
}
