package org.amity.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import org.amity.event.Event;

/**
 * One pass over one input file: several workers pull events from it at once while the scan keeps
 * the books. When the pass is over, {@code lines = emitted + rejected + filtered + skipped}, where
 * skipped lines are header lines; the store then splits the emitted events into accepted and
 * duplicates.
 */
public final class FileScan implements EventSource {
  private final Path path;
  private final String displayName;
  private final Format format;
  private final Predicate<Event> filter;
  private final OfficeHolders officeHolders;
  private final InputFile input;
  private final LineBlocks blocks;
  private final RejectLog rejects;
  private final LongAdder emitted = new LongAdder();
  private final LongAdder filtered = new LongAdder();
  private final LongAdder skipped = new LongAdder();
  private final AtomicReference<IOException> failure = new AtomicReference<>();

  private FileScan(
      Path path,
      String displayName,
      Format format,
      Predicate<Event> filter,
      OfficeHolders officeHolders)
      throws IOException {
    this.path = path;
    this.displayName = displayName;
    this.format = format;
    this.filter = filter;
    this.officeHolders = officeHolders;
    this.input = InputFile.open(path);
    this.blocks = new LineBlocks(input.data(), format.maxLineBytes());
    this.rejects = new RejectLog(displayName);
  }

  /**
   * Opens a file for scanning.
   *
   * @param displayName the name recorded with rejects and in the ingest log
   * @param filter events to keep (others are counted as filtered), or null to keep all
   */
  public static FileScan open(Path path, String displayName, Format format, Predicate<Event> filter)
      throws IOException {
    return new FileScan(path, displayName, format, filter, null);
  }

  /**
   * Opens a file for scanning whose named persons are given the state role they held that day from
   * {@code officeHolders} (see {@link Format#newParser(OfficeHolders)}; null for none).
   */
  public static FileScan open(
      Path path,
      String displayName,
      Format format,
      Predicate<Event> filter,
      OfficeHolders officeHolders)
      throws IOException {
    return new FileScan(path, displayName, format, filter, officeHolders);
  }

  @Override
  public Path path() {
    return path;
  }

  @Override
  public String displayName() {
    return displayName;
  }

  public Format format() {
    return format;
  }

  @Override
  public String formatName() {
    return format.name();
  }

  @Override
  public String dataset() {
    return format.dataset();
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
  public Worker newWorker() {
    return new Worker();
  }

  @Override
  public IOException failure() {
    return failure.get();
  }

  @Override
  public long lines() {
    return blocks.linesSoFar();
  }

  @Override
  public long emitted() {
    return emitted.sum();
  }

  @Override
  public long filtered() {
    return filtered.sum();
  }

  @Override
  public long skipped() {
    return skipped.sum();
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

  /** Pulls events from the file one at a time; owned by one thread. */
  public final class Worker implements EventSource.Worker {
    private final RowParser parser = format.newParser(officeHolders);
    private LineBlocks.Block block;
    private int pos;
    private long line;
    private long lastEventLine;

    private final int maxLine = format.maxLineBytes();

    // counted here and added to the scan's books once per block: a shared counter touched by
    // every thread on every line costs more than the parse of short lines
    private long emittedHere;
    private long filteredHere;
    private long skippedHere;

    private Worker() {}

    @Override
    public Event next() throws IOException {
      while (true) {
        if (block == null || pos >= block.length()) {
          if (!nextBlock()) {
            return null;
          }
        }
        byte[] data = block.data();
        int end = ByteScan.indexOf(data, pos, block.length(), (byte) '\n');
        int start = pos;
        pos = end + 1;
        long number = line++;
        Event e;
        try {
          e = LineParser.parse(parser, data, start, end, number, maxLine);
        } catch (RowException ex) {
          rejects.add(number, ex.reason());
          continue;
        }
        if (e == null) {
          skippedHere++;
          continue;
        }
        if (filter != null && !filter.test(e)) {
          filteredHere++;
          continue;
        }
        emittedHere++;
        lastEventLine = number;
        return e;
      }
    }

    @Override
    public long line() {
      return lastEventLine;
    }

    private boolean nextBlock() throws IOException {
      addCounts();
      do {
        if (block != null && block.overlong() > 0) {
          rejects.add(
              block.firstLine(), LineLimit.reason(block.firstLine(), block.overlong(), maxLine));
        }
        try {
          block = blocks.next();
        } catch (IOException e) {
          failure.compareAndSet(null, e);
          throw e;
        }
      } while (block != null && block.overlong() > 0);
      if (block == null) {
        return false;
      }
      pos = 0;
      line = block.firstLine();
      return true;
    }

    private void addCounts() {
      emitted.add(emittedHere);
      filtered.add(filteredHere);
      skipped.add(skippedHere);
      emittedHere = 0;
      filteredHere = 0;
      skippedHere = 0;
    }
  }
}
