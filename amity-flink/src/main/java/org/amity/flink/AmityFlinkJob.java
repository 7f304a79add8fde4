package org.amity.flink;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amity.flink.sink.PartNames;
import org.amity.ingest.OfficeHolders;
import org.amity.ingest.SharedData;
import org.amity.store.duckdb.ParquetParts;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The job's entry point (the jar's {@code Main-Class}): {@code --input DIR --out DIR [--parallelism
 * N] [--continuous] [--checkpoints DIR] [--kafka-bootstrap HOST:PORT --kafka-topic T] ...} (see
 * {@link JobOptions#USAGE}). Progress goes to stderr, the final summary as JSON to stdout; exit 0
 * on success, 1 on failure, 2 on bad arguments. Without a cluster it runs on a local MiniCluster;
 * under {@code flink run} on the cluster.
 */
public final class AmityFlinkJob {
  private AmityFlinkJob() {}

  public static void main(String[] args) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
      if (options.input() != null && !Files.isDirectory(Path.of(options.input()))) {
        throw new IllegalArgumentException("--input " + options.input() + " is not a folder");
      }
    } catch (IllegalArgumentException e) {
      System.err.println("amity-flink: " + e.getMessage());
      System.err.println(JobOptions.USAGE);
      System.exit(2);
      return;
    }
    if (options.officeHolders() != null) {
      System.err.println(
          "amity-flink: ICEWS rows read with the office holders of " + options.officeHolders());
    } else if (!List.of(args).contains("--no-office-holders")) {
      System.err.println(
          "amity-flink: office holders: no "
              + OfficeHolders.SHARED_FILE
              + " in "
              + SharedData.candidates(JobOptions.class)
              + "; persons keep the sectors ICEWS gives them");
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
    return start(options, stages).awaitSummary();
  }

  /**
   * Prepares the output folder (every table's folder with an empty file, the manifest "running")
   * and submits the job without waiting for it.
   */
  public static RunningJob start(JobOptions options, SignalStages stages) throws Exception {
    Path out = Path.of(options.out());
    Files.createDirectories(out);
    for (String table : AmityPipeline.TABLES) {
      startTable(out.resolve(table), table);
    }
    JobManifest.write(out, JobManifest.describe(options, "running"), null);
    StreamExecutionEnvironment env = JobEnvironment.create(options);
    AmityPipeline.build(env, options, stages);
    JobClient client = env.executeAsync("amity " + JobManifest.sources(options));
    System.err.println("amity-flink: job " + client.getJobID() + " started");
    return new RunningJob(options, client);
  }

  /** A table's folder starts with an empty file of its columns, so readers find every table. */
  private static void startTable(Path folder, String table) throws IOException {
    Files.createDirectories(folder);
    try (var files = Files.list(folder)) {
      if (files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"))) {
        return;
      }
    }
    ParquetParts.writeEmpty(table, PartNames.empty(folder));
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
