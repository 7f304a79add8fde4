package org.amity.store.duckdb;

import java.time.LocalDate;
import java.util.List;

/**
 * The events matching one query, counted per day in the order a page reads them (newest or oldest
 * day first): a sparse index of where each page begins. A few thousand days at most, so it is kept
 * in memory and rebuilt after the store is written.
 */
final class PageMap {
  /**
   * The days a page lies within, in reading order, and how many of the band's rows come first.
   *
   * @param first the day the page starts on (or after, with a cursor)
   * @param last the day by which the page is surely complete
   * @param skip rows of the band to skip before the page starts
   */
  record Band(LocalDate first, LocalDate last, long skip) {}

  private final LocalDate[] days;
  private final long[] before; // matching rows on the days before index i, in reading order
  private final boolean newestFirst;

  PageMap(List<LocalDate> days, List<Long> counts, boolean newestFirst) {
    this.days = days.toArray(new LocalDate[0]);
    this.before = new long[days.size() + 1];
    for (int i = 0; i < counts.size(); i++) {
      before[i + 1] = before[i] + counts.get(i);
    }
    this.newestFirst = newestFirst;
  }

  /** How many events match. */
  long total() {
    return before[days.length];
  }

  /** The band of the page of {@code limit} rows (0: all) after skipping {@code offset} rows. */
  Band bandAtOffset(long offset, long limit) {
    if (offset >= total()) {
      return null;
    }
    int i = dayHolding(offset);
    return new Band(days[i], days[lastDay(offset + limit, limit)], offset - before[i]);
  }

  /**
   * The band of the page after an event of day {@code day}: skipping {@code offset} rows after it,
   * then {@code limit} rows (0: all).
   */
  Band bandAfter(LocalDate day, long offset, long limit) {
    int i = firstDayFrom(day);
    if (i == days.length) {
      return null;
    }
    // the rows after the cursor are at most the cursor's day plus the days after it; the page is
    // complete once the days after the cursor's day alone hold offset + limit rows
    long need = before[i + 1] + offset + limit;
    return new Band(days[i], days[lastDay(need, limit)], offset);
  }

  /** The day holding the row at position {@code pos} (0-based, reading order). */
  private int dayHolding(long pos) {
    int lo = 0;
    int hi = days.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (before[mid + 1] > pos) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** The day by which {@code end} rows have been read, or the last day (no limit, or too few). */
  private int lastDay(long end, long limit) {
    if (limit == 0 || end >= total()) {
      return days.length - 1;
    }
    return dayHolding(end - 1);
  }

  /** The first day in reading order that is {@code day} or comes after it. */
  private int firstDayFrom(LocalDate day) {
    for (int i = 0; i < days.length; i++) {
      boolean reached = newestFirst ? !days[i].isAfter(day) : !days[i].isBefore(day);
      if (reached) {
        return i;
      }
    }
    return days.length;
  }
}
