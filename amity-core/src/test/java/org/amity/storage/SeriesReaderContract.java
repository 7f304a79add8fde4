package org.amity.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.amity.signal.DetectorConfig;
import org.amity.signal.IndicatorSeries;
import org.amity.signal.IndicatorSeriesReader;
import org.amity.signal.Resolution;
import org.amity.signal.Scope;
import org.amity.signal.SeriesReader;
import org.junit.jupiter.api.Test;

/** What any {@link SeriesReader} must do, read through the one {@link IndicatorSeriesReader}. */
public abstract class SeriesReaderContract extends StorageContract {

  @Test
  void anEmptyStoreHasNoSeries() {
    SeriesReader r = storage.series();
    assertThat(r.stored(Scope.COUNTRY, "THA", "events", Resolution.MONTH, null, null)).isEmpty();
    assertThat(r.catalog(Scope.COUNTRY, "THA")).isEmpty();
    var spec = DetectorConfig.standard().specs().get(0);
    assertThat(r.scored(spec, "events", "THA")).isEmpty();
  }

  @Test
  void aDyadGivenInEitherOrderIsTheSameSeries() {
    IndicatorSeriesReader r = new IndicatorSeriesReader(storage.series());
    IndicatorSeries a = r.read(Scope.DYAD, "phl-chn", "events", Resolution.MONTH, null, null);
    IndicatorSeries b = r.read(Scope.DYAD, "CHN-PHL", "events", Resolution.MONTH, null, null);
    assertThat(a.subject()).isEqualTo("CHN-PHL");
    assertThat(a).isEqualTo(b);
    assertThat(a.scored()).isFalse();
  }
}
