package org.amity.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * People killed in an event, as the source counts them: its best estimate and the range it gives.
 * ACLED gives one number (low = best = high); UCDP GED gives best, low and high. The three are kept
 * as the source gives them, even when they are out of order (57 rows of the UCDP GED samples have a
 * low above the best or a high below it; see docs/data-sources.md).
 *
 * <p>UCDP GED dates some records by a range of days (a siege, a campaign whose days are not known
 * apart): its dead were killed over the days from the event's date to {@code lastDay}, and are
 * counted spread evenly over them ({@link #spread}).
 *
 * @param best the source's best estimate
 * @param low the lowest plausible count
 * @param high the highest plausible count
 * @param lastDay the last day of the range the dead were killed over, after the event's date; null
 *     when they were killed on the event's date (every ACLED record, a GED record of one day)
 */
public record Fatalities(int best, int low, int high, LocalDate lastDay) {
  public Fatalities {
    if (low < 0 || best < 0 || high < 0) {
      throw new IllegalArgumentException(
          "fatalities cannot be negative; got " + low + ", " + best + ", " + high);
    }
  }

  /** Dead killed on the event's date. */
  public Fatalities(int best, int low, int high) {
    this(best, low, high, null);
  }

  /** One count, with no range around it. */
  public static Fatalities exactly(int n) {
    return new Fatalities(n, n, n);
  }

  /** Whether the dead were killed over more than the event's date {@code first}. */
  public boolean ranged(LocalDate first) {
    return lastDay != null && lastDay.isAfter(first);
  }

  /**
   * The best estimate spread over the days from {@code first} to {@link #lastDay}, one whole number
   * a day in day order, which add up to {@link #best} exactly: of n days, day i (from 0) gets
   * floor((i+1)·best/n) − floor(i·best/n), so the shares differ by at most one and the larger ones
   * fall evenly through the range. One number, {@link #best}, when the dead are of one day.
   */
  public List<Long> spread(LocalDate first) {
    if (!ranged(first)) {
      return List.of((long) best);
    }
    long n = lastDay.toEpochDay() - first.toEpochDay() + 1;
    List<Long> out = new ArrayList<>((int) n);
    for (long i = 0; i < n; i++) {
      out.add(share(best, i, n));
    }
    return out;
  }

  /** Day {@code i}'s share of {@code best} dead spread over {@code n} days ({@link #spread}). */
  public static long share(long best, long i, long n) {
    return Math.floorDiv((i + 1) * best, n) - Math.floorDiv(i * best, n);
  }
}
