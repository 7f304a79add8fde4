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
}
