package org.amity.flink;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.amity.store.StoreException;
import org.amity.store.duckdb.ParquetParts;
import org.apache.flink.core.execution.JobClient;

/** A submitted job: wait for its end (with progress lines on stderr) or cancel it. */
public final class RunningJob {
  private static final long PROGRESS_MILLIS = 5_000;

  private final JobOptions options;
  private final Path out;
  private final JobClient client;
  private final long started = System.nanoTime();

  RunningJob(JobOptions options, JobClient client) {
    this.options = options;
    this.out = Path.of(options.out());
    this.client = client;
  }

  public JobClient client() {
    return client;
  }

  /** Stops a continuous job; what was committed stays. */
  public void cancel() throws Exception {
    client.cancel().get();
  }

  /**
   * Waits for the job to end, then writes the manifest ("finished", with the committed row counts)
   * and returns the summary.
   *
   * @throws Exception the job's failure
   */
  public ObjectNode awaitSummary() throws Exception {
    var result = client.getJobExecutionResult();
    while (!result.isDone()) {
      try {
        result.get(PROGRESS_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        System.err.println(progress());
      }
    }
    result.get();
    double seconds = (System.nanoTime() - started) / 1e9;
    Map<String, Long> counts = counts(out);
    ObjectNode finished = JobManifest.describe(options, "finished");
    JobManifest.write(out, finished, counts);
    ObjectNode summary = finished.deepCopy();
    summary.put("rejects", counts.get("rejects"));
    summary.put("seconds", Math.round(seconds * 100) / 100.0);
    summary.put("eventsPerSecond", Math.round(counts.get("events") / Math.max(seconds, 1e-3)));
    summary.put("until", options.until());
    return summary;
  }

  /** Committed rows per table. */
  public static Map<String, Long> counts(Path out) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : AmityPipeline.TABLES) {
      counts.put(table, ParquetParts.rowCount(out.resolve(table)));
    }
    return counts;
  }

  private String progress() {
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    try {
      Map<String, Long> c = counts(out);
      return String.format(
          Locale.ROOT,
          "amity-flink: %d s, committed so far: %,d events, %,d rejects",
          seconds,
          c.get("events"),
          c.get("rejects"));
    } catch (StoreException e) {
      return "amity-flink: " + seconds + " s (cannot count the output yet: " + e.getMessage() + ")";
    }
  }
}
