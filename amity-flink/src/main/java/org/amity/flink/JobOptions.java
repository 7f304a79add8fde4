package org.amity.flink;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.amity.flink.source.KafkaOptions;
import org.amity.ingest.OfficeHolders;

/**
 * The job's command line, parsed. Paths are kept as strings so the options travel with the job
 * graph (they are serializable).
 *
 * @param input folder of export files (GDELT 1.0/2.0, ICEWS; plain, zip or gzip), null when the job
 *     reads Kafka only
 * @param out output folder: one Parquet folder per table and {@code _amity_job.json}
 * @param parallelism operator parallelism
 * @param continuous keep watching {@code input} for new files, and reading the Kafka topic, instead
 *     of stopping at their end
 * @param checkpoints checkpoint folder, null for {@code OUT/_checkpoints}
 * @param checkpointInterval time between checkpoints; output becomes visible at each
 * @param monitorInterval how often continuous mode lists the input folder
 * @param config detector settings file ({@code detectors.properties}), null for the defaults
 * @param watchSet ISO3 codes of the watched countries, empty for the default set
 * @param until for measuring where time goes: {@code parse} stops after the source, {@code dedup}
 *     after de-duplication (their output is discarded, nothing is written), {@code sink} after
 *     writing events and rejects (no signal stages: the other tables stay empty), {@code all}
 *     (default) runs everything
 * @param stateBackend where keyed state lives: {@code hashmap} (default, objects on the heap, a
 *     full snapshot at each checkpoint) or {@code rocksdb} (serialized on local disk, incremental
 *     checkpoints: state larger than the heap, e.g. the ids of the full GDELT history)
 * @param kafka a Kafka topic of export lines to read as well as (or instead of) {@code input}, null
 *     for none; bounded like the files unless {@code continuous}
 * @param officeHolders the office-holder list ICEWS rows are read with, as {@code amity ingest
 *     icews} reads them ({@link OfficeHolders#choose}: {@code --office-holders FILE}, else the
 *     shared data's Phoenix list found from the job's jar, none with {@code --no-office-holders});
 *     null for none
 */
