package org.amity.app.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.amity.app.service.Exclusive;
import org.amity.app.service.ExclusiveStore;
import org.amity.app.service.GdeltFollow;
import org.amity.app.service.Job;
import org.amity.app.service.JobRunner;
import org.amity.app.service.LandingFolder;
import org.amity.app.service.LandingWatch;
import org.amity.app.service.ServiceSettings;
import org.amity.app.store.ServiceStore;
import org.amity.ingest.Format;
import org.amity.ingest.feed.FeedDownloader;
import org.amity.pipeline.GdeltFeedJob;
import org.amity.pipeline.IngestPipeline;
import org.amity.pipeline.WatchJob;
import org.amity.signal.DetectorConfig;
import org.amity.storage.Storage;

/** Wires the jobs a service's settings ask for onto a runner, over the service's store. */
final class ServiceJobs {
  /** The event formats the landing folder takes. */
  static final Set<Format> LANDING_FORMATS = Set.of(Format.GDELT1, Format.GDELT2, Format.ICEWS);

  /** How often the landing folder is listed when no notification came. */
  static final Duration LANDING_POLL = Duration.ofSeconds(2);

  private ServiceJobs() {}

  /** Starts the jobs; the caller closes the runner before the store. */
  static JobRunner start(ServiceSettings s, ServiceStore store, Path cacheDir) {
    JobRunner runner = new JobRunner();
    Exclusive lane = store::exclusively;
    Storage writer = store.writer();
    Job watch = watch(writer, lane);
    JobRunner.Trigger watchNow;
    if (s.watchEveryMinutes() != null) {
      watchNow = () -> {};
      runner.every(watch, Duration.ofSeconds(Math.round(s.watchEveryMinutes() * 60)));
    } else if (s.landing() != null || s.followGdelt()) {
      watchNow = runner.onDemand(watch, "after each ingest");
    } else {
      watchNow = () -> {};
    }
    if (store.isClusterOutput()) {
      runner.every(clusterOutput(store), CLUSTER_POLL);
    }
    ExclusiveStore shared = new ExclusiveStore(writer.events(), lane);
    if (s.landing() != null) {
      LandingFolder landing =
          new LandingFolder(
              s.landing(),
              new IngestPipeline(writer.events(), null, null),
              IngestPipeline.formats(LANDING_FORMATS, OfficeHolderOptions.byDefault(System.err)),
              lane,
              watchNow::fire);
      // woken at once by the folder's notifications; the poll is the fallback
      JobRunner.Trigger look = runner.every(landing, LANDING_POLL);
      try {
        java.nio.file.Files.createDirectories(s.landing());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot create the landing folder", e);
      }
      LandingWatch watchFolder = LandingWatch.start(s.landing(), look::fire);
      if (watchFolder != null) {
        runner.closeWith(watchFolder);
      }
    }
    if (s.followGdelt()) {
      FeedDownloader downloader =
          new FeedDownloader(
              s.gdeltBaseUrl() != null
                  ? s.gdeltBaseUrl()
                  : java.net.URI.create("http://data.gdeltproject.org/gdeltv2/"),
              5,
              Duration.ofSeconds(2));
      GdeltFollow follow =
          new GdeltFollow(
              listener ->
                  new GdeltFeedJob(
                      downloader,
                      cacheDir,
                      new IngestPipeline(shared, null, null),
                      shared,
                      listener),
              s.gdeltFrom() == null ? null : FeedRun.time(s.gdeltFrom(), "--from"),
              watchNow::fire);
      runner.every(follow, Duration.ofSeconds(Math.round(s.gdeltPollMinutes() * 60)));
    }
    if (s.forecastEveryHours() != null) {
      runner.every(
          forecast(new InProcess(store)),
          Duration.ofSeconds(Math.round(s.forecastEveryHours() * 3600)));
    }
    return runner;
  }

  /** How often a service over the Flink job's output looks for what the job committed. */
  static final Duration CLUSTER_POLL = Duration.ofSeconds(10);

  /** Takes in the alerts a continuous Flink job committed since the last look. */
  static Job clusterOutput(ServiceStore store) {
    return new Job() {
      @Override
      public String name() {
        return "cluster output";
      }

      private String loaded = "at start";

      @Override
      public String run() {
        if (store.refreshClusterOutput()) {
          loaded =
              "at " + java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        }
        return "the job's alerts loaded and grouped into situations " + loaded;
      }
    };
  }

  static Job watch(Storage store, Exclusive lane) {
    return new Job() {
      @Override
      public String name() {
        return "watch";
      }

      @Override
      public String run() {
        WatchJob.Report r =
            lane.run(
                () ->
                    new WatchJob(
                            store.watch(), DetectorConfig.standard(), WatchJob.Options.standard())
                        .run(false));
        // the watch drives notifications: record them in the writer lane, then post webhooks
        // outside it (a slow receiver must not hold up ingests); each outcome is a short write
        var round = WatchNotifications.round(store);
        int recorded = lane.run(round::record);
        String said = WatchNotifications.sentence(recorded, round.deliver());
        return String.format(
                Locale.ROOT,
                "%d new ingest(s), %d series scored, %d open alert(s), %d open situation(s) (%.1f"
                    + " s)",
                r.newIngests(),
                r.seriesScored(),
                r.openAlerts(),
                r.openSituations(),
                r.seconds())
            + (r.redescribed() ? "; " + WatchCommand.REDESCRIBED : "")
            + (said.isEmpty() ? "" : "; " + said);
      }
    };
  }

  /** The forecast refresh: {@code amity forecast train} with its defaults, inside the service. */
  private static Job forecast(InProcess commands) {
    return new Job() {
      @Override
      public String name() {
        return "forecast";
      }

      @Override
      public String run() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
            PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
          exit =
              commands.run(
                  List.of("forecast", "train"),
                  java.util.Map.of(),
                  new ByteArrayInputStream(new byte[0]),
                  o,
                  e);
        }
        if (exit != 0) {
          throw new IllegalStateException(
              "amity forecast train failed (exit "
                  + exit
                  + "): "
                  + err.toString(StandardCharsets.UTF_8).strip());
        }
        String first = out.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
        return first;
      }
    };
  }
}
