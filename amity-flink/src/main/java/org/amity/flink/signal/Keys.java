package org.amity.flink.signal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.amity.signal.Scope;
import org.amity.signal.daily.IncidentKey;

/**
 * Keys and times of the signal stages. Keys are strings: their hash codes are the same in every JVM
 * of a cluster (an enum's is not), which Flink's key groups need.
 */
final class Keys {
  private Keys() {}

  static String subject(Scope scope, String subject) {
    return scope.key() + "|" + subject;
  }

  /** An incident key as one string; null parts are marked apart from empty ones. */
  static String incident(IncidentKey k) {
    StringBuilder b = new StringBuilder(64).append(k.day());
    for (String part :
        new String[] {
          k.sourceCode(),
          k.targetCode(),
          k.eventCode(),
          k.actionCountry(),
          k.sourceCountry(),
          k.targetCountry(),
          k.seaArea()
        }) {
      b.append('\u0001');
      if (part == null) {
        b.append('\u0000');
      } else {
        b.append(part);
      }
    }
    return b.toString();
  }

  /** The last millisecond of a day (UTC): the event time at which the day is closed. */
  static long dayEnd(LocalDate day) {
    return day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() - 1;
  }
}
