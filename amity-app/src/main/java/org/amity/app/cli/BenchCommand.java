package org.amity.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.amity.app.bench.IngestBench;
import org.amity.app.bench.WatchBench;
import org.amity.app.bench.WebBenchStore;
import org.amity.pipeline.IngestPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity bench ...}: speed measurements. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure speed (figures for docs/benchmarks.md).",
    subcommands = {
      BenchCommand.Ingest.class,
      BenchCommand.Watch.class,
      BenchCommand.WebStore.class,
      BackfillBenchCommand.class,
      CodeBenchCommand.class
    })
final class BenchCommand {

  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description =
          "Time Amity's full ingest of an N-row GDELT 2.0 file against DuckDB's own read_csv of"
              + " the same file.")
  static final class Ingest implements Callable<Integer> {
    @Option(names = "--rows", required = true, description = "Rows in the generated file.")
    long rows;

    @Mixin ResampleOptions resample;

    @Override
    public Integer call() throws Exception {
      if (rows < 1) {
        throw new IllegalArgumentException("--rows must be at least 1");
      }
      IngestBench.Result r =
          new IngestBench(resample.seedPath(), resample.workDir(), resample.seed).run(rows);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("rows", r.rows());
      out.put("amitySeconds", round(r.amitySeconds()));
      out.put("duckdbSeconds", round(r.duckdbSeconds()));
      out.put("ratio", round(r.ratio()));
      out.put("rowsPerSecond", Math.round(r.rowsPerSecond()));
      out.put("peakHeapMb", round(r.peakHeapMb()));
      if (resample.json) {
        System.out.println(Json.write(out));
      } else {
        System.out.printf(
            Locale.ROOT,
            "%,d rows: Amity %.2f s (%,.0f rows/s), DuckDB read_csv %.2f s, ratio %.2f, peak heap"
                + " %.0f MB%n",
            r.rows(),
            r.amitySeconds(),
            r.rowsPerSecond(),
            r.duckdbSeconds(),
            r.ratio(),
            r.peakHeapMb());
      }
      return 0;
    }

    private static double round(double v) {
      return Math.round(v * 1000) / 1000.0;
    }

    static Path defaultSeed() {
      Path p = SharedData.folder().resolve("gdelt/events/20161013151500.export.CSV");
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException(
            "no seed file at " + p + ": give one with --seed-file or set AMITY_TESTDATA");
      }
      return p;
    }
  }

  @Command(
      name = "watch",
      mixinStandardHelpOptions = true,
      description =
          "Time a full watch over N stored events, then one new 15-minute file ingested and"
              + " watched incrementally.")
  static final class Watch implements Callable<Integer> {
    @Option(names = "--events", defaultValue = "10000000", description = "Stored events.")
    long events;

    @Option(
        names = "--seed-dir",
        paramLabel = "DIR",
        description = "GDELT event files to replicate (default: $AMITY_TESTDATA/gdelt/events).")
    Path seedDir;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Where the database goes.")
    Path workDir;

    @Option(
        names = "--add",
        paramLabel = "FILE|DIR",
        description =
            "Event files to ingest as they are on top of the replicated base (e.g. the output of"
                + " amity simulate, so that there are alerts to explain).")
    List<Path> add = List.of();

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(
        names = "--keep-store",
        description =
            "Keep a copy of the built store, before any watch, as "
                + WatchBench.BASE_FILE
                + " in the work folder (to time amity watch --full on it with two builds).")
    boolean keepStore;

    @Override
    public Integer call() throws Exception {
      if (events < 1) {
        throw new IllegalArgumentException("--events must be at least 1");
      }
      List<Path> extra =
          IngestPipeline.expand(add).stream()
              .filter(p -> p.getFileName().toString().contains(".export.CSV"))
              .toList();
      Path dir = seedDir;
      if (dir == null) {
        dir = SharedData.folder().resolve("gdelt/events");
      }
      Path v2 = dir.resolve("20161013151500.export.CSV");
      Path v1 = dir.resolve("20130401.export.CSV.gz");
      if (!Files.isRegularFile(v2) || !Files.isRegularFile(v1)) {
        throw new IllegalArgumentException("no GDELT seed files in " + dir + ": use --seed-dir");
      }
      Path work = workDir != null ? workDir : Files.createTempDirectory("amity-bench");
      WatchBench bench = new WatchBench(List.of(v2, v1), extra, work);
      WatchBench.Result r = (keepStore ? bench.keepingBase() : bench).run(events);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("events", r.events());
      out.put("buildSeconds", Ingest.round(r.buildSeconds()));
      out.put("fullWatchSeconds", Ingest.round(r.fullWatchSeconds()));
      out.put("alerts", r.alerts());
      out.put("newEvents", r.newEvents());
      out.put("incrementalIngestSeconds", Ingest.round(r.incrementalIngestSeconds()));
      out.put("incrementalWatchSeconds", Ingest.round(r.incrementalWatchSeconds()));
      if (json) {
        System.out.println(Json.write(out));
      } else {
        System.out.printf(
            Locale.ROOT,
            "%,d events: full watch %.2f s (%d alerts); one new file of %,d events: ingest %.2f s,"
                + " incremental watch %.2f s%n",
            r.events(),
            r.fullWatchSeconds(),
            r.alerts(),
            r.newEvents(),
            r.incrementalIngestSeconds(),
            r.incrementalWatchSeconds());
      }
      return 0;
    }
  }

  @Command(
      name = "web-store",
      mixinStandardHelpOptions = true,
      description =
          "Build the web benchmark's store: N events resampled from a real GDELT 2.0 file, plus"
              + " synthetic situations, alerts, evidence and series (see tools/bench-web.sh).")
  static final class WebStore implements Callable<Integer> {
    @Option(
        names = "--db",
        required = true,
        paramLabel = "PATH",
        description = "New database file.")
    Path db;

    @Option(names = "--events", defaultValue = "10000000", description = "Events (default 10M).")
    long events;

    @Option(names = "--situations", defaultValue = "200", description = "Situations (default 200).")
    int situations;

    @Option(names = "--seed-file", paramLabel = "FILE", description = "Real GDELT 2.0 file.")
    Path seedFile;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      if (events < 1 || situations < 1) {
        throw new IllegalArgumentException("--events and --situations must be at least 1");
      }
      WebBenchStore.Result r =
          WebBenchStore.build(
              db, seedFile != null ? seedFile : Ingest.defaultSeed(), events, situations);
      if (json) {
        System.out.println(Json.write(r));
      } else {
        System.out.printf(
            Locale.ROOT,
            "%s: %,d events, %,d situations, %,d alerts, %,d evidence rows, %,d series points"
                + " in %.1f s%n",
            db,
            r.events(),
            r.situations(),
            r.alerts(),
            r.evidence(),
            r.seriesPoints(),
            r.seconds());
      }
      return 0;
    }
  }
}
