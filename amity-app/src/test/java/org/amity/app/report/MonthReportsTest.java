package org.amity.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.amity.response.timeline.Visibility;
import org.amity.store.duckdb.DuckDbStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MonthReportsTest {
  private DuckDbStorage storage;

  @BeforeEach
  void open() throws Exception {
    storage = DuckDbStorage.open(null);
    try (Statement s = storage.eventStore().connection().createStatement()) {
      s.execute(
          "INSERT INTO situations VALUES (1, 'country', 'THA', 'Thailand: unrest',"
              + " 'warning', 'closed', '2016-04-11', '2016-05-31', '2016-06-01', '[]',"
              + " '{\"intra-state\":1.0}', 'land', 'crisis', false, 0.0, false, '[]')");
      s.execute(
          "INSERT INTO alerts (id, situation_id, scope, subject, indicator, resolution, level,"
              + " peak_level, status, opened, updated, closed, period_start, period_end, value,"
              + " baseline, score, detector, threat_types, great_power_party, outside_power_share)"
              + " VALUES (1, 1, 'country', 'THA', 'material_conflict_7d', 'day', 'watch',"
              + " 'warning', 'closed', '2016-04-11', '2016-05-31', '2016-06-01', '2016-04-11',"
              + " '2016-05-31', 9, 2, 4.1, 'robust-z', '{}', false, 0.0)");
    }
  }

  @AfterEach
  void close() {
    storage.close();
  }

  /**
   * Audit 3 of the thirty-first round (G9): an alert is open from its opening to the day before it
   * closed, the closing day being the first back to normal. One that closed on 1 June was not
   * active in June.
   */
  @Test
  void anAlertThatClosedOnTheFirstOfTheMonthIsNotOnThatMonthsWatchList() {
    MonthReports reports =
        new MonthReports(
            storage, Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC));
    assertThat(reports.of(YearMonth.of(2016, 5), Visibility.VIEWER).rows()).hasSize(1);
    assertThat(reports.of(YearMonth.of(2016, 6), Visibility.VIEWER).rows()).isEmpty();
  }
}
