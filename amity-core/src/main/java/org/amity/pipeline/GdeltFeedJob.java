package org.amity.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.amity.ingest.Format;
import org.amity.ingest.feed.FeedDownloader;
import org.amity.ingest.feed.FeedEntry;
import org.amity.ingest.feed.FeedIndex;
import org.amity.store.EventStore;
import org.amity.store.IngestLogEntry;
import org.amity.store.IngestResult;

/**
 * Keeps the store up to date with GDELT 2.0: catches up a time range from the master file list,
 * then (when following) polls the last-update list every interval. Archives already ingested are
 * skipped by name; archives already downloaded and verified are not fetched again; so a run that
 * was stopped resumes where it stopped.
 */
public final class GdeltFeedJob {
  static final String MASTER_LIST = "masterfilelist.txt";
  static final String LAST_UPDATE = "lastupdate.txt";

  /** What a run did. */
  public record Report(
      int listed, int alreadyIngested, int missing, int failed, List<IngestResult> results) {}

  /** Hears about each archive. */
  public interface Listener {
    default void listed(int archives) {}

    default void archiveDone(FeedEntry entry, String outcome) {}
  }

  private final FeedDownloader downloader;
  private final Path cacheDir;
  private final IngestPipeline pipeline;
  private final EventStore store;
  private final Listener listener;

  public GdeltFeedJob(
      FeedDownloader downloader,
      Path cacheDir,
      IngestPipeline pipeline,
      EventStore store,
      Listener listener) {
    this.downloader = downloader;
    this.cacheDir = cacheDir;
    this.pipeline = pipeline;
    this.store = store;
    this.listener = listener == null ? new Listener() {} : listener;
  }

  /** Ingests every export archive the master list has in {@code [from, to]}. */
  public Report catchUp(LocalDateTime from, LocalDateTime to) throws IOException {
    FeedIndex index = read(MASTER_LIST);
    return ingestAll(index.between(from, to));
  }

  /**
   * Catches up from {@code from} (if given), then polls the last-update list every {@code poll}
   * until {@code keepGoing} says stop.
   */
  public Report follow(LocalDateTime from, Duration poll, BooleanSupplier keepGoing)
      throws IOException {
    List<Report> reports = new ArrayList<>();
    if (from != null) {
      reports.add(catchUp(from, LocalDateTime.now(java.time.ZoneOffset.UTC)));
    }
    while (keepGoing.getAsBoolean()) {
      try {
        FeedIndex latest = read(LAST_UPDATE);
        reports.add(ingestAll(latest.entries()));
      } catch (IOException e) {
        // a failed poll is reported and retried at the next interval; following does not stop
        listener.archiveDone(null, "poll failed: " + e.getMessage());
      }
      if (!keepGoing.getAsBoolean()) {
        break;
      }
      try {
        Thread.sleep(poll.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return merge(reports);
  }

  /**
   * Ingests what the last-update list names now (the newest 15-minute slot): one poll of {@link
   * #follow}, for a service that schedules its own polls.
   */
  public Report poll() throws IOException {
    return ingestAll(read(LAST_UPDATE).entries());
  }

  /** Reads an index list; lines it cannot read are skipped and told to the listener. */
  private FeedIndex read(String list) throws IOException {
    FeedIndex index = FeedIndex.parse(downloader.text(list));
    if (index.malformed() > 0) {
      listener.archiveDone(
          null,
          list + ": " + index.malformed() + " malformed line(s) skipped (not size, md5 and url)");
    }
    return index;
  }

  private Report ingestAll(List<FeedEntry> entries) {
    listener.listed(entries.size());
    Set<String> done = ingestedNames();
    int already = 0;
    int missing = 0;
    int failed = 0;
    List<IngestResult> results = new ArrayList<>();
    for (FeedEntry e : entries) {
      if (done.contains(e.fileName())) {
        already++;
        listener.archiveDone(e, "already ingested");
        continue;
      }
      Path file;
      try {
        file = downloader.fetch(e, cacheDir);
      } catch (FeedDownloader.Missing m) {
        missing++;
        listener.archiveDone(e, "missing on the server");
        continue;
      } catch (IOException ex) {
        failed++;
        results.add(IngestResult.failed(e.fileName(), "gdelt", "GDELT2", ex.getMessage()));
        listener.archiveDone(e, "download failed: " + ex.getMessage());
        continue;
      }
      IngestResult r = pipeline.ingest(file, IngestPipeline.formats(Set.of(Format.GDELT2)));
      results.add(r);
      if (!r.done()) {
        failed++;
      }
      listener.archiveDone(e, r.done() ? "ingested " + r.accepted() + " events" : r.message());
    }
    return new Report(entries.size(), already, missing, failed, results);
  }

  private Set<String> ingestedNames() {
    Set<String> names = new HashSet<>();
    for (IngestLogEntry e : store.ingestLog()) {
      if ("done".equals(e.status())) {
        names.add(Path.of(e.file()).getFileName().toString());
      }
    }
    return names;
  }

  private static Report merge(List<Report> reports) {
    int listed = 0;
    int already = 0;
    int missing = 0;
    int failed = 0;
    List<IngestResult> results = new ArrayList<>();
    for (Report r : reports) {
      listed += r.listed();
      already += r.alreadyIngested();
      missing += r.missing();
      failed += r.failed();
      results.addAll(r.results());
    }
    return new Report(listed, already, missing, failed, results);
  }
}
