package org.amity.flink.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.amity.flink.AmityFlinkJob;
import org.amity.flink.JobOptions;
import org.amity.flink.SignalStages;
import org.amity.ingest.Format;
import org.amity.pipeline.IngestPipeline;
import org.amity.store.IngestResult;
import org.amity.store.duckdb.DuckDbEventStore;

/**
 * Events per second of the job on the local MiniCluster at each parallelism, with where the time
 * goes (runs stopped after parsing, after de-duplication, and the whole job: the differences are
 * the de-duplication and the sink), beside the embedded ingest of the same file.
 *
 * <pre>
 * java -Xmx8g -cp amity-flink/target/amity-flink-job.jar org.amity.flink.bench.FlinkBench \
 *   --rows 20000000 --seed-file ../shared/data/gdelt/events/20161013151500.export.CSV \
 *   --work-dir /tmp/flink-bench [--parallelism 1,2] [--seed 42]
 * </pre>
 *
 * Prints one line per run to stderr and the figures as JSON to stdout.
 */
public final class FlinkBench {
  private FlinkBench() {}

  public static void main(String[] args) throws Exception {
    long rows = 20_000_000;
    Path seed = null;
    Path work = Path.of(System.getProperty("java.io.tmpdir"), "amity-flink-bench");
    long seedValue = 42;
    List<Integer> parallelisms = List.of(1, 2);
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rows" -> rows = Long.parseLong(args[++i]);
        case "--seed-file" -> seed = Path.of(args[++i]);
        case "--work-dir" -> work = Path.of(args[++i]);
        case "--seed" -> seedValue = Long.parseLong(args[++i]);
        case "--parallelism" ->
            parallelisms = List.of(args[++i].split(",")).stream().map(Integer::valueOf).toList();
        default -> {
          System.err.println("unknown option " + args[i]);
          System.exit(2);
        }
      }
    }
    if (seed == null) {
      System.err.println("--seed-file (a real GDELT 2.0 export) is required");
      System.exit(2);
    }
    Path in = work.resolve("in");
    Path file = in.resolve("bench-" + rows + ".export.CSV");
    if (!Files.exists(file)) {
      System.err.println("writing " + rows + " rows to " + file);
      ResampledFile.write(seed, seedValue, rows, file);
    }
    ObjectMapper json = new ObjectMapper();
    ObjectNode result = json.createObjectNode();
    result.put("rows", rows);
    result.put("cores", Runtime.getRuntime().availableProcessors());
    result.put("embeddedRowsPerSecond", embedded(file, work, rows));
    ArrayNode runs = result.putArray("flink");
    for (int p : parallelisms) {
      ObjectNode run = runs.addObject();
      run.put("parallelism", p);
      double parse = seconds(in, work, p, "parse");
      double dedup = seconds(in, work, p, "dedup");
      double all = seconds(in, work, p, "all");
      run.put("parseSeconds", parse);
      run.put("dedupSeconds", round(dedup - parse));
      run.put("sinkSeconds", round(all - dedup));
      run.put("totalSeconds", all);
      run.put("eventsPerSecond", Math.round(rows / all));
      System.err.printf(
          Locale.ROOT,
          "parallelism %d: %.0f events/s (parse %.1f s, dedup +%.1f s, sink +%.1f s)%n",
          p,
          rows / all,
          parse,
          dedup - parse,
          all - dedup);
    }
    System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(result));
  }

  private static long embedded(Path file, Path work, long rows) throws Exception {
    Path db = work.resolve("embedded.duckdb");
    DuckDbEventStore.delete(db);
    long t0 = System.nanoTime();
    IngestResult r;
    try (DuckDbEventStore store = DuckDbEventStore.open(db)) {
      r =
          new IngestPipeline(store, null, null)
              .run(List.of(file), IngestPipeline.formats(EnumSet.allOf(Format.class)))
              .get(0);
    }
    double s = (System.nanoTime() - t0) / 1e9;
    DuckDbEventStore.delete(db);
    System.err.printf(
        Locale.ROOT,
        "embedded ingest: %.1f s, %.0f rows/s (%d accepted)%n",
        s,
        rows / s,
        r.accepted());
    return Math.round(rows / s);
  }

  /** Wall time of one job run (submission to end, MiniCluster start included). */
  private static double seconds(Path in, Path work, int p, String until) throws Exception {
    Path out = work.resolve("out-" + p + "-" + until);
    deleteTree(out);
    List<String> args =
        new ArrayList<>(
            List.of(
                "--input", in.toString(),
                "--out", out.toString(),
                "--parallelism", Integer.toString(p),
                "--until", until));
    long t0 = System.nanoTime();
    AmityFlinkJob.run(JobOptions.parse(args.toArray(String[]::new)), SignalStages.standard());
    double s = round((System.nanoTime() - t0) / 1e9);
    System.err.printf(Locale.ROOT, "parallelism %d, until %s: %.1f s%n", p, until, s);
    deleteTree(out);
    return s;
  }

  private static double round(double s) {
    return Math.round(s * 10) / 10.0;
  }

  /**
   * Deletes a run's output. Flink may still be removing old checkpoint folders just after the job
   * ends, so a file that disappears under the walk is not an error; the walk is retried.
   */
  private static void deleteTree(Path p) throws java.io.IOException {
    for (int attempt = 1; ; attempt++) {
      try (var walk = Files.walk(p)) {
        for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
        return;
      } catch (java.nio.file.NoSuchFileException e) {
        if (!Files.exists(p)) {
          return;
        }
        if (attempt == 5) {
          throw e;
        }
      } catch (java.io.UncheckedIOException | java.nio.file.DirectoryNotEmptyException e) {
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
