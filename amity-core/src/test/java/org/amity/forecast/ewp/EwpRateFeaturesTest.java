package org.amity.forecast.ewp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amity.forecast.backtest.Case;
import org.amity.forecast.backtest.Panel;
import org.amity.forecast.backtest.RollingOrigin;
import org.amity.forecast.model.ElasticNetLogit;
import org.amity.forecast.model.EventModel;
import org.amity.forecast.model.OffsetLogit;
import org.amity.forecast.rates.FeatureSet;
import org.amity.forecast.rates.OnsetRates;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;

/** The EWP panel's {@code rates} feature set on the real predictors file. */
class EwpRateFeaturesTest {
  private static final Map<String, Double> PUBLISHED = Map.of("X|1994", 0.01);

  private static List<EwpPredictors.Row> rows() throws Exception {
    return EwpPredictors.read(TestData.file("ewp-statrisk-2025").resolve(EwpPanel.PREDICTORS));
  }

  /** Every onset of year t or later (and every label that reads one) reversed. */
  private static List<EwpPredictors.Row> otherFuture(List<EwpPredictors.Row> rows, int t) {
    return rows.stream()
        .map(
            r ->
                new EwpPredictors.Row(
                    r.name(),
                    r.ccode(),
                    r.year(),
                    r.x(),
                    r.year() >= t ? 1 - r.onset() : r.onset(),
                    r.year() + 1 >= t ? 1 - r.onsetNext() : r.onsetNext(),
                    r.year() + 2 >= t ? 1 - r.onsetNextTwo() : r.onsetNextTwo()))
        .toList();
  }

  private static Panel rates(List<EwpPredictors.Row> rows) throws Exception {
    return EwpPanel.build(rows, PUBLISHED, 1, true, FeatureSet.RATES, new HashMap<>());
  }

  /** The rate features of each case at or before t, keyed by unit and period. */
  private static Map<String, double[]> rateFeaturesUpTo(Panel p, int t) {
    Map<String, double[]> m = new HashMap<>();
    int n = OnsetRates.NAMES.length;
    for (Case c : p.cases()) {
      if (c.period() <= t && c.x() != null) {
        m.put(
            c.unit() + "|" + c.period(), Arrays.copyOfRange(c.x(), c.x().length - n, c.x().length));
      }
    }
    return m;
  }

  @Test
  void theRateFeaturesAtAnOriginIgnoreEveryOnsetOfThatYearAndLater() throws Exception {
    List<EwpPredictors.Row> rows = rows();
    for (int t : new int[] {1983, 1993, 2010, 2023}) {
      Map<String, double[]> truth = rateFeaturesUpTo(rates(rows), t);
      Map<String, double[]> other = rateFeaturesUpTo(rates(otherFuture(rows, t)), t);
      assertThat(truth).hasSizeGreaterThan(1000);
      assertThat(other.keySet()).isEqualTo(truth.keySet());
      truth.forEach((k, v) -> assertThat(other.get(k)).as(k).containsExactly(v));
    }
  }

  /** The offset model's forecasts at origin t on a panel that learns the scored outcome. */
  private static Map<String, Double> offsetForecastsAt(List<EwpPredictors.Row> rows, int t)
      throws Exception {
    Panel p = EwpPanel.build(rows, PUBLISHED, 1, false, FeatureSet.RATES, new HashMap<>());
    Map<String, Double> m = new HashMap<>();
    for (RollingOrigin.Forecast f :
        RollingOrigin.run(
            p,
            new EventModel(new OffsetLogit(new ElasticNetLogit.Settings(0.5, 20, 3))),
            90035,
            t,
            t)) {
      m.put(f.c().unit(), f.model());
    }
    return m;
  }

