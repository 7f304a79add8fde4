package org.amity.signal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * How current the stored data is: the newest day any stored event or imported series period covers
 * ("data as of"), and for each subject the last day its own data covers, with the resolution of
 * that data. A situation is stale when its subject has had no data for longer than that resolution
 * allows (a week for daily data, two weeks for weekly, two months for monthly) before the store's
 * newest day: its alerts describe a past the data no longer follows.
 *
 * @param dataAsOf the newest day covered, or null for an empty store
 * @param subjects keyed "scope|subject"
 */
public record Freshness(LocalDate dataAsOf, Map<String, SubjectData> subjects) {

  /** The last day one subject's data covers, and how fine that data is. */
  public record SubjectData(LocalDate last, Resolution resolution) {}

  public static final Freshness EMPTY = new Freshness(null, Map.of());

  /** Days without data a subject is allowed at this resolution before it counts as stale. */
  public static long allowance(Resolution r) {
    return switch (r) {
      case DAY -> 7;
      case WEEK -> 14;
      case MONTH -> 62;
    };
  }

  /** The last day this subject's data covers, or null when it has none. */
  public LocalDate lastData(Scope scope, String subject) {
    SubjectData d = subjects.get(scope.key() + "|" + subject);
    return d == null ? null : d.last();
  }

  /**
   * Whether this subject has had no data for longer than its resolution allows (a subject with no
   * recorded data at all cannot be judged, and is not called stale).
   */
  public boolean stale(Scope scope, String subject) {
    if (dataAsOf == null) {
      return false;
    }
    SubjectData d = subjects.get(scope.key() + "|" + subject);
    return d != null && ChronoUnit.DAYS.between(d.last(), dataAsOf) > allowance(d.resolution());
  }

  /**
   * Whether a situation is stale: an open or protracted one whose subject's data has stopped
   * ({@link #stale(Scope, String)}). A closed situation is never called stale: its alerts ended
   * while the data still ran, and a later end of the data says nothing about them.
   */
  public boolean stale(Situation s) {
    return !"closed".equals(s.status()) && stale(s.scope(), s.subject());
  }
}
