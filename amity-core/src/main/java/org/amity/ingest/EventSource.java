package org.amity.ingest;

import java.io.IOException;
import java.nio.file.Path;
import org.amity.event.Event;

/**
 * One pass over one input that yields events, as the store consumes it. The store may pull from
 * several threads at once, each through its own {@link Worker}.
 *
 * <p>Books kept: every record read (a line, for line formats) ends up emitted as events, rejected
 * with a reason, filtered out by region, or skipped as a header. For one-event-per-line formats
 * {@code lines = emitted + rejected + filtered + skipped}. A record that may give several events (a
 * news story) is counted once, by outcome: {@code lines = recordsWithEvents + rejected +
 * recordsFiltered + skipped}, with its events counted apart ({@link #emitted}, {@link #filtered}).
 */
public interface EventSource extends AutoCloseable {
  /** The name recorded with rejects and in the ingest log (the path as the user gave it). */
  String displayName();

  Path path();

  /** The dataset the events belong to ("gdelt", "icews", "piracy", "text", ...). */
  String dataset();

  /** The layout, for the ingest log ("GDELT2", "ICEWS", "NGA_ASAM", ...). */
  String formatName();

  long sizeBytes();

  /** Raw bytes read so far, for progress. */
  long rawBytesRead();

  /** A new worker, to be used by one thread only. */
  Worker newWorker();

  /** The first read failure (corrupt or truncated input), or null. */
  IOException failure();

  /** Records (lines) read, headers included. */
  long lines();

  /** Events handed out. */
  long emitted();

  /** Events dropped by the region filter. */
  long filtered();

  /** Header lines and other records that carry no event by design. */
  long skipped();

  /**
   * Records that gave at least one event handed out (duplicates not yet known). Equal to {@link
   * #emitted} for sources with at most one event per record.
   */
  default long recordsWithEvents() {
    return emitted();
  }

  /**
   * Records that gave events, every one of them dropped by the region filter. Equal to {@link
   * #filtered} for sources with at most one event per record.
   */
  default long recordsFiltered() {
    return filtered();
  }

  RejectLog rejects();

  /** SHA-256 of the raw input; call once the pass is complete. */
  String sha256() throws IOException;

  @Override
  void close() throws IOException;

  /** Pulls events one at a time; owned by one thread. */
  interface Worker {
    /** The next event, or null when the input is exhausted. */
    Event next() throws IOException;

    /** The line (record number) of the event last returned. */
    long line();
  }
}
