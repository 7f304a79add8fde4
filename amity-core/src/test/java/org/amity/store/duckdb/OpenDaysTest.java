package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.amity.signal.Alert;
import org.amity.signal.AlertFilter;
import org.amity.signal.SignalReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An alert is open from the day it opened to the day before it closed: its closing day is the first
 * day back to normal. The weekly trend and the date ranges of the lists read it so (audit 3 of the
 * thirty-first round, G9: the trend counted alert 20, closed on Monday 2016-06-06, in that week).
 */
class OpenDaysTest {
  private DuckDbStorage storage;

  @BeforeEach
  void open() throws Exception {
    storage = DuckDbStorage.open(null);
    try (Statement s = storage.eventStore().connection().createStatement()) {
      s.execute(
          "INSERT INTO alerts (id, scope, subject, indicator, resolution, level, peak_level,"
              + " status, opened, updated, closed, period_start, period_end, value, baseline,"
              + " score, detector, threat_types, great_power_party, outside_power_share,"
              + " protracted) VALUES"
              // closes on Monday 2016-06-06: last open day Sunday 2016-06-05
              + " (1, 'country', 'THA', 'material_conflict_7d', 'day', 'none', 'warning',"
              + " 'closed', '2016-05-18', '2016-06-05', '2016-06-06', '2016-05-18', '2016-06-05',"
              + " 9, 2, 4.1, 'robust-z', '{}', false, 0.0, NULL),"
              // protracted from Monday 2016-05-30: a current warning until Sunday 2016-05-29
              + " (2, 'country', 'MMR', 'material_conflict_7d', 'day', 'none', 'alert',"
              + " 'protracted', '2016-05-03', '2016-05-29', NULL, '2016-05-03', '2016-05-29',"
              + " 9, 2, 5.1, 'robust-z', '{}', false, 0.0, '2016-05-30')");
    }
  }

  @AfterEach
  void close() {
    storage.close();
  }

  @Test
  void theTrendDoesNotCountAnAlertInTheWeekOfItsClosingDay() {
    Map<LocalDate, SignalReader.WeeklyAlerts> weeks = weeks();
    assertThat(weeks.get(LocalDate.parse("2016-05-16")).warning()).isEqualTo(1);
    assertThat(weeks.get(LocalDate.parse("2016-05-30")).warning()).isEqualTo(1);
    assertThat(weeks.get(LocalDate.parse("2016-06-06")).warning())
        .as("closed on Monday 2016-06-06, open last on Sunday")
        .isZero();
  }

  @Test
  void theTrendCountsAProtractedAlertUntilTheWeekBeforeTheDayItBecameProtracted() {
    Map<LocalDate, SignalReader.WeeklyAlerts> weeks = weeks();
    assertThat(weeks.get(LocalDate.parse("2016-05-02")).alert()).isEqualTo(1);
    assertThat(weeks.get(LocalDate.parse("2016-05-23")).alert()).isEqualTo(1);
    assertThat(weeks.get(LocalDate.parse("2016-05-30")).alert()).isZero();
  }

  @Test
  void aDateRangeFromTheClosingDayLeavesTheAlertOut() {
    assertThat(ids("2016-06-06")).containsExactly(2L);
    assertThat(ids("2016-06-05")).containsExactlyInAnyOrder(1L, 2L);
  }

  /** The six weeks to the week of 2016-06-12, by their Monday. */
  private Map<LocalDate, SignalReader.WeeklyAlerts> weeks() {
    return storage.signals().openAlertsByWeek(6, LocalDate.parse("2016-06-12")).stream()
        .collect(Collectors.toMap(SignalReader.WeeklyAlerts::week, w -> w));
  }

  private List<Long> ids(String from) {
    return storage.signals().alerts(AlertFilter.of("all", null, null, null, from, null)).stream()
        .map(Alert::id)
        .toList();
  }
}
