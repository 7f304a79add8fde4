package org.amity.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.amity.signal.Level;
import org.amity.signal.Scope;
import org.amity.signal.Situation;
import org.junit.jupiter.api.Test;

class MonthReportTest {
  private static Situation situation(long id, Level level, String opened, String closed) {
    return new Situation(
        id,
        Scope.COUNTRY,
        "THA",
        "situation " + id,
        level,
        "closed",
        LocalDate.parse(opened),
        LocalDate.parse(closed),
        LocalDate.parse(closed),
        List.of("THA"),
        List.of("intra-state"),
        Map.of("intra-state", 1.0),
        "land",
        "post-crisis",
        false,
        0.0,
        false,
        List.of(),
        List.of());
  }

  /**
   * Audit of the thirty-first round: the watch list of 2014-05 listed its new situations as
   * 2014-05-11, 2014-05-21, 2014-05-13 and its closed ones as 05-24, 05-06, 05-22 (the list's level
   * order). Each list now reads by date.
   */
  @Test
  void newAndClosedSituationsAreListedByDate() {
    List<Situation> changed =
        List.of(
            situation(10, Level.ALERT, "2014-05-11", "2014-05-24"),
            situation(4, Level.ALERT, "2014-05-21", "2014-06-10"),
            situation(1, Level.WARNING, "2014-04-17", "2014-05-06"),
            situation(9, Level.WARNING, "2014-05-13", "2014-05-22"));
    MonthReport r =
        new MonthReport(
            YearMonth.of(2014, 5),
            List.of(),
            changed,
            null,
            List.of(),
            null,
            OffsetDateTime.of(2026, 12, 7, 0, 0, 0, 0, ZoneOffset.UTC),
            "viewer");
    assertThat(r.opened()).extracting(Situation::id).containsExactly(10L, 9L, 4L);
    assertThat(r.closed()).extracting(Situation::id).containsExactly(1L, 9L, 10L);
  }
}
