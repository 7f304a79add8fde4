package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorSeriesReaderTest {
  private static final LocalDate D = LocalDate.of(2020, 1, 1);

  /** A store of one stored series (two sources on the first day) and nothing scored. */
  private static final class OneSeries implements SeriesReader {
    final List<String> asked = new ArrayList<>();

    @Override
    public List<StoredPoint> stored(
        Scope scope,
        String subject,
        String indicator,
        Resolution resolution,
        LocalDate from,
        LocalDate to) {
      asked.add(scope.key() + " " + subject + " " + indicator);
      return List.of(
          new StoredPoint(D, 3, "events"),
          new StoredPoint(D, 5, "import:x.csv"),
          new StoredPoint(D.plusDays(1), 4, "events"));
    }

    @Override
    public List<CatalogEntry> catalog(Scope scope, String subject) {
      asked.add("catalog " + subject);
      return List.of();
    }

    @Override
    public Optional<SeriesScores> scored(DetectionSpec spec, String source, String subject) {
      asked.add("scored " + spec.name() + " " + subject);
      return Optional.empty();
    }
  }

  @Test
  void takesTheFirstSourceOfEachPeriodAndNormalisesTheDyad() {
    OneSeries store = new OneSeries();
    IndicatorSeries s =
        new IndicatorSeriesReader(store)
            .read(Scope.DYAD, " vnm-chn ", "events", Resolution.DAY, null, null);
    assertThat(store.asked).containsExactly("dyad CHN-VNM events");
    assertThat(s.subject()).isEqualTo("CHN-VNM");
    assertThat(s.points()).extracting(IndicatorSeries.Point::value).containsExactly(3.0, 4.0);
    assertThat(s.points().get(0).baseline()).isNull();
    assertThat(s.scored()).isFalse();
  }

  @Test
  void asksForTheDetectorsSeriesWhenTheIndicatorNamesASpec() {
    OneSeries store = new OneSeries();
    new IndicatorSeriesReader(store)
        .read(Scope.COUNTRY, "tha", "material_conflict_7d", Resolution.DAY, null, null);
    assertThat(store.asked)
        .containsExactly("scored material_conflict_7d THA", "country THA material_conflict_7d");
  }

  @Test
  void keepsADirectedDyadsOrderAndRefusesAOneSidedDyad() {
    assertThat(IndicatorSeriesReader.subject(Scope.DYAD, "phl>chn")).isEqualTo("PHL>CHN");
    assertThatThrownBy(() -> IndicatorSeriesReader.subject(Scope.DYAD, "THA-THA"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two different country codes");
  }

  /** ASEAN's deaths as the store gives them: two spells of covered months, none between. */
  private static final class TwoSpells extends OneSeriesBase {
    @Override
    public List<StoredPoint> stored(
        Scope scope,
        String subject,
        String indicator,
        Resolution resolution,
        LocalDate from,
        LocalDate to) {
      return List.of(
          new StoredPoint(LocalDate.of(2015, 11, 1), 70, "events"),
          new StoredPoint(LocalDate.of(2015, 12, 1), 60, "events"),
          new StoredPoint(LocalDate.of(2019, 1, 1), 5, "events"),
          new StoredPoint(LocalDate.of(2019, 3, 1), 34, "events"));
    }
  }

  private abstract static class OneSeriesBase implements SeriesReader {
    @Override
    public List<CatalogEntry> catalog(Scope scope, String subject) {
      return List.of();
    }

    @Override
    public Optional<SeriesScores> scored(DetectionSpec spec, String source, String subject) {
      return Optional.empty();
    }
  }

  @Test
  void saysWhichMonthsOfARegionsDeathsNoMembersSourceCovered() {
    IndicatorSeries s =
        new IndicatorSeriesReader(new TwoSpells())
            .read(Scope.REGION, "asean", "fatalities", Resolution.MONTH, null, null);
    assertThat(s.points()).hasSize(4);
    assertThat(s.message())
        .startsWith("no point for 2016-01-01 to 2018-12-01, 2019-02-01: no stored source that")
        .contains("member countries of ASEAN")
        .endsWith("unknown, not 0");
    // a country's deaths have no holes to tell of, and other counts of the region none either
    assertThat(
            new IndicatorSeriesReader(new TwoSpells())
                .read(Scope.COUNTRY, "IDN", "fatalities", Resolution.MONTH, null, null)
                .message())
        .isNull();
    assertThat(
            new IndicatorSeriesReader(new TwoSpells())
                .read(Scope.REGION, "ASEAN", "incidents", Resolution.MONTH, null, null)
                .message())
        .isNull();
  }

  @Test
  void refusesADetectorOfARegionsDeaths() {
    String profile =
        """
        profile.p.window = 12
        profile.p.guard = 1
        profile.p.minHistory = 12
        profile.p.minPeriodVolume = 1
        profile.p.minExcess = 3
        profile.p.zWarning = 4.5
        profile.p.zAlert = 6
        profile.p.cusumAllowance = 1.5
        profile.p.cusumCap = 4
        profile.p.cusumWatch = 12
        profile.p.cusumWarning = 16
        profile.p.cusumAlert = 28
        profile.p.cooldown = 2
        profile.p.protractAfter = 6
        """;
    String spec =
        """
        spec.d.resolution = month
        spec.d.source = events
        spec.d.denominator = none
        spec.d.minVolume = 30
        spec.d.profile = p
        """;
    for (String scope : List.of("region")) {
      assertThatThrownBy(
              () ->
                  DetectorConfig.parse(
                      profile
                          + spec
                          + "spec.d.scope = "
                          + scope
                          + "\nspec.d.numerator = incidents+fatalities\n",
                      "test"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("spec.d counts fatalities")
          .hasMessageContaining("only where one of its member countries is");
    }
    assertThat(
            DetectorConfig.parse(
                    profile + spec + "spec.d.scope = country\nspec.d.numerator = fatalities\n",
                    "test")
                .specs())
        .singleElement()
        .extracting(DetectionSpec::scope)
        .isEqualTo(Scope.COUNTRY);
  }

  /** The Straits' run of 2015 as the detector read it (audit4 H8), or one that did last. */
  private static final class RaisedRun extends OneSeriesBase {
    private final boolean lasted;

    RaisedRun(boolean lasted) {
      this.lasted = lasted;
    }

    @Override
    public List<StoredPoint> stored(
        Scope scope,
        String subject,
        String indicator,
        Resolution resolution,
        LocalDate from,
        LocalDate to) {
      return List.of();
    }

    @Override
    public Optional<SeriesScores> scored(DetectionSpec spec, String source, String subject) {
      List<LocalDate> periods = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        periods.add(LocalDate.of(2015, 10, 1).plusMonths(i));
      }
      Level[] levels = {Level.WARNING, Level.WARNING, Level.NONE, Level.NONE};
      return Optional.of(
          new SeriesScores(
              periods,
              new double[] {7, 1, 1, 0},
              null,
              new double[] {5.58, 5.72, 11.0, lasted ? 11.0 : 6.24},
              null,
              new double[] {0, 0, 0, 0},
              new double[] {0, 0, 0, 0},
              levels,
              new boolean[] {false, false, lasted, lasted},
              new boolean[] {false, false, true, false}));
    }
  }

  @Test
  void drawsTheRunsBaselineWhereARunClosedInsteadOfBecomingProtracted() {
    IndicatorSeries never =
        new IndicatorSeriesReader(new RaisedRun(false))
            .read(Scope.AREA, "MALACCA_SINGAPORE", "sea_incidents", Resolution.MONTH, null, null);
    assertThat(never.points())
        .extracting(IndicatorSeries.Point::baseline)
        .containsExactly(5.58, 5.72, 5.72, 6.24);
    assertThat(never.band()).contains("the alert was never protracted");
    // a run that did become protracted keeps the raised level as its baseline, and no words
    IndicatorSeries lasted =
        new IndicatorSeriesReader(new RaisedRun(true))
            .read(Scope.AREA, "MALACCA_SINGAPORE", "sea_incidents", Resolution.MONTH, null, null);
    assertThat(lasted.points())
        .extracting(IndicatorSeries.Point::baseline)
        .containsExactly(5.58, 5.72, 11.0, 11.0);
    assertThat(lasted.band()).doesNotContain("never protracted");
  }
}
