package org.amity.flink.sink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.amity.flink.ParquetTable;
import org.amity.store.StoreException;
import org.amity.store.duckdb.ParquetParts;
import org.apache.flink.api.connector.sink2.CommittingSinkWriter;

/**
 * Gathers one subtask's rows into hidden part files and hands all of them on at the next checkpoint
 * barrier. A buffer that reaches {@link #ROLL_ROWS} rows is written by a background thread while
 * the task fills a second one, so the Parquet encoding runs beside the stream instead of stalling
 * it at the barrier, and a buffer stays bounded whatever the checkpoint interval. At the barrier
 * the writer writes what remains and waits until every file of the checkpoint is complete before it
 * hands their names on: a checkpoint never covers a row that is not in a finished file.
 */
final class ParquetPartWriter<T> implements CommittingSinkWriter<T, PartFile> {
  /**
   * Rows per part file at most: a file is about one Parquet row group, and two buffers of this many
   * rows (one filling, one being written) bound the writer's heap (events: about 1 KB a row).
   */
  static final int ROLL_ROWS = 100_000;

  private static final long CLOSE_WAIT_SECONDS = 60;

  private final ParquetTable<T> table;
  private final Path folder;
  private final int subtask;
  private final int attempt;
  private final ExecutorService background;
  private final ArrayDeque<ParquetParts> free = new ArrayDeque<>();
  private final ArrayDeque<InFlight> inFlight = new ArrayDeque<>();
  private final List<PartFile> written = new ArrayList<>();
  private ParquetParts current;
  private long seq;

  /** A full buffer being written to its part file by the background thread. */
  private record InFlight(PartFile file, ParquetParts buffer, Future<?> done) {}

  ParquetPartWriter(ParquetTable<T> table, Path folder, int subtask, int attempt, long firstSeq)
      throws IOException {
    this.table = table;
    this.folder = folder;
    this.subtask = subtask;
    this.attempt = attempt;
    this.seq = firstSeq;
    Files.createDirectories(folder);
    try {
      this.current = ParquetParts.open(table.name(), table.columns());
      this.free.add(ParquetParts.open(table.name(), table.columns()));
    } catch (StoreException e) {
      closeBuffers();
      throw new IOException(
          table.name() + ": cannot open the Parquet buffer: " + e.getMessage(), e);
    }
    this.background =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "parquet " + table.name() + " #" + subtask);
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public void write(T record, Context context) throws IOException {
    try {
      current.append(table.row(record));
    } catch (StoreException | IllegalArgumentException e) {
      throw new IOException(table.name() + ": cannot buffer a row: " + e.getMessage(), e);
    }
    if (current.rows() >= ROLL_ROWS) {
      roll();
    }
  }

  /** Hands the full buffer to the background thread and goes on in a free one. */
  private void roll() throws IOException {
    ParquetParts full = current;
    PartFile file = nextFile();
    Path pending = Path.of(file.pending());
    inFlight.add(new InFlight(file, full, background.submit(() -> full.writeTo(pending))));
    if (free.isEmpty()) {
      free.add(awaitOldest());
    }
    current = free.poll();
  }

  private PartFile nextFile() {
    long n = seq++;
    return new PartFile(
        PartNames.pending(folder, subtask, n, attempt).toString(),
        PartNames.committed(folder, subtask, n).toString());
  }

  /** Waits for the oldest background write and returns its buffer, emptied. */
  private ParquetParts awaitOldest() throws IOException {
    InFlight f = inFlight.poll();
    try {
      f.done().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(table.name() + ": interrupted writing " + f.file().pending(), e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw new IOException(
          table.name() + ": cannot write " + f.file().pending() + ": " + cause.getMessage(), cause);
    }
    written.add(f.file());
    return f.buffer();
  }

  @Override
  public void flush(boolean endOfInput) {
    // rows are written when the checkpoint's committables are prepared
  }

  @Override
  public Collection<PartFile> prepareCommit() throws IOException {
    if (current.rows() > 0) {
      PartFile last = nextFile();
      try {
        current.writeTo(Path.of(last.pending()));
      } catch (StoreException e) {
        throw new IOException(
            table.name() + ": cannot write " + last.pending() + ": " + e.getMessage(), e);
      }
      written.add(last);
    }
    while (!inFlight.isEmpty()) {
      free.add(awaitOldest());
    }
    List<PartFile> files = List.copyOf(written);
    written.clear();
    return files;
  }

  @Override
  public void close() throws Exception {
    background.shutdown();
    if (!background.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
      background.shutdownNow();
    }
    closeBuffers();
  }

  private void closeBuffers() {
    List<ParquetParts> all = new ArrayList<>(free);
    if (current != null) {
      all.add(current);
    }
    inFlight.forEach(f -> all.add(f.buffer()));
    RuntimeException first = null;
    for (ParquetParts p : all) {
      try {
        p.close();
      } catch (RuntimeException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
