package org.amity.app.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.amity.ingest.Format;
import org.amity.pipeline.IngestPipeline;
import org.amity.pipeline.WatchJob;
import org.amity.signal.DetectorConfig;
import org.amity.store.IngestResult;
import org.amity.store.duckdb.BenchData;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.store.duckdb.DuckDbStorage;

/**
 * The watch benchmark: a store of N events (the real GDELT files, replicated inside DuckDB with new
 * ids and their dates spread over a year), then (a) a full watch over all of it, and (b) one new
 * 15-minute-sized GDELT 2.0 file ingested and watched incrementally.
 */
public final class WatchBench {
  /** The measured figures. */
  public record Result(
      long events,
      double buildSeconds,
      double fullWatchSeconds,
      int alerts,
      long newEvents,
      double incrementalIngestSeconds,
      double incrementalWatchSeconds) {}

  private final List<Path> seeds;
  private final List<Path> extra;
  private final Path workDir;
  private boolean keepBase;

  /**
   * @param extra event files ingested as they are after the replicated base (a simulated year with
   *     episodes, so that the watch has alerts to find evidence for); may be empty
   */
  public WatchBench(List<Path> seeds, List<Path> extra, Path workDir) {
    this.seeds = seeds;
    this.extra = extra;
    this.workDir = workDir;
  }

  /** The file the built store is kept in before any watch ran, when asked to keep it. */
  public static final String BASE_FILE = "bench-watch-base.duckdb";

  /**
   * Keeps a copy of the built store, as it is before the first watch, in {@link #BASE_FILE} in the
   * work folder: two builds can then time {@code amity watch --full} on the very same store.
   */
  public WatchBench keepingBase() {
    this.keepBase = true;
    return this;
  }

  /** The DATEADDED day of the seed 15-minute file (20161013151500.export.CSV). */
  static final LocalDate SEED_DAY = LocalDate.of(2016, 10, 13);

  /**
   * Writes the seed file's rows with new ids and every date moved by {@code shiftDays}, so that its
   * mix of today's events and back-dated reports lands at the end of the store.
   */
  static void freshFile(Path seed, Path out, long shiftDays) throws IOException {
    DateTimeFormatter day = DateTimeFormatter.BASIC_ISO_DATE;
    long id = 2_000_000_000L;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t", -1);
        if (f.length != 61) {
          continue;
        }
        f[0] = Long.toString(id++);
        f[1] = LocalDate.parse(f[1], day).plusDays(shiftDays).format(day);
        f[59] =
            LocalDate.parse(f[59].substring(0, 8), day).plusDays(shiftDays).format(day)
                + f[59].substring(8);
        w.write(String.join("\t", f));
        w.write('\n');
      }
    }
  }

  public Result run(long events) throws IOException {
    Files.createDirectories(workDir);
    Path db = workDir.resolve("bench-watch.duckdb");
    DuckDbEventStore.delete(db);
    long t0 = System.nanoTime();
    try (DuckDbEventStore store = DuckDbEventStore.open(db)) {
      IngestPipeline pipeline = new IngestPipeline(store, null, null);
      pipeline.run(seeds, IngestPipeline.formats(Set.of(Format.GDELT1, Format.GDELT2)));
      long base = store.stats().events();
      if (base == 0) {
        throw new IOException("the seed files gave no events");
      }
      long copies = Math.max(1, (events + base - 1) / base);
      BenchData.setSeedAside(store);
      if (!extra.isEmpty()) {
        pipeline.run(extra, IngestPipeline.formats(Set.of(Format.GDELT1, Format.GDELT2)));
      }
      // the base year ends on the last day of the added files (or the seed's day)
      LocalDate last = BenchData.lastDay(store, SEED_DAY);
      BenchData.fromSeed(store, last, copies, events);
      double build = (System.nanoTime() - t0) / 1e9;
      if (keepBase) {
        // the build ended with a checkpoint: the file holds the whole store
        Files.copy(
            db, workDir.resolve(BASE_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      long stored = store.stats().events();
      WatchJob job =
          new WatchJob(
              DuckDbStorage.over(store).watch(),
              DetectorConfig.standard(),
              WatchJob.Options.standard());
      long t1 = System.nanoTime();
      WatchJob.Report full = job.run(true);
      double fullSeconds = (System.nanoTime() - t1) / 1e9;

      // the next 15-minute file: the real one's rows, dated as if it came in on the last day
      Path fresh = workDir.resolve("bench-fresh.export.CSV");
      freshFile(seeds.get(0), fresh, ChronoUnit.DAYS.between(SEED_DAY, last));
      long t2 = System.nanoTime();
      IngestResult r =
          pipeline.run(List.of(fresh), IngestPipeline.formats(Set.of(Format.GDELT2))).get(0);
      double ingestSeconds = (System.nanoTime() - t2) / 1e9;
      long t3 = System.nanoTime();
      job.run(false);
      double incSeconds = (System.nanoTime() - t3) / 1e9;
      Files.deleteIfExists(fresh);
      return new Result(
          stored, build, fullSeconds, full.alertsFound(), r.accepted(), ingestSeconds, incSeconds);
    } finally {
      DuckDbEventStore.delete(db);
    }
  }
}
