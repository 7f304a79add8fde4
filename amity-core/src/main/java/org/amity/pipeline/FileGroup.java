package org.amity.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amity.ingest.EventSource;
import org.amity.store.EventStore;
import org.amity.store.IngestResult;

/**
 * Small files opened together and stored in one pass ({@link EventStore.Batch#storeAll}): the
 * per-file cost of a read and of a commit (a statement, its threads, a transaction, a duplicate
 * check) is paid once for the group. Each file still has its own outcome, all or nothing. Progress
 * is told file by file, in order, as the pass moves through them.
 */
final class FileGroup implements AutoCloseable {
  /**
   * A group is stored once it holds this many files... Groups are large on purpose: each is one
   * transaction, and DuckDB writes an insert's full row groups (122,880 rows) compressed as it
   * goes, while the part rows of each of its threads are compressed again at the next checkpoint;
   * with 48-file groups (about 170,000 GDELT 2.0 rows) that checkpoint cost more than the staging
   * it replaced, with 200 files (713,000 rows) it almost vanished.
   */
  static final int MAX_FILES = 256;

  /** ...or this many bytes. */
  static final long MAX_BYTES = 512L << 20;

  private final IngestPipeline.Progress progress;
  private final List<Integer> indices = new ArrayList<>();
  private final List<Path> files = new ArrayList<>();
  private final List<EventSource> sources = new ArrayList<>();
  private long bytes;
  private int started;
  private int finished;

  FileGroup(IngestPipeline.Progress progress) {
    this.progress = progress;
  }

  void add(int index, Path file, EventSource source) {
    indices.add(index);
    files.add(file);
    sources.add(source);
    bytes += source.sizeBytes();
  }

  boolean isEmpty() {
    return sources.isEmpty();
  }

  boolean full() {
    return sources.size() >= MAX_FILES || bytes >= MAX_BYTES;
  }

  /** What became of one file of the group. */
  record Outcome(int index, Path file, IngestResult result) {}

  /**
   * Stores the group through the batch, closes its files and empties it; outcomes in file order.
   */
  List<Outcome> store(EventStore.Batch batch) {
    if (sources.isEmpty()) {
      return List.of();
    }
    started = 0;
    finished = 0;
    Thread watcher = watch();
    List<IngestResult> stored;
    try {
      stored = batch.storeAll(sources);
    } finally {
      watcher.interrupt();
      try {
        watcher.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    tell(sources.size(), -1);
    List<Outcome> outcomes = new ArrayList<>(sources.size());
    for (int k = 0; k < sources.size(); k++) {
      outcomes.add(new Outcome(indices.get(k), files.get(k), stored.get(k)));
    }
    closeAll(sources);
    indices.clear();
    files.clear();
    sources.clear();
    bytes = 0;
    return outcomes;
  }

  /**
   * Tells progress that the files before {@code current} are read and, when {@code bytesRead} is
   * not negative, that {@code current} is being read. Every file gets starting, reading and read,
   * in that order.
   */
  private synchronized void tell(int current, long bytesRead) {
    while (finished < current) {
      if (started == finished) {
        progress.starting(files.get(finished), sources.get(finished).sizeBytes());
        started++;
      }
      progress.read(files.get(finished));
      finished++;
    }
    if (current < sources.size() && bytesRead >= 0) {
      if (started == finished) {
        progress.starting(files.get(current), sources.get(current).sizeBytes());
        started++;
      }
      progress.reading(files.get(current), bytesRead);
    }
  }

  private Thread watch() {
    return everyTenthOfASecond(
        () -> {
          int k = 0;
          while (k < sources.size() - 1
              && sources.get(k).rawBytesRead() >= sources.get(k).sizeBytes()) {
            k++;
          }
          tell(k, sources.get(k).rawBytesRead());
        });
  }

  /** Starts a daemon thread that runs {@code tick} every tenth of a second until interrupted. */
  static Thread everyTenthOfASecond(Runnable tick) {
    Thread t =
        new Thread(
            () -> {
              try {
                while (!Thread.currentThread().isInterrupted()) {
                  tick.run();
                  Thread.sleep(100);
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "amity-progress");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Closes every file not stored yet and empties the group. */
  @Override
  public void close() {
    closeAll(sources);
    indices.clear();
    files.clear();
    bytes = 0;
  }

  private static void closeAll(List<EventSource> open) {
    for (EventSource s : open) {
      try {
        s.close();
      } catch (IOException e) {
        // the file was read (or failed and was logged); a failed close loses nothing stored
      }
    }
    open.clear();
  }
}
