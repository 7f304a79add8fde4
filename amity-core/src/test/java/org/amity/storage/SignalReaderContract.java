package org.amity.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.amity.signal.AlertQuery;
import org.amity.signal.SignalReader;
import org.junit.jupiter.api.Test;

/** What any {@link SignalReader} must do (on a store the watch has not filled). */
public abstract class SignalReaderContract extends StorageContract {

  @Test
  void anEmptyStoreHasNoAlertsOrSituations() {
    SignalReader r = storage.signals();
    assertThat(r.alerts(AlertQuery.status("all"))).isEmpty();
    assertThat(r.alert(1)).isEmpty();
    assertThat(r.situations("open", 10, 0)).isEmpty();
    assertThat(r.situation(1)).isEmpty();
    assertThat(r.openCounts()).isEqualTo(new SignalReader.OpenCounts(0, 0));
  }

  @Test
  void theTrendHasOneRowPerWeekAskedFor() {
    assertThat(storage.signals().openAlertsByWeek(4))
        .hasSize(4)
        .allSatisfy(w -> assertThat(w.watch() + w.warning() + w.alert()).isZero());
  }

  @Test
  void rejectsAnUnknownStatus() {
    assertThatThrownBy(() -> storage.signals().situations("withdrawn", 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
