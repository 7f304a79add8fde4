package org.amity.flink.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amity.flink.JobOptions;
import org.amity.ingest.Format;
import org.amity.pipeline.IngestPipeline;
import org.amity.store.IngestResult;
import org.amity.store.duckdb.DuckDbEventStore;

/**
 * Events per second of the job on the local MiniCluster at each parallelism, with where the time
 * goes, beside the embedded ingest of the same file. Each parallelism runs the job once per stage,
 * stopped after parsing ({@code --until parse}), after de-duplication ({@code dedup}), after
 * writing events and rejects ({@code sink}) and whole ({@code all}, the signal stages too); the
 * differences between consecutive runs are each stage's cost, in wall and in CPU time. The rate per
 * core is the file's rows over the whole job's process CPU seconds.
 *
 * <pre>
 * java -Xmx8g -cp amity-flink/target/amity-flink-job.jar org.amity.flink.bench.FlinkBench \
 *   --rows 20000000 --seed-file ../shared/data/gdelt/events/20161013151500.export.CSV \
 *   --work-dir /tmp/flink-bench [--parallelism 1,2] [--seed 42] [--stages parse,dedup,sink,all] \
 *   [--state-backend hashmap|rocksdb] [--checkpoint-interval 10] [--no-embedded]
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
    List<String> stages = JobOptions.UNTIL;
    String backend = "hashmap";
    int interval = 10;
    boolean embedded = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rows" -> rows = Long.parseLong(args[++i]);
        case "--seed-file" -> seed = Path.of(args[++i]);
        case "--work-dir" -> work = Path.of(args[++i]);
        case "--seed" -> seedValue = Long.parseLong(args[++i]);
        case "--parallelism" ->
            parallelisms = List.of(args[++i].split(",")).stream().map(Integer::valueOf).toList();
        case "--stages" -> stages = stages(args[++i]);
        case "--state-backend" -> backend = args[++i];
        case "--checkpoint-interval" -> interval = Integer.parseInt(args[++i]);
        case "--no-embedded" -> embedded = false;
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
    result.put("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20);
    result.put("stateBackend", backend);
    result.put("checkpointIntervalSeconds", interval);
    if (embedded) {
      result.set("embedded", embedded(file, work, rows, json));
    }
    JobRun.Settings settings = new JobRun.Settings(in, work, backend, interval);
    ArrayNode runs = result.putArray("flink");
    for (int p : parallelisms) {
      Map<String, JobRun> measured = new LinkedHashMap<>();
      for (String until : stages) {
        measured.put(until, JobRun.measure(settings, p, until));
      }
      runs.add(report(json, p, rows, measured));
    }
    System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(result));
  }

  private static List<String> stages(String list) {
    List<String> wanted = List.of(list.split(","));
    for (String s : wanted) {
      if (!JobOptions.UNTIL.contains(s)) {
        throw new IllegalArgumentException("--stages takes " + JobOptions.UNTIL + ", not " + s);
      }
    }
    return JobOptions.UNTIL.stream().filter(wanted::contains).toList();
  }

  /** One parallelism's figures: each stage's run and what it adds to the one before. */
  private static ObjectNode report(
      ObjectMapper json, int p, long rows, Map<String, JobRun> measured) {
    ObjectNode run = json.createObjectNode();
    run.put("parallelism", p);
    ArrayNode stages = run.putArray("stages");
    JobRun before = null;
    StringBuilder line = new StringBuilder();
    for (JobRun r : measured.values()) {
      ObjectNode s = stages.addObject();
      s.put("until", r.until());
      s.put("seconds", r.seconds());
      s.put("cpuSeconds", r.cpuSeconds());
      double addedWall =
          before == null ? r.seconds() : JobRun.round(r.seconds() - before.seconds());
      double addedCpu =
          before == null ? r.cpuSeconds() : JobRun.round(r.cpuSeconds() - before.cpuSeconds());
      s.put("addedSeconds", addedWall);
      s.put("addedCpuSeconds", addedCpu);
      s.put("eventsPerSecond", Math.round(rows / r.seconds()));
      s.put("eventsPerCpuSecond", Math.round(rows / r.cpuSeconds()));
      line.append(
          String.format(Locale.ROOT, ", %s +%.1f s (+%.1f CPU-s)", r.until(), addedWall, addedCpu));
      before = r;
    }
    if (before != null) {
      run.put("totalSeconds", before.seconds());
      run.put("eventsPerSecond", Math.round(rows / before.seconds()));
      run.put("eventsPerSecondPerSlot", Math.round(rows / before.seconds() / p));
      run.put("eventsPerCpuSecond", Math.round(rows / before.cpuSeconds()));
      System.err.printf(
          Locale.ROOT,
          "parallelism %d, until %s: %.0f events/s, %.0f per CPU-second%s%n",
          p,
          before.until(),
          rows / before.seconds(),
          rows / before.cpuSeconds(),
          line);
    }
    return run;
  }

  private static ObjectNode embedded(Path file, Path work, long rows, ObjectMapper json)
      throws Exception {
    Path db = work.resolve("embedded.duckdb");
    DuckDbEventStore.delete(db);
    double cpu0 = JobRun.processCpuSeconds();
    long t0 = System.nanoTime();
    IngestResult r;
    try (DuckDbEventStore store = DuckDbEventStore.open(db)) {
      r =
          new IngestPipeline(store, null, null)
              .run(List.of(file), IngestPipeline.formats(EnumSet.allOf(Format.class)))
              .get(0);
    }
    double s = (System.nanoTime() - t0) / 1e9;
    double cpu = JobRun.processCpuSeconds() - cpu0;
    DuckDbEventStore.delete(db);
    System.err.printf(
        Locale.ROOT,
        "embedded ingest: %.1f s, %.0f rows/s, %.1f CPU-s (%d accepted)%n",
        s,
        rows / s,
        cpu,
        r.accepted());
    ObjectNode e = json.createObjectNode();
    e.put("seconds", JobRun.round(s));
    e.put("cpuSeconds", JobRun.round(cpu));
    e.put("rowsPerSecond", Math.round(rows / s));
    e.put("rowsPerCpuSecond", Math.round(rows / cpu));
    e.put("accepted", r.accepted());
    return e;
  }
}
