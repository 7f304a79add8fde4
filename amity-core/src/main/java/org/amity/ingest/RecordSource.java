package org.amity.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.function.Predicate;
import org.amity.event.Event;

/**
 * Base for inputs read one record at a time, where a record may span several lines (quoted CSV) or
 * yield several events (a news story coded sentence by sentence). Subclasses implement {@link
 * #readRecord}; this class keeps the books and serialises workers, so the store can treat it like
 * any other {@link EventSource}.
 */
public abstract class RecordSource implements EventSource {
  private final Path path;
  private final String displayName;
  private final String dataset;
  private final String formatName;
  private final Predicate<Event> filter;
  private final InputFile input;
  private final LineLimit limited;
  private final RejectLog rejects;
  private final ArrayDeque<Event> pending = new ArrayDeque<>();
  private final ArrayDeque<Long> pendingLines = new ArrayDeque<>();
  private long records;
  private long emitted;
  private long filtered;
  private long skipped;
  private long recordsWithEvents;
  private long recordsFiltered;
  private long recordEvents;
  private long recordFiltered;
  private boolean exhausted;
  private IOException failure;

  /** Receives what one record yields. */
  protected interface Sink {
    /** The record at {@code line} gave this event. */
    void event(long line, Event e);

    /** The record at {@code line} is rejected. */
    void reject(long line, String reason);

    /** The record at {@code line} carries no event by design (a header). */
    void skip(long line);
  }

  /** The longest line a record reader keeps unless it sets its own limit: 1 MiB. */
  public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;

  protected RecordSource(
      Path path, String displayName, String dataset, String formatName, Predicate<Event> filter)
      throws IOException {
    this(path, displayName, dataset, formatName, filter, DEFAULT_MAX_LINE_BYTES, false);
  }

  /**
   * @param maxLineBytes lines longer than this are dropped while streaming (see {@link LineLimit});
   *     the reader rejects the record they belonged to through {@link #droppedLine}
   * @param csvQuoting keep a CSV parser's quoting state across dropped lines
   */
  protected RecordSource(
      Path path,
      String displayName,
      String dataset,
      String formatName,
      Predicate<Event> filter,
      int maxLineBytes,
      boolean csvQuoting)
      throws IOException {
    this.path = path;
    this.displayName = displayName;
    this.dataset = dataset;
    this.formatName = formatName;
    this.filter = filter;
    this.input = InputFile.open(path);
    this.limited = new LineLimit(input.data(), maxLineBytes, csvQuoting);
    this.rejects = new RejectLog(displayName);
  }

  /**
   * The decompressed content, for subclasses to read, with lines over the limit already dropped
   * (their line breaks kept).
   */
  protected final InputStream data() {
    return limited;
  }

  /**
   * The reject reason when a line in {@code [fromLine, toLine]} was over the limit and dropped, or
   * null when none was: a record that held such a line must be rejected with this reason.
   */
  protected final String droppedLine(long fromLine, long toLine) {
    return limited.dropped(fromLine, toLine);
  }

  /**
   * Reads the next record and reports it to {@code sink} (one call per record; a record may give
   * several events). Returns false at the end of the input. Bad content is a reject, not an
   * exception; an IOException means the input itself is broken and fails the whole file.
   */
  protected abstract boolean readRecord(Sink sink) throws IOException;

  private final Sink sink =
      new Sink() {
        @Override
        public void event(long line, Event e) {
          if (filter != null && !filter.test(e)) {
            filtered++;
            recordFiltered++;
            return;
          }
          recordEvents++;
          pending.add(e);
          pendingLines.add(line);
        }

        @Override
        public void reject(long line, String reason) {
          rejects.add(line, reason);
        }

        @Override
        public void skip(long line) {
          skipped++;
        }
      };

  private synchronized Event take(long[] line) throws IOException {
    while (pending.isEmpty()) {
      if (exhausted) {
        return null;
      }
      try {
        recordEvents = 0;
        recordFiltered = 0;
        if (readRecord(sink)) {
          records++;
          if (recordEvents > 0) {
            recordsWithEvents++;
          } else if (recordFiltered > 0) {
            recordsFiltered++;
          }
        } else {
          exhausted = true;
        }
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }
    emitted++;
    line[0] = pendingLines.poll();
    return pending.poll();
  }

  @Override
  public Worker newWorker() {
    return new Worker() {
      private final long[] line = new long[1];

      @Override
      public Event next() throws IOException {
        return take(line);
      }

      @Override
      public long line() {
        return line[0];
      }
    };
  }

  @Override
  public String displayName() {
    return displayName;
  }

  @Override
  public Path path() {
    return path;
  }

  @Override
  public String dataset() {
    return dataset;
  }

  @Override
  public String formatName() {
    return formatName;
  }

  @Override
  public long sizeBytes() {
    return input.size();
  }

  @Override
  public long rawBytesRead() {
    return input.rawBytesRead();
  }

  @Override
  public synchronized IOException failure() {
    return failure;
  }

  @Override
  public synchronized long lines() {
    return records;
  }

  @Override
  public synchronized long emitted() {
    return emitted;
  }

  @Override
  public synchronized long filtered() {
    return filtered;
  }

  @Override
  public synchronized long skipped() {
    return skipped;
  }

  @Override
  public synchronized long recordsWithEvents() {
    return recordsWithEvents;
  }

  @Override
  public synchronized long recordsFiltered() {
    return recordsFiltered;
  }

  @Override
  public RejectLog rejects() {
    return rejects;
  }

  @Override
  public String sha256() throws IOException {
    return input.sha256();
  }

  @Override
  public void close() throws IOException {
    try {
      input.close();
    } finally {
      rejects.close();
    }
  }
}
