package org.amity.flink;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amity.flink.sink.PartNames;
import org.amity.store.duckdb.ParquetParts;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The job's entry point (the jar's {@code Main-Class}): {@code --input DIR --out DIR [--parallelism
 * N] [--continuous] [--checkpoints DIR] ...} (see {@link JobOptions#USAGE}). Progress goes to
 * stderr, the final summary as JSON to stdout; exit 0 on success, 1 on failure, 2 on bad arguments.
 * Without a cluster it runs on a local MiniCluster; under {@code flink run} on the cluster.
 */
public final class AmityFlinkJob {
  private static final long PROGRESS_MILLIS = 5_000;

  private AmityFlinkJob() {}

  public static void main(String[] args) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
      if (!Files.isDirectory(Path.of(options.input()))) {
        throw new IllegalArgumentException("--input " + options.input() + " is not a folder");
      }
    } catch (IllegalArgumentException e) {
      System.err.println("amity-flink: " + e.getMessage());
      System.err.println(JobOptions.USAGE);
      System.exit(2);
      return;
    }
    try {
      ObjectNode summary = run(options, SignalStages.standard());
      System.out.println(JobManifest.json().writeValueAsString(summary));
      System.exit(0);
    } catch (Exception e) {
      System.err.println("amity-flink: the job failed: " + rootMessage(e));
      System.exit(1);
    }
  }

  /**
   * Runs the job to its end (a backfill) or until cancelled (continuous) and returns the summary.
   */
  public static ObjectNode run(JobOptions options, SignalStages stages) throws Exception {
    Path out = Path.of(options.out());
    Files.createDirectories(out);
    for (String table : AmityPipeline.TABLES) {
      startTable(out.resolve(table), table);
    }
    ObjectNode manifest = JobManifest.describe(options, "running");
    JobManifest.write(out, manifest, null);
    StreamExecutionEnvironment env = JobEnvironment.create(options);
    AmityPipeline.build(env, options, stages);
    long started = System.nanoTime();
    JobClient client = env.executeAsync("amity " + options.input());
    System.err.println("amity-flink: job " + client.getJobID() + " started");
    var result = client.getJobExecutionResult();
    while (!result.isDone()) {
      try {
        result.get(PROGRESS_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        System.err.println(progress(out, started));
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

  /** A table's folder starts with an empty file of its columns, so readers find every table. */
  private static void startTable(Path folder, String table) throws IOException, SQLException {
    Files.createDirectories(folder);
    try (var files = Files.list(folder)) {
      if (files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"))) {
        return;
      }
    }
    ParquetParts.writeEmpty(table, PartNames.empty(folder));
  }

  static Map<String, Long> counts(Path out) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : AmityPipeline.TABLES) {
      counts.put(table, ParquetParts.rowCount(out.resolve(table)));
    }
    return counts;
  }

  private static String progress(Path out, long started) {
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    try {
      Map<String, Long> c = counts(out);
      return String.format(
          Locale.ROOT,
          "amity-flink: %d s, committed so far: %,d events, %,d rejects",
          seconds,
          c.get("events"),
          c.get("rejects"));
    } catch (SQLException e) {
      return "amity-flink: " + seconds + " s (cannot count the output yet: " + e.getMessage() + ")";
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    List<String> seen = new java.util.ArrayList<>();
    while (t != null) {
      if (t.getMessage() != null) {
        seen.add(t.getMessage());
      }
      t = t.getCause();
    }
    return seen.isEmpty() ? e.toString() : seen.get(seen.size() - 1);
  }
}