public record JobOptions(
    String input,
    String out,
    int parallelism,
    boolean continuous,
    String checkpoints,
    Duration checkpointInterval,
    Duration monitorInterval,
    String config,
    List<String> watchSet,
    String until,
    String stateBackend,
    KafkaOptions kafka,
    String officeHolders)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public JobOptions {
    if (out == null || (input == null && kafka == null)) {
      throw new IllegalArgumentException(
          "--out is required, and --input or --kafka-bootstrap with --kafka-topic (or both)");
    }
    if (parallelism < 1) {
      throw new IllegalArgumentException("--parallelism must be at least 1, was " + parallelism);
    }
    watchSet = List.copyOf(watchSet);
    if (!UNTIL.contains(until)) {
      throw new IllegalArgumentException("--until takes parse, dedup, sink or all, not " + until);
    }
    if (!STATE_BACKENDS.contains(stateBackend)) {
      throw new IllegalArgumentException(
          "--state-backend takes hashmap or rocksdb, not " + stateBackend);
    }
  }

  /** Where a run may stop, in pipeline order. */
  public static final List<String> UNTIL = List.of("parse", "dedup", "sink", "all");

  /** The state backends the job can use. */
  public static final List<String> STATE_BACKENDS = List.of("hashmap", "rocksdb");

  /** The usage text printed with exit code 2. */
  public static final String USAGE =
      "Usage: AmityFlinkJob --input DIR --out DIR [--parallelism N] [--continuous]"
          + " [--checkpoints DIR] [--checkpoint-interval SECONDS] [--monitor-interval SECONDS]"
          + " [--config detectors.properties] [--watch-set ISO3,...] [--state-backend hashmap|rocksdb]"
          + " [--until parse|dedup|sink|all]"
          + " [--kafka-bootstrap HOST:PORT --kafka-topic TOPIC [--kafka-group GROUP]"
          + " [--kafka-from earliest|committed]]"
          + " [--office-holders FILE | --no-office-holders]";

  /**
   * Parses the arguments.
   *
   * @throws IllegalArgumentException with a message in words when they are wrong
   */
  public static JobOptions parse(String... args) {
    String input = null;
    String out = null;
    int parallelism = 1;
    boolean continuous = false;
    String checkpoints = null;
    Duration interval = Duration.ofSeconds(10);
    Duration monitor = Duration.ofSeconds(10);
    String config = null;
    List<String> watchSet = new ArrayList<>();
    String until = "all";
    String stateBackend = "hashmap";
    String kafkaBootstrap = null;
    String kafkaTopic = null;
    String kafkaGroup = null;
    String kafkaFrom = null;
    String officeHolders = null;
    boolean noOfficeHolders = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--input" -> input = value(args, ++i, a);
        case "--out" -> out = value(args, ++i, a);
        case "--parallelism" -> parallelism = number(value(args, ++i, a), a);
        case "--continuous" -> continuous = true;
        case "--checkpoints" -> checkpoints = value(args, ++i, a);
        case "--checkpoint-interval" ->
            interval = Duration.ofSeconds(number(value(args, ++i, a), a));
        case "--monitor-interval" -> monitor = Duration.ofSeconds(number(value(args, ++i, a), a));
        case "--config" -> config = value(args, ++i, a);
        case "--until" -> until = value(args, ++i, a);
        case "--kafka-bootstrap" -> kafkaBootstrap = value(args, ++i, a);
        case "--kafka-topic" -> kafkaTopic = value(args, ++i, a);
        case "--kafka-group" -> kafkaGroup = value(args, ++i, a);
        case "--kafka-from" -> kafkaFrom = value(args, ++i, a).toLowerCase(Locale.ROOT);
        case "--office-holders" -> officeHolders = value(args, ++i, a);
        case "--no-office-holders" -> noOfficeHolders = true;
        case "--state-backend" -> stateBackend = value(args, ++i, a).toLowerCase(Locale.ROOT);
        case "--watch-set" -> {
          for (String code : value(args, ++i, a).split(",")) {
            String c = code.strip().toUpperCase(Locale.ROOT);
            if (!c.matches("[A-Z]{3}")) {
              throw new IllegalArgumentException(
                  "--watch-set takes ISO3 country codes separated by commas, not '" + code + "'");
            }
            watchSet.add(c);
          }
        }
        default ->
            throw new IllegalArgumentException(
                "unknown option '" + a + "'; known: " + Arrays.asList(USAGE.split(" ")));
      }
    }
    if (interval.isZero() || monitor.isZero()) {
      throw new IllegalArgumentException("intervals must be at least one second");
    }
    if (noOfficeHolders && officeHolders != null) {
      throw new IllegalArgumentException("give --office-holders FILE or --no-office-holders");
    }
    Path list =
        OfficeHolders.choose(
            officeHolders == null ? null : Path.of(officeHolders),
            noOfficeHolders,
            JobOptions.class);
    return new JobOptions(
        input,
        out,
        parallelism,
        continuous,
        checkpoints,
        interval,
        monitor,
        config,
        watchSet,
        until,
        stateBackend,
        kafka(kafkaBootstrap, kafkaTopic, kafkaGroup, kafkaFrom),
        list == null ? null : list.toAbsolutePath().toString());
  }

  private static KafkaOptions kafka(String bootstrap, String topic, String group, String from) {
    if (bootstrap == null && topic == null) {
      if (group != null || from != null) {
        throw new IllegalArgumentException("--kafka-group and --kafka-from need --kafka-topic");
      }
      return null;
    }
    return new KafkaOptions(
        bootstrap,
        topic,
        group == null ? KafkaOptions.DEFAULT_GROUP : group,
        from == null ? "earliest" : from);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int number(String s, String option) {
    try {
      int n = Integer.parseInt(s);
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a whole number of 1 or more, not " + s);
    }
  }
}
