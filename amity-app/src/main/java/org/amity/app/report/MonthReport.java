package org.amity.app.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.amity.response.timeline.GapReport;
import org.amity.response.track2.Track2Meeting;
import org.amity.signal.Level;
import org.amity.signal.Situation;

/**
 * A month's regional watch list: every situation with an alert active during the month that reached
 * warning level or above (at some time in its run: the store keeps an alert's highest level, not
 * the day it reached it), the ones that opened and closed in it, the warnings first raised in it
 * and how they were answered.
 *
 * @param rows the watch list, highest level first, then by first day
 * @param gap the gap over warnings first raised in the month (its {@code unanswered} list names the
 *     warnings nobody answered in the record)
 * @param track2 track II meetings held in the month, without names
 */
public record MonthReport(
    YearMonth month,
    List<Row> rows,
    GapReport gap,
    List<Track2Meeting> track2,
    LocalDate newestEvent,
    OffsetDateTime generated,
    String audience) {

  /**
   * One situation on the list.
   *
   * @param peak the highest level its alerts active in the month reached in their whole run (not
   *     necessarily within the month)
   * @param alerts how many of its alerts at warning or above were active in the month
   */
  public record Row(Situation situation, Level peak, int alerts) {
    public boolean opensIn(YearMonth m) {
      return YearMonth.from(situation.opened()).equals(m);
    }

    public boolean closesIn(YearMonth m) {
      return situation.closed() != null && YearMonth.from(situation.closed()).equals(m);
    }
  }

  /** The situations that opened in the month, by the day they opened (then number). */
  public List<Row> opened() {
    return rows.stream()
        .filter(r -> r.opensIn(month))
        .sorted(
            Comparator.comparing((Row r) -> r.situation().opened())
                .thenComparingLong(r -> r.situation().id()))
        .toList();
  }

  /** The situations that closed in the month, by the day they closed (then number). */
  public List<Row> closed() {
    return rows.stream()
        .filter(r -> r.closesIn(month))
        .sorted(
            Comparator.comparing((Row r) -> r.situation().closed())
                .thenComparingLong(r -> r.situation().id()))
        .toList();
  }
}
