package org.amity.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.amity.event.Event;
import org.amity.ingest.EventSource;
import org.amity.ingest.Reject;

/**
 * The event store. Each file goes in as one transaction: all of its events, its rejects and its
 * ingest-log entry are committed together, or nothing is.
 */
public interface EventStore extends AutoCloseable {

  /**
   * Stores the events of one file scan. Events already stored (same dataset and native id) and
   * repeats within the file count as duplicates and are not stored again.
   *
   * <p>Never throws for bad content: a corrupt or truncated file gives a result with status FAILED,
   * and nothing of it is stored.
   */
  IngestResult ingest(EventSource scan, String region);

  /**
   * A batch of files stored together: each file is read on its own and the files are committed in
   * one go, each with its own ingest-log entry. A file that fails while read leaves nothing behind
   * and does not touch the others; if the commit fails, every staged file is logged as failed and
   * nothing of them is stored. Accounting is that of {@link #ingest} file by file, in staging order
   * (a native id in two staged files is kept from the first).
   */
  default Batch batch(String region) {
    return batch(region, false);
  }

  /**
   * A batch as {@link #batch(String)}, or, with {@code replace}, one whose files replace what is
   * stored from them: a row whose dataset and native id are stored already takes the stored row's
   * place instead of counting as a duplicate (a file read again by a newer reader, after a fix of
   * how its rows are read). Nothing else stored is touched; {@link Batch#replaced} tells how many
   * stored rows went, and a store that replaced any recomputes every series at its next watch.
   */
  Batch batch(String region, boolean replace);

  /**
   * Makes each maritime incident reported in both piracy files (IMB and NGA ASAM) count once: the
   * second report of a pair is moved out of the events and kept with the report it joins and the
   * reason (see {@code store.duckdb.PiracyTwins} for the rule). Run after the piracy files are
   * ingested; running it again, or after a file is ingested again, stores no duplicate.
   *
   * @return what was merged, or null when this store cannot merge reports
   */
  default TwinReports mergePiracyTwins() {
    return null;
  }

  /** Files larger than this are better given to {@link #ingest} than staged in a {@link Batch}. */
  long largestStagedFileBytes();

  /** Files staged for one commit. Closing drops what was staged and not committed. */
  interface Batch extends AutoCloseable {
    /**
     * Reads one file into the batch.
     *
     * @return the file's FAILED result (already logged) when it could not be read, else empty
     */
    java.util.Optional<IngestResult> stage(EventSource scan);

    /**
     * Reads several files into the batch, as {@link #stage} one after the other would, but possibly
     * in one pass (a store may read them together). Each file keeps its own outcome: a file that
     * fails leaves nothing and does not touch the others. The caller keeps the scans open until
     * this returns.
     *
     * @return per file, in order, its FAILED result (already logged) or empty
     */
    default List<java.util.Optional<IngestResult>> stageAll(List<EventSource> scans) {
      List<java.util.Optional<IngestResult>> results = new java.util.ArrayList<>(scans.size());
      for (EventSource scan : scans) {
        results.add(stage(scan));
      }
      return results;
    }

    /**
     * Reads and stores several files at once, each all or nothing, with nothing staged before: as
     * {@link #stageAll} then {@link #commit} would, but a store may write the files' events once,
     * straight into place, in one transaction of their own. The caller keeps the scans open until
     * this returns.
     *
     * @return per file, in order, its result: DONE, or FAILED (already logged)
     * @throws IllegalStateException when files are staged and not committed
     */
    default List<IngestResult> storeAll(List<EventSource> scans) {
      if (stagedFiles() > 0) {
        throw new IllegalStateException("commit the staged files before storing others");
      }
      List<java.util.Optional<IngestResult>> staged = stageAll(scans);
      java.util.Iterator<IngestResult> committed = commit().iterator();
      List<IngestResult> results = new java.util.ArrayList<>(scans.size());
      for (java.util.Optional<IngestResult> failed : staged) {
        results.add(failed.orElseGet(committed::next));
      }
      return results;
    }

    /** Events staged since the last commit. */
    long stagedEvents();

    /** Stored rows this batch replaced so far (0 unless it was made to replace). */
    default long replaced() {
      return 0;
    }

    /** Files staged since the last commit. */
    int stagedFiles();

    /** Stores the staged files; their results, in staging order. */
    List<IngestResult> commit();

    @Override
    void close();
  }

  /** Totals over everything stored. */
  StoreStats stats();

  /** Rejected lines, oldest ingest first, then by line; at most {@code limit}. */
  List<Reject> rejects(int limit);

  /**
   * Records in the ingest log a file that failed before any of it could be read as events (not an
   * event file, unreadable): the log then explains every file it was given.
   *
   * @param file the file as found
   * @param failed the failure, with its reason in {@link IngestResult#message()}
   */
  void recordFailure(java.nio.file.Path file, IngestResult failed, String region);

  /** Every ingest attempt, newest first. */
  List<IngestLogEntry> ingestLog();

  /**
   * Streams the events matching the query to {@code sink}, oldest first (by date, dataset, native
   * id); returns how many were sent.
   */
  long forEachEvent(EventQuery query, Consumer<Event> sink);

  /** The events matching the query, newest first (by date descending, dataset, native id). */
  List<Event> newestFirst(EventQuery query);

  /** The date of the latest stored event, empty when the store holds none. */
  Optional<LocalDate> lastEventDate();

  @Override
  void close();
}
