package org.amity.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.amity.event.CountryTable;
import org.amity.ingest.RegionFilter;
import org.amity.ingest.feed.FeedDownloader;
import org.amity.ingest.feed.FeedEntry;
import org.amity.pipeline.GdeltFeedJob;
import org.amity.pipeline.IngestPipeline;
import org.amity.storage.Storage;
import org.amity.store.IngestResult;

/** Runs {@code amity ingest gdelt --from/--to/--follow}: the live feed, with per-archive lines. */
final class FeedRun {
  private final IngestCommand.Gdelt options;

  FeedRun(IngestCommand.Gdelt options) {
    this.options = options;
  }

  /** Parses an ISO date-time or date as UTC. */
  static LocalDateTime time(String s, String option) {
    try {
      return s.length() <= 10 ? LocalDate.parse(s).atStartOfDay() : LocalDateTime.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          option + ": '" + s + "' is not an ISO date or date-time (e.g. 2016-10-13T15:00)");
    }
  }

  int run(LocalDateTime from, LocalDateTime to) throws Exception {
    RegionFilter filter =
        options.region == null ? null : RegionFilter.parse(options.region, CountryTable.standard());
    Path dbPath = options.store.path();
    Path cache =
        options.cache != null
            ? options.cache
            : dbPath.toAbsolutePath().getParent().resolve("gdelt-cache");
    FeedDownloader downloader =
        new FeedDownloader(options.baseUrl, options.retries, Duration.ofSeconds(2));
    boolean verbose = !options.quiet && !options.json;
    GdeltFeedJob.Listener listener =
        new GdeltFeedJob.Listener() {
          private int total;
          private int seen;

          @Override
          public void listed(int archives) {
            total = archives;
            seen = 0;
          }

          @Override
          public void archiveDone(FeedEntry e, String outcome) {
            if (e != null) {
              seen++;
            }
            if (verbose) {
              System.err.printf(
                  Locale.ROOT,
                  "[%d/%d] %s: %s%n",
                  seen,
                  total,
                  e == null ? "poll" : e.fileName(),
                  outcome);
            }
          }
        };
    try (Storage s = options.store.open()) {
      IngestPipeline pipeline = new IngestPipeline(s.events(), filter, null);
      GdeltFeedJob job = new GdeltFeedJob(downloader, cache, pipeline, s.events(), listener);
      GdeltFeedJob.Report report;
      if (options.follow) {
        Duration poll = Duration.ofMillis((long) (options.pollMinutes * 60_000));
        report = job.follow(from, poll, () -> !Thread.currentThread().isInterrupted());
      } else {
        report = job.catchUp(from, to == null ? LocalDateTime.now(ZoneOffset.UTC) : to);
      }
      print(report);
      return report.failed() == 0 ? 0 : 1;
    }
  }

  private void print(GdeltFeedJob.Report r) {
    long accepted = r.results().stream().mapToLong(IngestResult::accepted).sum();
    long lines = r.results().stream().mapToLong(IngestResult::lines).sum();
    if (options.json) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("archives", r.listed());
      out.put("alreadyIngested", r.alreadyIngested());
      out.put("missing", r.missing());
      out.put("failed", r.failed());
      out.put("files", r.results().size());
      out.put("lines", lines);
      out.put("accepted", accepted);
      out.put("rejected", r.results().stream().mapToLong(IngestResult::rejected).sum());
      out.put("duplicates", r.results().stream().mapToLong(IngestResult::duplicates).sum());
      out.put("filtered", r.results().stream().mapToLong(IngestResult::filtered).sum());
      out.put("results", r.results());
      System.out.println(Json.write(out));
    } else {
      System.out.printf(
          Locale.ROOT,
          "%d archive(s) listed: %d ingested (%,d events), %d already in the store, %d missing on"
              + " the server, %d failed%n",
          r.listed(),
          r.results().size() - r.failed(),
          accepted,
          r.alreadyIngested(),
          r.missing(),
          r.failed());
    }
  }
}
