package org.amity.signal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The length of one period of a series. Weeks start on Monday; periods are named by their first
 * day.
 */
public enum Resolution {
  DAY,
  WEEK,
  MONTH;

  /** First day of the period containing {@code d}. */
  public LocalDate start(LocalDate d) {
    return switch (this) {
      case DAY -> d;
      case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> d.withDayOfMonth(1);
    };
  }

  /** First day of the period after the one starting at {@code start}. */
  public LocalDate next(LocalDate start) {
    return switch (this) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
    };
  }

  /** Whole periods from {@code a} to {@code b} (both period starts). */
  public long between(LocalDate a, LocalDate b) {
    return switch (this) {
      case DAY -> ChronoUnit.DAYS.between(a, b);
      case WEEK -> ChronoUnit.WEEKS.between(a, b);
      case MONTH -> ChronoUnit.MONTHS.between(a, b);
    };
  }

  /** The name used in the store and on the command line ("day", "week", "month"). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Resolution parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("resolution must be day, week or month, not '" + s + "'");
    }
  }
}
