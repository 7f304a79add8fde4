package org.amity.signal.daily;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amity.event.Dataset;
import org.amity.event.Event;
import org.amity.event.Fatalities;

/**
 * One day's share of the dead of a record dated by a range ({@link Fatalities#ranged}: UCDP GED's
 * {@code date_start} to {@code date_end}): the record's incident stays on its first day with every
 * count but the dead ({@link Incident#of} gives it none), and its dead are added to each day of the
 * range as {@link Fatalities#spread} shares them, in counts that hold nothing else.
 *
 * <p>Each day is one report that counts the dead ({@link DayCounts#deathReports}), a zero share
 * included: the record covered every day of its range, so a subject's deaths series is read over
 * them ({@link DayCounts#COVERED_BY}). The share is its recorder's ({@link DayCounts#deathsBy}), so
 * that a day's dead are still the most one recorder counted in a place ({@link DayCounts#settled}).
 *
 * @param day the day
 * @param counts the record's dead of that day, every other count 0
 */
public record DeathDay(LocalDate day, DayCounts counts) {

  /** The days of a ranged record's dead in day order; none when {@code e}'s dead are of one day. */
  public static List<DeathDay> of(Event e) {
    Fatalities f = e.fatalities();
    if (f == null || !f.ranged(e.eventDate())) {
      return List.of();
    }
    int lane = Dataset.deathLane(e.dataset(), e.nativeId());
    List<Long> shares = f.spread(e.eventDate());
    List<DeathDay> out = new ArrayList<>(shares.size());
    for (int i = 0; i < shares.size(); i++) {
      long dead = shares.get(i);
      out.add(
          new DeathDay(
              e.eventDate().plusDays(i),
              new DayCounts(
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  dead,
                  0,
                  0,
                  0,
                  1,
                  lane < 0 ? 0 : DeathLanes.of(lane, dead))));
    }
    return out;
  }

  /** Whether {@code e}'s dead are spread over days rather than counted on its date. */
  static boolean spreads(Event e) {
    return e.fatalities() != null && e.fatalities().ranged(e.eventDate());
  }
}
