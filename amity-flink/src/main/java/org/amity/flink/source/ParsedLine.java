package org.amity.flink.source;

import java.util.Objects;
import org.amity.event.Event;
import org.amity.ingest.Reject;

/**
 * What the file source makes of one line: an event, or a reject with its reason. Lines that are
 * headers or skipped documentation yield nothing.
 *
 * @param event the event, null for a reject
 * @param reject the reject, null for an event
 * @param ingestId the file's id (see {@link FileIds}), stored with events and rejects
 * @param line the 1-based line in the decompressed file
 * @param sha256 the file's SHA-256 for a reject (the store keeps rejects per file content), null
 *     for an event
 */
public record ParsedLine(Event event, Reject reject, int ingestId, long line, String sha256) {

  public ParsedLine {
    if ((event == null) == (reject == null)) {
      throw new IllegalArgumentException("a parsed line is either an event or a reject");
    }
  }

  public static ParsedLine event(Event e, int ingestId, long line) {
    return new ParsedLine(Objects.requireNonNull(e), null, ingestId, line, null);
  }

  public static ParsedLine reject(Reject r, int ingestId, String sha256) {
    return new ParsedLine(null, Objects.requireNonNull(r), ingestId, r.line(), sha256);
  }

  public boolean isEvent() {
    return event != null;
  }

  /** The de-duplication key: dataset and native id. */
  public String key() {
    return event.dataset() + '\u0000' + event.nativeId();
  }

  /**
   * Event time in epoch milliseconds: when the source published the record, else the start of the
   * event's day (UTC); rejects carry none.
   */
  public long timestamp() {
    if (event == null) {
      return Long.MIN_VALUE;
    }
    return EventTime.of(event);
  }
}
