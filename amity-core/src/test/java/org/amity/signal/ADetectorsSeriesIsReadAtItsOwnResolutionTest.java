package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A detector's name asked without a resolution is read at the detector's own, and an empty series
 * says why (audit4 H9: {@code amity series --scope dyad --subject CHN-VNM --indicator
 * dyad_conflict_7d} printed an empty month series without a word, while the detector is daily).
 */
class ADetectorsSeriesIsReadAtItsOwnResolutionTest {

  /** A store where China-Viet Nam has daily events only, and nothing is scored. */
  private static final class DailyEventsOnly implements SeriesReader {
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
    public List<CatalogEntry> catalog(Scope scope, String subject) {
      return subject.equals("CHN-VNM")
          ? List.of(
              new CatalogEntry(
                  "events", "day", 3, LocalDate.of(2014, 5, 1), LocalDate.of(2014, 5, 3), "events"),
              new CatalogEntry(
                  "incidents",
                  "day",
                  3,
                  LocalDate.of(2014, 5, 1),
                  LocalDate.of(2014, 5, 3),
                  "events"))
          : List.of();
    }

    @Override
    public Optional<SeriesScores> scored(DetectionSpec spec, String source, String subject) {
      return Optional.empty();
    }
  }

  private final IndicatorSeriesReader reader = new IndicatorSeriesReader(new DailyEventsOnly());

  @Test
  void aDetectorsOwnResolutionIsTheDefaultAndAPlainIndicatorsTheMonth() {
    assertThat(reader.defaultResolution("dyad_conflict_7d")).isEqualTo(Resolution.DAY);
    assertThat(reader.defaultResolution("sea_dyad_7d")).isEqualTo(Resolution.DAY);
    assertThat(reader.defaultResolution("sea_abductions_4w")).isEqualTo(Resolution.WEEK);
    assertThat(reader.defaultResolution("sea_incidents")).isEqualTo(Resolution.MONTH);
    assertThat(reader.defaultResolution("events")).isEqualTo(Resolution.MONTH);
  }

  @Test
  void aDetectorAskedAtAnotherResolutionOrScopeSaysWhichToAsk() {
    IndicatorSeries month =
        reader.read(Scope.DYAD, "VNM-CHN", "dyad_conflict_7d", Resolution.MONTH, null, null);
    assertThat(month.points()).isEmpty();
    assertThat(month.message())
        .isEqualTo(
            "no month points of dyad_conflict_7d for CHN-VNM: the detector dyad_conflict_7d"
                + " scores day periods only (ask for resolution day)");
    assertThat(
            reader
                .read(Scope.COUNTRY, "VNM", "dyad_conflict_7d", Resolution.DAY, null, null)
                .message())
        .endsWith("is a detector of scope dyad (ask for scope dyad)");
  }

  @Test
  void aPlainIndicatorSaysWhatTheSubjectHasInstead() {
    assertThat(reader.read(Scope.DYAD, "CHN-VNM", "events", Resolution.MONTH, null, null).message())
        .isEqualTo(
            "no month points of events for CHN-VNM: it has day (2014-05-01 to 2014-05-03) points"
                + " only");
    assertThat(
            reader.read(Scope.DYAD, "CHN-VNM", "nothing", Resolution.MONTH, null, null).message())
        .contains("has no series named nothing (it has events, incidents, or a detector's name)");
    assertThat(reader.read(Scope.DYAD, "CHN-LAO", "events", Resolution.DAY, null, null).message())
        .contains("the store holds no series for CHN-LAO");
  }

  @Test
  void aDetectorWithoutDataAtItsOwnResolutionSaysSo() {
    assertThat(
            reader
                .read(Scope.DYAD, "CHN-VNM", "dyad_conflict_7d", Resolution.DAY, null, null)
                .message())
        .contains("too little data on CHN-VNM for this detector");
  }
}
