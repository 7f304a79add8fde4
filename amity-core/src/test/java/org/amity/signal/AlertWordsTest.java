package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertWordsTest {
  private static Alert alert(
      Level level, Level peak, String status, LocalDate closed, LocalDate protracted) {
    return new Alert(
        1,
        null,
        level,
        peak,
        status,
        Scope.COUNTRY,
        "THA",
        List.of(),
        Map.of(),
        LocalDate.of(2014, 5, 1),
        LocalDate.of(2014, 6, 1),
        closed,
        "conflict_7d",
        Resolution.DAY,
        LocalDate.of(2014, 5, 1),
        LocalDate.of(2014, 5, 7),
        37,
        4,
        37,
        false,
        0,
        protracted,
        List.of());
  }

  @Test
  void aClosedAlertShowsTheHighestLevelItReachedAndTheOneItCameDownTo() {
    Alert coup = alert(Level.WATCH, Level.ALERT, "closed", LocalDate.of(2014, 7, 1), null);

    assertThat(AlertWords.shownLevel(coup)).isEqualTo(Level.ALERT);
    assertThat(AlertWords.levelNow(coup)).isEqualTo("came down to watch before it closed");
  }

  @Test
  void anOpenAlertThatCameDownSaysWhereItIsNow() {
    Alert open = alert(Level.WARNING, Level.ALERT, "open", null, null);

    assertThat(AlertWords.shownLevel(open)).isEqualTo(Level.ALERT);
    assertThat(AlertWords.levelNow(open)).isEqualTo("now warning");
  }

  @Test
  void anAlertAtItsHighestLevelSaysNothingMore() {
    assertThat(AlertWords.levelNow(alert(Level.ALERT, Level.ALERT, "open", null, null))).isNull();
  }

  @Test
  void aClosedAlertThatHadBeenProtractedGivesBothDays() {
    Alert a =
        alert(
            Level.WATCH,
            Level.WARNING,
            "closed",
            LocalDate.of(2020, 6, 1),
            LocalDate.of(2019, 6, 1));

    assertThat(AlertWords.status(a)).isEqualTo("closed on 2020-06-01 (protracted from 2019-06-01)");
  }

  @Test
  void aProtractedAlertSaysSinceWhenAndAnOpenOneSaysOpen() {
    assertThat(
            AlertWords.status(
                alert(Level.WATCH, Level.WATCH, "protracted", null, LocalDate.of(2019, 6, 1))))
        .isEqualTo("protracted since 2019-06-01");
    assertThat(AlertWords.status(alert(Level.WATCH, Level.WATCH, "open", null, null)))
        .isEqualTo("open");
    assertThat(
            AlertWords.status(
                alert(Level.WATCH, Level.WATCH, "closed", LocalDate.of(1993, 11, 1), null)))
        .isEqualTo("closed on 1993-11-01");
  }
}
