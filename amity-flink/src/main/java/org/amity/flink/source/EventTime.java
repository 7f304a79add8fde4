package org.amity.flink.source;

import java.time.ZoneOffset;
import org.amity.event.Event;

/** An event's time for Flink's event-time clock. */
public final class EventTime {
  private EventTime() {}

  /**
   * When the source published the record (GDELT's DATEADDED, which rises file by file), else the
   * start of the event's day, in epoch milliseconds UTC.
   */
  public static long of(Event e) {
    if (e.dateAdded() != null) {
      return e.dateAdded().toInstant(ZoneOffset.UTC).toEpochMilli();
    }
    return e.eventDate().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
  }
}
