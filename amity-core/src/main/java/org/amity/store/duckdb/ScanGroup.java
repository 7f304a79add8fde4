package org.amity.store.duckdb;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.amity.event.Event;
import org.amity.ingest.EventSource;

/**
 * Several file scans read as one stream of events by one call of the table function, each event
 * tagged with the ingest id of its file. A batch of small files then costs one statement instead of
 * one per file.
 *
 * <p>A group either stops at the first failure (a lone file: the statement fails and its
 * transaction is rolled back), or is tolerant: a file that fails while read (corrupt, truncated,
 * unreadable) is marked failed and left, and the scan goes on with the next file. The rows that
 * file gave before failing are then in the target table under its ingest id; the caller deletes
 * them ({@link StagedIngest}), so the file still leaves nothing behind.
 */
final class ScanGroup {
  private final List<EventSource> scans;
  private final long[] ids;
  private final boolean tolerant;
  private final AtomicReferenceArray<Exception> failures;

  private ScanGroup(List<EventSource> scans, long[] ids, boolean tolerant) {
    if (scans.size() != ids.length) {
      throw new IllegalArgumentException(scans.size() + " scans but " + ids.length + " ids");
    }
    this.scans = List.copyOf(scans);
    this.ids = ids.clone();
    this.tolerant = tolerant;
    this.failures = new AtomicReferenceArray<>(ids.length);
  }

  /** One file whose first failure fails the statement reading it. */
  static ScanGroup alone(EventSource scan, long id) {
    return new ScanGroup(List.of(scan), new long[] {id}, false);
  }

  /** Files read one after the other, a failed file marked and passed over. */
  static ScanGroup tolerant(List<EventSource> scans, long[] ids) {
    return new ScanGroup(scans, ids, true);
  }

  int size() {
    return scans.size();
  }

  EventSource scan(int i) {
    return scans.get(i);
  }

  long id(int i) {
    return ids[i];
  }

  /** Why file {@code i} failed while read, or null when it was read to its end. */
  Exception failure(int i) {
    Exception e = failures.get(i);
    return e != null ? e : scans.get(i).failure();
  }

  /** A new reader of the whole group, for one thread. */
  Worker newWorker() {
    return new Worker();
  }

  /**
   * Pulls events file after file. Every thread walks through all the files, taking from each the
   * blocks of lines no other thread has taken, so that files are read once, in order, by all the
   * threads together.
   */
  final class Worker {
    private int index;
    private EventSource.Worker current;

    private Worker() {}

    /** The next event of the group, or null when every file is done. */
    Event next() throws IOException {
      while (index < ids.length) {
        if (current == null) {
          if (failures.get(index) != null) {
            index++;
            continue;
          }
          current = scans.get(index).newWorker();
        }
        try {
          Event e = current.next();
          if (e != null) {
            return e;
          }
        } catch (IOException | RuntimeException e) {
          if (!tolerant) {
            throw e;
          }
          failures.compareAndSet(index, null, e);
        }
        current = null;
        index++;
      }
      return null;
    }

    /** The line of the event last returned, in its own file. */
    long line() {
      return current.line();
    }

    /** The ingest id of the file of the event last returned. */
    long ingestId() {
      return ids[index];
    }
  }
}
