package org.amity.app.service;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import org.amity.ingest.feed.FeedEntry;
import org.amity.pipeline.GdeltFeedJob;

/**
 * Follows GDELT 2.0 inside the service: the first round catches up from the start time (if one was
 * given), every later round ingests what the last-update list names. The downloader's checksums,
 * retries and cache are those of {@code amity ingest gdelt --follow}; archives already ingested are
 * skipped by name, so a restarted service resumes where it stopped.
 */
public final class GdeltFollow implements Feed {
  private final LocalDateTime from;
  private final Runnable afterIngest;
  private final Tracker tracker = new Tracker();
  private final GdeltFeedJob feed;
  private boolean caughtUp;

  /**
   * @param feed built with a listener from {@link #listener()} and a store whose writes pass the
   *     service's {@link Exclusive} lane
   */
  public GdeltFollow(
      java.util.function.Function<GdeltFeedJob.Listener, GdeltFeedJob> feed,
      LocalDateTime from,
      Runnable afterIngest) {
    this.feed = feed.apply(tracker);
    this.from = from;
    this.afterIngest = afterIngest;
  }

  @Override
  public String name() {
    return "gdelt";
  }

  @Override
  public String run() throws IOException {
    GdeltFeedJob.Report r;
    if (!caughtUp && from != null) {
      r = feed.catchUp(from, LocalDateTime.now(java.time.ZoneOffset.UTC));
    } else {
      r = feed.poll();
    }
    caughtUp = true;
    int stored = r.results().size() - r.failed();
    if (stored > 0) {
      afterIngest.run();
    }
    String summary =
        String.format(
            Locale.ROOT,
            "%d archive(s) listed: %d ingested, %d already stored, %d missing, %d failed",
            r.listed(),
            stored,
            r.alreadyIngested(),
            r.missing(),
            r.failed());
    if (r.failed() > 0) {
      throw new IOException(summary + "; last failure: " + tracker.lastFailure);
    }
    return summary;
  }

  @Override
  public synchronized Double lagMinutes() {
    if (tracker.newestListed == null) {
      return null;
    }
    if (tracker.newestStored == null) {
      return null;
    }
    long minutes = Duration.between(tracker.newestStored, tracker.newestListed).toMinutes();
    return (double) Math.max(0, minutes);
  }

  /** Hears which archives were listed and stored. */
  private final class Tracker implements GdeltFeedJob.Listener {
    private volatile LocalDateTime newestListed;
    private volatile LocalDateTime newestStored;
    private volatile String lastFailure;

    @Override
    public void archiveDone(FeedEntry e, String outcome) {
      if (e == null) {
        lastFailure = outcome;
        return;
      }
      if (newestListed == null || e.timestamp().isAfter(newestListed)) {
        newestListed = e.timestamp();
      }
      if (outcome.startsWith("ingested") || outcome.startsWith("already")) {
        if (newestStored == null || e.timestamp().isAfter(newestStored)) {
          newestStored = e.timestamp();
        }
      } else {
        lastFailure = e.fileName() + ": " + outcome;
      }
    }
  }
}
