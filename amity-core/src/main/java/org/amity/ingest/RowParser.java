package org.amity.ingest;

import org.amity.event.Event;

/**
 * Turns one line of an input file into an event. Implementations are not thread-safe: each worker
 * thread gets its own from {@link Format#newParser()}.
 */
public interface RowParser {
  /**
   * Parses {@code bytes[from, to)} (without the newline).
   *
   * @return the event, or null when the line is a header to skip
   * @throws RowException with the reason when the line must be rejected
   */
  Event parse(byte[] bytes, int from, int to, long lineNumber) throws RowException;
}
