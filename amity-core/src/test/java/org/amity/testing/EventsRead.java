package org.amity.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.amity.event.Event;
import org.amity.ingest.EventSource;
import org.amity.ingest.Reject;

/**
 * Everything one pass over an {@link EventSource} gave, for tests that check a reader without a
 * store: the events with their lines, the rejects and the source's counts.
 */
public record EventsRead(
    List<Event> events, List<Long> lines, List<Reject> rejects, long records, long skipped) {

  /** Reads the source to its end (it stays open; the caller closes it). */
  public static EventsRead of(EventSource source) throws IOException {
    List<Event> events = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    EventSource.Worker w = source.newWorker();
    for (Event e = w.next(); e != null; e = w.next()) {
      events.add(e);
      lines.add(w.line());
    }
    List<Reject> rejects = new ArrayList<>();
    source.rejects().forEach(rejects::add);
    return new EventsRead(events, lines, rejects, source.lines(), source.skipped());
  }

  /** The event with this native id; fails when there is none. */
  public Event get(String nativeId) {
    return events.stream()
        .filter(e -> e.nativeId().equals(nativeId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no event " + nativeId));
  }
}