  @Test
  void theOffsetAtAnOriginIgnoresEveryOnsetOfThatYearAndLaterButNotOfTheYearBefore()
      throws Exception {
    List<EwpPredictors.Row> rows = rows();
    int j = Arrays.asList(rates(rows).features()).indexOf(OffsetLogit.OFFSET_FEATURE);
    for (int t : new int[] {1983, 1993, 2010, 2023}) {
      Map<String, Double> truth = offsetsAt(rates(rows), j, t);
      assertThat(truth).hasSizeGreaterThan(100);
      assertThat(offsetsAt(rates(otherFuture(rows, t)), j, t)).isEqualTo(truth);
      // the check has teeth: the onsets of t-1 are read
      assertThat(offsetsAt(rates(otherFuture(rows, t - 1)), j, t)).isNotEqualTo(truth);
    }
  }

  private static Map<String, Double> offsetsAt(Panel p, int j, int t) {
    Map<String, Double> m = new HashMap<>();
    for (Case c : p.cases()) {
      if (c.period() == t && c.x() != null) {
        m.put(c.unit(), OffsetLogit.offset(c.x()[j]));
      }
    }
    return m;
  }

  @Test
  void theOffsetModelsForecastsAtAnOriginIgnoreEveryOutcomeNotYetKnownThere() throws Exception {
    List<EwpPredictors.Row> rows = rows();
    int t = 2005;
    Map<String, Double> truth = offsetForecastsAt(rows, t);
    assertThat(truth).hasSizeGreaterThan(100);
    // learning the scored outcome, origin t knows onsets up to t: reverse every later one
    assertThat(offsetForecastsAt(otherFuture(rows, t + 1), t)).isEqualTo(truth);
    // and year t's onsets are read (labels of t-1), so reversing them changes the forecasts
    assertThat(offsetForecastsAt(otherFuture(rows, t), t)).isNotEqualTo(truth);
  }

  @Test
  void theRatesSetAddsFourFeaturesAndNamesItselfInTheNotes() throws Exception {
    Path dir = TestData.file("ewp-statrisk-2025");
    Panel base = EwpPanel.read(dir, 1, true);
    Panel rates = EwpPanel.read(dir, 1, true, FeatureSet.RATES);
    assertThat(base.notes()).containsEntry("featureSet", "base");
    assertThat(rates.notes()).containsEntry("featureSet", "rates");
    assertThat(rates.features()).hasSize(EwpPanel.FEATURES.length + 4);
    assertThat(Arrays.copyOf(rates.features(), EwpPanel.FEATURES.length))
        .containsExactly(EwpPanel.FEATURES);
    // the same cases, and the rates leave the base features as they were
    assertThat(rates.cases()).hasSameSizeAs(base.cases());
    long lost = 0;
    for (int i = 0; i < base.cases().size(); i++) {
      Case b = base.cases().get(i);
      Case r = rates.cases().get(i);
      if (b.x() != null && r.x() != null) {
        assertThat(Arrays.copyOf(r.x(), b.x().length)).containsExactly(b.x());
      } else if (b.x() != null) {
        assertThat(b.period()).as("only the first year has no earlier window").isEqualTo(1960);
        lost++;
      }
    }
    assertThat(lost).isPositive();
  }

  @Test
  void theWorldRateAtAYearIsTheOnsetShareOfTheTenYearsBefore() throws Exception {
    List<EwpPredictors.Row> rows = rows();
    int t = 2000;
    long onsets =
        rows.stream().filter(r -> r.year() >= 1990 && r.year() < t && r.onset() > 0.5).count();
    long years = rows.stream().filter(r -> r.year() >= 1990 && r.year() < t).count();
    Case myanmar =
        rates(rows).cases().stream()
            .filter(c -> c.unit().equals("Burma/Myanmar") && c.period() == t)
            .findFirst()
            .orElseThrow();
    int j = EwpPanel.FEATURES.length;
    assertThat(myanmar.x()[j + 1]).isCloseTo((double) onsets / years, within(1e-12));
    assertThat(onsets).isPositive();
  }
}
