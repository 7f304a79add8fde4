package org.amity.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.amity.ingest.Format;
import org.amity.pipeline.IngestPipeline;
import org.amity.store.IngestResult;
import org.amity.store.duckdb.DuckDbEventStore;

/**
 * The backfill benchmark: a folder of GDELT 2.0 15-minute files (rows resampled from a real file,
 * ids unique and growing, one file per quarter hour as GDELT publishes them) ingested through the
 * same pipeline as {@code amity ingest gdelt DIR}, into a fresh on-disk store.
 */
public final class BackfillBench {
  /** One file every 15 minutes: a year of GDELT 2.0 is this many files. */
  public static final int FILES_PER_YEAR = 365 * 24 * 4;

  /** The measured figures. */
  public record Result(
      int files,
      long rows,
      long accepted,
      int failed,
      double seconds,
      double rowsPerSecond,
      double secondsPerFile,
      double yearEstimateMinutes) {}

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private final Path seed;
  private final Path workDir;
  private final long seedValue;

  public BackfillBench(Path seed, Path workDir, long seedValue) {
    this.seed = seed;
    this.workDir = workDir;
    this.seedValue = seedValue;
  }

  /** Writes the folder (unless it already holds the files) and times its ingest. */
  public Result run(int files, int rowsPerFile) throws IOException {
    Path folder = workDir.resolve("backfill-" + files + "x" + rowsPerFile);
    if (!Files.isDirectory(folder) || count(folder) != files) {
      write(folder, files, rowsPerFile);
    }
    Path db = workDir.resolve("backfill.duckdb");
    DuckDbEventStore.delete(db);
    long t0 = System.nanoTime();
    List<IngestResult> results;
    try (DuckDbEventStore store = DuckDbEventStore.open(db)) {
      results =
          new IngestPipeline(store, null, null)
              .run(List.of(folder), IngestPipeline.formats(Set.of(Format.GDELT2)));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    DuckDbEventStore.delete(db);
    long lines = results.stream().mapToLong(IngestResult::lines).sum();
    long accepted = results.stream().mapToLong(IngestResult::accepted).sum();
    int failed = (int) results.stream().filter(r -> !r.done()).count();
    double perFile = seconds / files;
    return new Result(
        files,
        lines,
        accepted,
        failed,
        seconds,
        lines / seconds,
        perFile,
        perFile * FILES_PER_YEAR / 60);
  }

  private static long count(Path folder) throws IOException {
    try (var s = Files.list(folder)) {
      return s.count();
    }
  }

  private void write(Path folder, int files, int rowsPerFile) throws IOException {
    Files.createDirectories(folder);
    RowSampler sampler = RowSampler.of(seed, seedValue, 1_000_000_000L);
    LocalDateTime start = LocalDateTime.of(2017, 1, 1, 0, 0);
    for (int f = 0; f < files; f++) {
      String stamp = start.plusMinutes(15L * f).format(STAMP);
      sampler.write(folder.resolve(stamp + ".export.CSV"), rowsPerFile, stamp);
    }
  }
}
