package org.amity.flink.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.amity.flink.AmityFlinkJob;
import org.amity.flink.JobOptions;
import org.amity.flink.SignalStages;

/**
 * One measured run of the job on the local MiniCluster: wall time from submission to the end
 * (MiniCluster start and the final checkpoint included) and the CPU time the whole process spent
 * meanwhile (the MiniCluster runs in this JVM, so that is the job's, with its garbage collection
 * and DuckDB's threads).
 *
 * @param until where the run stopped ({@link JobOptions#UNTIL})
 * @param seconds wall time
 * @param cpuSeconds process CPU time (user and system), NaN where the platform does not tell
 */
record JobRun(String until, double seconds, double cpuSeconds) {

  /** The settings every run of one benchmark shares. */
  record Settings(Path input, Path work, String stateBackend, int checkpointSeconds) {}

  static JobRun measure(Settings s, int parallelism, String until) throws Exception {
    Path out = s.work().resolve("out-" + parallelism + "-" + until);
    deleteTree(out);
    List<String> args =
        new ArrayList<>(
            List.of(
                "--input", s.input().toString(),
                "--out", out.toString(),
                "--parallelism", Integer.toString(parallelism),
                "--until", until,
                "--state-backend", s.stateBackend(),
                "--checkpoint-interval", Integer.toString(s.checkpointSeconds())));
    System.gc();
    double cpu0 = processCpuSeconds();
    long t0 = System.nanoTime();
    AmityFlinkJob.run(JobOptions.parse(args.toArray(String[]::new)), SignalStages.standard());
    double seconds = round((System.nanoTime() - t0) / 1e9);
    double cpu = round(processCpuSeconds() - cpu0);
    System.err.printf(
        Locale.ROOT,
        "parallelism %d, until %s: %.1f s wall, %.1f s CPU%n",
        parallelism,
        until,
        seconds,
        cpu);
    deleteTree(out);
    return new JobRun(until, seconds, cpu);
  }

  /** CPU time of this process so far, in seconds. */
  static double processCpuSeconds() {
    return ProcessHandle.current()
        .info()
        .totalCpuDuration()
        .map(Duration::toNanos)
        .map(n -> n / 1e9)
        .orElse(Double.NaN);
  }

  static double round(double s) {
    return Math.round(s * 10) / 10.0;
  }

  /**
   * Deletes a run's output. Flink may still be removing old checkpoint folders just after the job
   * ends, so a file that disappears under the walk is not an error; the walk is retried.
   */
  static void deleteTree(Path p) throws IOException {
    for (int attempt = 1; ; attempt++) {
      if (!Files.exists(p)) {
        return;
      }
      try (var walk = Files.walk(p)) {
        for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
        return;
      } catch (java.nio.file.NoSuchFileException
          | java.io.UncheckedIOException
          | java.nio.file.DirectoryNotEmptyException e) {
        if (attempt == 5) {
          throw e;
        }
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted while deleting " + p);
      }
    }
  }
}
