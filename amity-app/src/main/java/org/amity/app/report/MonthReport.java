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
 * A month's regional watch list: every situation with an alert ongoing during the month that
 * reached warning level or above (at some time in its run: the store keeps an alert's highest
 * level, not the day it reached it), the ones that opened and closed in it, the warnings first
 * raised in it and how they were answered.
 *
 * @param rows the watch list: situations with a current warning in the month, highest level first,
 *     then by first day; then the ones whose alerts had all become protracted before it
 * @param changed every situation that opened or closed in the month, on the watch list or not
 * @param gap the gap over warnings first raised in the month (its {@code unanswered} list names the
 *     warnings nobody answered in the record)
 * @param track2 track II meetings held in the month, without names
 */
public record MonthReport(
    YearMonth month,
    List<Row> rows,
    List<Situation> changed,
    GapReport gap,
    List<Track2Meeting> track2,
    LocalDate newestEvent,
    OffsetDateTime generated,
    String audience) {

  /**
   * One situation on the list.
   *
   * @param peak the highest level its alerts ongoing in the month reached in their whole run (not
   *     necessarily within the month)
   * @param alerts how many of its alerts at warning or above were current warnings on some day of
   *     the month (neither closed nor protracted yet, as the weekly trend counts them)
   * @param protractedSince when none was ({@code alerts} 0), the day from which all its alerts
   *     ongoing in the month were protracted; null otherwise
   */
  public record Row(Situation situation, Level peak, int alerts, LocalDate protractedSince) {
    public boolean opensIn(YearMonth m) {
      return YearMonth.from(situation.opened()).equals(m);
    }
  }

  /** The situations that opened in the month, by the day they opened (then number). */
  public List<Situation> opened() {
    return changed.stream()
        .filter(s -> YearMonth.from(s.opened()).equals(month))
        .sorted(Comparator.comparing(Situation::opened).thenComparingLong(Situation::id))
        .toList();
  }

  /** The situations that closed in the month, by the day they closed (then number). */
  public List<Situation> closed() {
    return changed.stream()
        .filter(s -> s.closed() != null && YearMonth.from(s.closed()).equals(month))
        .sorted(Comparator.comparing(Situation::closed).thenComparingLong(Situation::id))
        .toList();
  }
}
