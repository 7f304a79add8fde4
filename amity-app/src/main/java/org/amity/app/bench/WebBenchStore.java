package org.amity.app.bench;

import java.io.IOException;
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
 * Builds the store the web benchmark runs against: a real GDELT 2.0 file ingested the normal way,
 * then its rows resampled by SQL into {@code events} (unique ids, dates spread over ten years)
 * until the table holds the requested count, plus signal rows of a realistic size: situations, five
 * alerts each with ten evidence events drawn from the store, and daily series per country. The
 * signal rows are synthetic (the detector is not on this branch); their sizes, not their values,
 * are what the benchmark needs.
 */
public final class WebBenchStore {
  /** What was built. */
  public record Result(
      long events,
      long situations,
      long alerts,
      long evidence,
      long seriesPoints,
      double seconds) {}

  private static final String[] COUNTRIES = {
    "BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM", "TLS", "CHN"
  };

  private WebBenchStore() {}

  public static Result build(Path db, Path seedFile, long events, int situations)
      throws IOException {
    if (Files.exists(db)) {
      throw new IllegalArgumentException(db + " exists: the benchmark builds a fresh store");
    }
    try {
      return buildFresh(db, seedFile, events, situations);
    } catch (IOException | RuntimeException e) {
      // a half-built store would be taken for a finished one by the next run
      DuckDbEventStore.delete(db);
      throw e;
    }
  }

  private static Result buildFresh(Path db, Path seedFile, long events, int situations)
      throws IOException {
    long t0 = System.nanoTime();
    try (DuckDbEventStore store = DuckDbEventStore.open(db)) {
      IngestResult r =
          new IngestPipeline(store, null, null)
              .run(List.of(seedFile), IngestPipeline.formats(Set.of(Format.GDELT2)))
              .get(0);
      if (!r.done() || r.accepted() == 0) {
        throw new IOException("the seed file gave no events: " + r.message());
      }
      BenchData.webStore(store, events, situations, COUNTRIES);
      return new Result(
          BenchData.count(store, "events"),
          BenchData.count(store, "situations"),
          BenchData.count(store, "alerts"),
          BenchData.count(store, "alert_evidence"),
          BenchData.count(store, "series_points"),
          (System.nanoTime() - t0) / 1e9);
    }
  }
}
