package org.amity.flink;

import java.nio.file.Path;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The execution environment: the cluster's when launched with {@code flink run}, else a local
 * MiniCluster; streaming mode with exactly-once checkpoints (the Parquet sink commits at each),
 * stored in {@code --checkpoints DIR} (default {@code OUT/_checkpoints}), and a fixed-delay restart
 * from the last one. Checkpoints always go to a file system: the job manager's memory holds at most
 * 5 MB of state, which the de-duplication state of a backfill of a few hundred thousand events
 * already exceeds.
 *
 * <p>Keyed state (the de-duplication flags, the signal stages' series) lives on the heap ({@code
 * --state-backend hashmap}, the default: fastest, but every checkpoint writes all of it) or in
 * RocksDB on local disk ({@code rocksdb}: state may outgrow the heap, and checkpoints are
 * incremental, uploading only the files written since the last one).
 *
 * <p>Object reuse is on: every record type of the job is an immutable Java record, so a chained
 * operator may receive the very object its predecessor emitted instead of a copy.
 */
final class JobEnvironment {
  static final int RESTART_ATTEMPTS = 3;

  /** The folder name for checkpoints inside the output folder when none is given. */
  static final String DEFAULT_CHECKPOINTS = "_checkpoints";

  private JobEnvironment() {}

  static Path checkpointFolder(JobOptions options) {
    return options.checkpoints() != null
        ? Path.of(options.checkpoints())
        : Path.of(options.out(), DEFAULT_CHECKPOINTS);
  }

  static StreamExecutionEnvironment create(JobOptions options) {
    Configuration config = new Configuration();
    config.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, RESTART_ATTEMPTS);
    config.set(
        RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, java.time.Duration.ofSeconds(1));
    config.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
    config.set(StateBackendOptions.STATE_BACKEND, options.stateBackend());
    // every record the job passes on is an immutable Java record: chained operators may share it
    config.set(PipelineOptions.OBJECT_REUSE, true);
    config.set(
        CheckpointingOptions.INCREMENTAL_CHECKPOINTS, options.stateBackend().equals("rocksdb"));
    config.set(
        CheckpointingOptions.CHECKPOINTS_DIRECTORY,
        checkpointFolder(options).toAbsolutePath().toUri().toString());
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
    env.setParallelism(options.parallelism());
    env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
    env.enableCheckpointing(
        options.checkpointInterval().toMillis(), CheckpointingMode.EXACTLY_ONCE);
    return env;
  }
}
