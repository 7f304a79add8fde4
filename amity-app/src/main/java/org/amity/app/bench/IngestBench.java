package org.amity.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.amity.ingest.Format;
import org.amity.pipeline.IngestPipeline;
import org.amity.store.IngestResult;
import org.amity.store.duckdb.BenchData;
import org.amity.store.duckdb.DuckDbEventStore;

/**
 * The ingest benchmark: builds an N-row GDELT 2.0 file by resampling the rows of a real file (ids
 * made unique), then times Amity's full ingest of it and DuckDB's own {@code CREATE TABLE AS SELECT
 * * FROM read_csv(...)} of the same file, each into a fresh on-disk database.
 */
public final class IngestBench {
  /** The measured figures. */
  public record Result(
      long rows,
      double amitySeconds,
      double duckdbSeconds,
      double ratio,
      double rowsPerSecond,
      double peakHeapMb,
      long accepted,
      long duckdbRows) {}

  private final Path seed;
  private final Path workDir;
  private final long seedValue;

  public IngestBench(Path seed, Path workDir, long seedValue) {
    this.seed = seed;
    this.workDir = workDir;
    this.seedValue = seedValue;
  }

  public Result run(long rows) throws IOException {
    Files.createDirectories(workDir);
    Path data = workDir.resolve("bench-" + rows + ".export.CSV");
    resample(rows, data);

    Path duckFile = workDir.resolve("bench-duckdb.duckdb");
    DuckDbEventStore.delete(duckFile);
    long t0 = System.nanoTime();
    long duckRows;
    duckRows = BenchData.plainCsvLoad(duckFile, data);
    double duckSeconds = (System.nanoTime() - t0) / 1e9;
    DuckDbEventStore.delete(duckFile);

    Path amityFile = workDir.resolve("bench-amity.duckdb");
    DuckDbEventStore.delete(amityFile);
    System.gc();
    resetPeaks();
    t0 = System.nanoTime();
    IngestResult r;
    try (DuckDbEventStore store = DuckDbEventStore.open(amityFile)) {
      r =
          new IngestPipeline(store, null, null)
              .run(List.of(data), IngestPipeline.formats(Set.of(Format.GDELT2)))
              .get(0);
    }
    double amitySeconds = (System.nanoTime() - t0) / 1e9;
    double peak = peakHeapMb();
    DuckDbEventStore.delete(amityFile);
    Files.deleteIfExists(data);
    if (!r.done()) {
      throw new IOException("benchmark ingest failed: " + r.message());
    }
    return new Result(
        rows,
        amitySeconds,
        duckSeconds,
        duckSeconds / amitySeconds,
        rows / amitySeconds,
        peak,
        r.accepted(),
        duckRows);
  }

  /** Writes {@code rows} rows drawn at random from the seed file, with unique ids. */
  void resample(long rows, Path out) throws IOException {
    RowSampler.of(seed, seedValue, 1_000_000_000L).write(out, rows, null);
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  private static double peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum / (1024.0 * 1024.0);
  }
}
