package org.amity.forecast.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The onset-rate features read only years strictly before their feature year. */
class OnsetRatesTest {
  private static final int FIRST = 1960;
  private static final int LAST = 2020;
  private static final int COUNTRIES = 40;

  private static List<OnsetRates.UnitYear> history() {
    Random r = new Random(5);
    List<OnsetRates.UnitYear> h = new ArrayList<>();
    for (int y = FIRST; y <= LAST; y++) {
      for (int c = 0; c < COUNTRIES; c++) {
        boolean risk = r.nextDouble() < 0.9;
        h.add(new OnsetRates.UnitYear("c" + c, c % 5, y, risk, r.nextDouble() < 0.1));
      }
    }
    return h;
  }

  /** The history with every onset in year t or later reversed. */
  private static List<OnsetRates.UnitYear> otherFuture(List<OnsetRates.UnitYear> h, int t) {
    return h.stream()
        .map(
            u ->
                u.year() < t
                    ? u
                    : new OnsetRates.UnitYear(
                        u.unit(), u.region(), u.year(), u.atRisk(), !u.onset()))
        .toList();
  }

  @Test
  void everyFeatureAtAYearIgnoresEveryOnsetOfThatYearAndLater() {
    List<OnsetRates.UnitYear> h = history();
    for (int t = FIRST + 1; t <= LAST; t++) {
      OnsetRates truth = OnsetRates.of(h);
      OnsetRates other = OnsetRates.of(otherFuture(h, t));
      for (int c = 0; c < COUNTRIES; c++) {
        assertThat(other.at("c" + c, c % 5, t))
            .as("country %d at %d", c, t)
            .containsExactly(truth.at("c" + c, c % 5, t));
      }
    }
  }

  @Test
  void ratesThatReadTheFeatureYearItselfAreCaught() {
    List<OnsetRates.UnitYear> h = history();
    int t = 1990;
    OnsetRates leak = OnsetRates.leaking(h, 1);
    OnsetRates leakOther = OnsetRates.leaking(otherFuture(h, t), 1);
    boolean changed = false;
    for (int c = 0; c < COUNTRIES; c++) {
      changed |= !Arrays.equals(leak.at("c" + c, c % 5, t), leakOther.at("c" + c, c % 5, t));
    }
    assertThat(changed).as("the canary must change when the year t changes").isTrue();
  }

  @Test
  void countsOnsetsAmongCountryYearsAtRiskInTheYearsBefore() {
    List<OnsetRates.UnitYear> h =
        List.of(
            new OnsetRates.UnitYear("a", 0, 2000, true, true),
            new OnsetRates.UnitYear("b", 1, 2000, true, false),
            new OnsetRates.UnitYear("a", 0, 2001, false, true), // not at risk: counts for nothing
            new OnsetRates.UnitYear("b", 1, 2001, true, false),
            new OnsetRates.UnitYear("a", 0, 2002, true, true), // the feature year: not read
            new OnsetRates.UnitYear("b", 1, 2002, true, true));
    double[] a = OnsetRates.of(h).at("a", 0, 2002);
    assertThat(a[0]).isCloseTo(1.0 / 3, within(1e-12)); // world, 5 years: 1 onset, 3 at risk
    assertThat(a[1]).isCloseTo(1.0 / 3, within(1e-12)); // world, 10 years
    assertThat(a[2]).isCloseTo(1.0, within(1e-12)); // region 0: a's one year at risk, one onset
    assertThat(a[3]).isEqualTo(1); // a's own onsets at risk
    assertThat(OnsetRates.of(h).at("b", 1, 2002)[2]).isZero();
    // before the data start there is no window: NaN, and a case with it has no features
    assertThat(OnsetRates.of(h).at("a", 0, 2000)[0]).isNaN();
    assertThat(OnsetRates.of(h).extend(new double[] {1}, "a", 0, 2000)).isNull();
    assertThat(OnsetRates.of(h).extend(new double[] {1}, "a", 0, 2002)).hasSize(5);
  }

  @Test
  void theFiveYearRateForgetsOnsetsOlderThanFiveYears() {
    List<OnsetRates.UnitYear> h = new ArrayList<>();
    for (int y = 1990; y <= 2010; y++) {
      h.add(new OnsetRates.UnitYear("a", 0, y, true, y == 1995));
    }
    OnsetRates r = OnsetRates.of(h);
    assertThat(r.at("a", 0, 2000)[0]).isCloseTo(1.0 / 5, within(1e-12)); // 1995..1999
    assertThat(r.at("a", 0, 2001)[0]).isZero(); // 1996..2000
    assertThat(r.at("a", 0, 2001)[1]).isCloseTo(1.0 / 10, within(1e-12)); // 1991..2000
    assertThat(r.at("a", 0, 2006)[3]).isZero(); // 1996..2005
  }

  @Test
  void continentsFollowTheCodesRegionalBlocks() {
    assertThat(OnsetRates.continent(2)).isZero(); // United States
    assertThat(OnsetRates.continent(365)).isEqualTo(1); // Russia
    assertThat(OnsetRates.continent(625)).isEqualTo(2); // Sudan
    assertThat(OnsetRates.continent(645)).isEqualTo(3); // Iraq
    assertThat(OnsetRates.continent(775)).isEqualTo(4); // Myanmar
    assertThat(OnsetRates.continent(910)).isEqualTo(4); // Papua New Guinea
  }

  @Test
  void theRatesSetNamesItsFeaturesAfterTheBaseOnes() {
    assertThat(FeatureSet.RATES.names(new String[] {"x"}))
        .containsExactly(
            "x",
            "world_onset_rate_5y",
            "world_onset_rate_10y",
            "region_onset_rate_10y",
            "country_onsets_10y");
    assertThat(FeatureSet.BASE.names(new String[] {"x"})).containsExactly("x");
    assertThat(FeatureSet.named("RATES")).isEqualTo(FeatureSet.RATES);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FeatureSet.named("events"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("base, rates");
  }
}
