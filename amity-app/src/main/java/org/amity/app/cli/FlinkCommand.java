package org.amity.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code amity flink run}: the early-warning pipeline as an Apache Flink job, on a local
 * MiniCluster. The job lives in its own jar ({@code amity-flink/target/amity-flink-job.jar}, the
 * same one a real cluster runs with {@code flink run}); this command starts it in a separate Java
 * process, so the application itself carries no Flink, and passes its output and exit code through.
 */
@Command(
    name = "flink",
    mixinStandardHelpOptions = true,
    description = "Run the pipeline as an Apache Flink job (scale-out; see README).",
    subcommands = {FlinkCommand.Run.class})
final class FlinkCommand {

  /** Where the job's jar is looked for when neither --jar nor AMITY_FLINK_JAR names it. */
  static final String JAR_IN_CHECKOUT = "amity-flink/target/amity-flink-job.jar";

  /**
   * Flink serialises JDK classes by reflection: on Java 17 their packages must be opened to it, as
   * Flink's own launch scripts do.
   */
  static final List<String> JAVA_OPENS =
      List.of(
          "java.base/java.lang",
          "java.base/java.lang.reflect",
          "java.base/java.io",
          "java.base/java.net",
          "java.base/java.nio",
          "java.base/sun.nio.ch",
          "java.base/java.text",
          "java.base/java.time",
          "java.base/java.util",
          "java.base/java.util.concurrent",
          "java.base/java.util.concurrent.atomic",
          "java.base/java.util.concurrent.locks",
          "java.base/java.security",
          "java.sql/java.sql");

  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description = {
        "Run the Flink job on a local MiniCluster: read the export files in --input (and/or the",
        "export lines of a Kafka topic), write events, rejects, daily indicators, alerts and",
        "evidence as Parquet under --out. Read the result with --db cluster:OUT on any command,",
        "or `amity serve --db cluster:OUT`."
      })
  static final class Run implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--input",
        paramLabel = "DIR",
        description =
            "Folder of GDELT or ICEWS export files (plain, .zip or .gz); not needed with"
                + " --kafka-topic.")
    Path input;

    @Option(
        names = "--kafka-bootstrap",
        paramLabel = "HOST:PORT",
        description = "Kafka brokers to read --kafka-topic from (HOST:PORT[,HOST:PORT...]).")
    String kafkaBootstrap;

    @Option(
        names = "--kafka-topic",
        paramLabel = "TOPIC",
        description =
            "A topic whose records each hold one export line (key: the file's name, header"
                + " amity.line: its line number; see README). Read to its newest records when the"
                + " job starts, or on and on with --continuous.")
    String kafkaTopic;

    @Option(
        names = "--kafka-group",
        paramLabel = "GROUP",
        description = "Consumer group the job commits its offsets under (default: amity).")
    String kafkaGroup;

    /** Where a job that does not restore from a checkpoint starts in the topic. */
    enum KafkaFrom {
      earliest,
      committed
    }

    @Option(
        names = "--kafka-from",
        paramLabel = "WHERE",
        description =
            "earliest (the whole topic) or committed (after the group's committed offsets, else the"
                + " earliest). Default: earliest.")
    KafkaFrom kafkaFrom;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "DIR",
        description = "Output folder (Parquet per table, and the job's manifest).")
    Path out;

    @Option(
        names = "--parallelism",
        paramLabel = "N",
        defaultValue = "1",
        description = "Parallel tasks per operator (default: ${DEFAULT-VALUE}).")
    int parallelism;

    @Option(
        names = "--continuous",
        description =
            "Keep watching --input for new files (a landing folder) and the Kafka topic for new"
                + " records until stopped.")
    boolean continuous;

    @Option(
        names = "--checkpoints",
        paramLabel = "DIR",
        description = "Where checkpoints are kept (default: the job's choice under --out).")
    Path checkpoints;

    /** Where the job keeps its keyed state. */
    enum StateBackend {
      hashmap,
      rocksdb
    }

    @Option(
        names = "--state-backend",
        paramLabel = "KIND",
        defaultValue = "hashmap",
        description =
            "Where keyed state lives: hashmap (on the heap, fastest) or rocksdb (on local disk,"
                + " incremental checkpoints; for state larger than memory). Default: ${DEFAULT-VALUE}.")
    StateBackend stateBackend;

    @Option(
        names = "--jar",
        paramLabel = "FILE",
        description =
            "The job's jar (default: $AMITY_FLINK_JAR, else "
                + JAR_IN_CHECKOUT
                + " in the checkout that holds this Amity).")
    Path jar;

    @Option(names = "--json", description = "Print the job's summary as JSON.")
    boolean json;

    @picocli.CommandLine.Mixin OfficeHolderOptions officeHolderOptions = new OfficeHolderOptions();

    @Override
    public Integer call() throws IOException, InterruptedException {
      if ((kafkaBootstrap == null) != (kafkaTopic == null)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--kafka-bootstrap and --kafka-topic go together");
      }
      if (kafkaTopic == null && (kafkaGroup != null || kafkaFrom != null)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--kafka-group and --kafka-from need --kafka-topic");
      }
      if (input == null && kafkaTopic == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "give --input DIR, or --kafka-bootstrap and --kafka-topic, or both");
      }
      if (input != null && !Files.isDirectory(input)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--input " + input + " is not a folder");
      }
      if (parallelism < 1) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--parallelism must be at least 1, not " + parallelism);
      }
      Path officeHolders = officeHolderOptions.path(System.err, false);
      Path job = jar != null ? jar : defaultJar();
      if (job == null || !Files.isRegularFile(job)) {
        System.err.println(
            "amity flink: the job's jar is not built"
                + (job == null ? "" : " (looked for " + job + ")")
                + ": build it with `./mvnw -pl amity-flink -am package -DskipTests`, or name it"
                + " with --jar or AMITY_FLINK_JAR");
        return 1;
      }
      Process p =
          new ProcessBuilder(command(job, officeHolders))
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .redirectInput(ProcessBuilder.Redirect.INHERIT)
              .start();
      String summary = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exit = p.waitFor();
      if (json || summary.isBlank()) {
        System.out.print(summary);
      } else {
        System.out.print(inWords(summary));
      }
      return exit;
    }

    /**
     * The job's command line; {@code officeHolders} is the list {@code amity ingest icews} would
     * use (found by the same rule from this application's jar), passed on by name so the job reads
     * ICEWS rows with it, or {@code --no-office-holders} when there is none.
     */
    List<String> command(Path job, Path officeHolders) {
      List<String> cmd = new ArrayList<>();
      cmd.add(javaExecutable());
      String opts = System.getenv("AMITY_FLINK_JAVA_OPTS");
      if (opts != null && !opts.isBlank()) {
        cmd.addAll(List.of(opts.trim().split("\\s+")));
      }
      for (String pkg : JAVA_OPENS) {
        cmd.add("--add-opens=" + pkg + "=ALL-UNNAMED");
      }
      cmd.add("-jar");
      cmd.add(job.toAbsolutePath().toString());
      if (input != null) {
        cmd.add("--input");
        cmd.add(input.toAbsolutePath().toString());
      }
      if (kafkaTopic != null) {
        cmd.addAll(List.of("--kafka-bootstrap", kafkaBootstrap, "--kafka-topic", kafkaTopic));
        if (kafkaGroup != null) {
          cmd.addAll(List.of("--kafka-group", kafkaGroup));
        }
        if (kafkaFrom != null) {
          cmd.addAll(List.of("--kafka-from", kafkaFrom.name()));
        }
      }
      cmd.addAll(
          List.of(
              "--out",
              out.toAbsolutePath().toString(),
              "--parallelism",
              Integer.toString(parallelism),
              "--state-backend",
              stateBackend.name()));
      if (continuous) {
        cmd.add("--continuous");
      }
      if (checkpoints != null) {
        cmd.add("--checkpoints");
        cmd.add(checkpoints.toAbsolutePath().toString());
      }
      if (officeHolders != null) {
        cmd.add("--office-holders");
        cmd.add(officeHolders.toAbsolutePath().toString());
      } else {
        cmd.add("--no-office-holders");
      }
      return cmd;
    }
  }

  /**
   * The job's JSON summary (its last line that parses as an object) in words: rows per table, time
   * and rate; anything else it printed is passed through as it is.
   */
  static String inWords(String output) {
    StringBuilder b = new StringBuilder();
    JsonNode summary = null;
    for (String line : output.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode n = Json.MAPPER.readTree(line);
        if (n != null && n.isObject()) {
          summary = n;
          continue;
        }
      } catch (IOException e) {
        // not JSON: the job's own words, kept
      }
      b.append(line).append(System.lineSeparator());
    }
    if (summary == null) {
      return b.toString();
    }
    JsonNode counts = summary.path("counts");
    if (counts.isObject()) {
      counts
          .fields()
          .forEachRemaining(
              e ->
                  b.append(
                      String.format(
                          Locale.ROOT, "%,14d  %s%n", e.getValue().asLong(), e.getKey())));
    }
    if (summary.has("seconds")) {
      b.append(String.format(Locale.ROOT, "in %.1f s", summary.path("seconds").asDouble()));
      if (summary.has("eventsPerSecond")) {
        b.append(
            String.format(
                Locale.ROOT, ", %,.0f events/s", summary.path("eventsPerSecond").asDouble()));
      }
      b.append(System.lineSeparator());
    }
    return b.toString();
  }

  /** The job's jar: $AMITY_FLINK_JAR, else beside this application's jar in its checkout. */
  static Path defaultJar() {
    String env = System.getenv("AMITY_FLINK_JAR");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    try {
      Path self =
          Path.of(FlinkCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // amity-app/target/amity.jar (or amity-app/target/classes) -> the checkout's root
      Path root = self.toAbsolutePath().getParent().getParent().getParent();
      return root == null ? null : root.resolve(JAR_IN_CHECKOUT);
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return Path.of(JAR_IN_CHECKOUT).toAbsolutePath();
    }
  }

  private static String javaExecutable() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }
}
