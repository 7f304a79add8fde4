package org.amity.flink;

import java.nio.file.Path;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The execution environment: the cluster's when launched with {@code flink run}, else a local
 * MiniCluster; streaming mode with exactly-once checkpoints (the Parquet sink commits at each),
 * stored in {@code --checkpoints DIR} (default {@code OUT/_checkpoints}), and a fixed-delay restart
 * from the last one. Checkpoints always go to a file system: the job manager's memory holds at most
 * 5 MB of state, which the de-duplication state of a backfill of a few hundred thousand events
 * already exceeds.
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
