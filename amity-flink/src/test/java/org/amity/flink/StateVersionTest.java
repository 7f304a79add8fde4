package org.amity.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.apache.flink.streaming.api.operators.SourceOperatorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every stateful operator's id names the state layout ({@link StateVersion}), and Flink refuses to
 * start a job from a checkpoint whose state belongs to ids the job does not have, while the same
 * layout restores.
 */
class StateVersionTest {
  @TempDir Path dir;

  @Test
  void everyStatefulOperatorOfTheBoundedAndContinuousJobNamesTheStateLayout() throws IOException {
    for (String[] mode : List.of(new String[0], new String[] {"--continuous"})) {
      Path in = Files.createDirectories(dir.resolve("in" + mode.length));
      JobOptions options = JobFolders.options(in, dir.resolve("out" + mode.length), 1, mode);
      StreamExecutionEnvironment env = JobEnvironment.create(options);
      AmityPipeline.build(env, options, SignalStages.standard());

      List<StreamNode> stateful = new ArrayList<>();
      for (StreamNode node : env.getStreamGraph().getStreamNodes()) {
        boolean keyed = node.getStateKeySerializer() != null;
        boolean source = node.getOperatorFactory() instanceof SourceOperatorFactory;
        if (keyed || source) {
          stateful.add(node);
        }
        if (node.getTransformationUID() != null) {
          assertThat(node.getTransformationUID())
              .as("the id of %s", node.getOperatorName())
              .contains("@" + StateVersion.CURRENT);
        }
      }
      assertThat(stateful).as("keyed operators and sources").hasSizeGreaterThan(10);
      assertThat(stateful)
          .allSatisfy(
              n ->
                  assertThat(n.getTransformationUID())
                      .as("the id of %s", n.getOperatorName())
                      .isEqualTo(StateVersion.uid(n.getTransformationUID().split("@")[0])));
    }
  }

  @Test
  void aCheckpointOfAnotherLayoutIsRefusedAtStartAndOneOfTheSameLayoutRestores() throws Exception {
    Path checkpoints = dir.resolve("checkpoints");
    // the first job runs slowly until cancelled, so that a checkpoint completes first even on a
    // loaded machine; the restored ones run the rest of the numbers at full speed
    JobClient first = job(checkpoints, "s33", null, 2).executeAsync("layout s33");
    awaitCheckpoint(checkpoints, Duration.ofSeconds(180));
    var ended = first.getJobExecutionResult();
    first.cancel().get();
    try {
      ended.get(); // a checkpoint may still complete, and subsume the last, until the job ends
    } catch (java.util.concurrent.ExecutionException cancelled) {
      // the job ends cancelled: its last completed checkpoint is retained
    }
    Path checkpoint = awaitCheckpoint(checkpoints, Duration.ofSeconds(10));

    job(dir.resolve("again"), "s33", checkpoint, 0).execute("the same layout, restored");

    assertThatThrownBy(
            () ->
                job(dir.resolve("other"), "s34", checkpoint, 0).execute("another layout, restored"))
        .satisfies(
            e ->
                assertThat(messages(e))
                    .as("Flink says it cannot map the checkpoint's state")
                    .containsPattern("(?i)cannot map .*state"));
  }

  /**
   * A counting job with keyed state in an operator whose id names {@code layout}, {@code
   * sleepMillis} a number.
   */
  private static StreamExecutionEnvironment job(
      Path checkpoints, String layout, Path restore, int sleepMillis) {
    Configuration config = new Configuration();
    config.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
    config.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpoints.toUri().toString());
    config.set(
        CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
        ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    if (restore != null) {
      config.set(StateRecoveryOptions.SAVEPOINT_PATH, restore.toUri().toString());
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
    env.setParallelism(1);
    env.enableCheckpointing(200);
    env.fromSequence(0, 200_000)
        .uid(StateVersion.uid("numbers", layout))
        .keyBy(n -> n % 7, Types.LONG)
        .map(new Counting(sleepMillis))
        .returns(Types.LONG)
        .uid(StateVersion.uid("counting", layout))
        .sinkTo(new DiscardingSink<>());
    return env;
  }

  private static Path awaitCheckpoint(Path checkpoints, Duration limit) throws Exception {
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end) {
      Optional<Path> done = completed(checkpoints);
      if (done.isPresent()) {
        return done.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no checkpoint completed in " + limit + " under " + checkpoints);
  }

  /** The newest completed checkpoint ({@code chk-N} holding its {@code _metadata}). */
  private static Optional<Path> completed(Path checkpoints) throws IOException {
    if (!Files.isDirectory(checkpoints)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.walk(checkpoints)) {
      return files
          .filter(p -> p.getFileName().toString().equals("_metadata"))
          .map(Path::getParent)
          .max(
              java.util.Comparator.comparingLong(
                  p -> Long.parseLong(p.getFileName().toString().replace("chk-", ""))));
    }
  }

  private static String messages(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      b.append(t.getMessage()).append('\n');
    }
    return b.toString();
  }

  /** Counts per key in keyed state, slowly when asked, so that checkpoints complete meanwhile. */
  static final class Counting extends RichMapFunction<Long, Long> {
    private static final long serialVersionUID = 1L;
    private final int sleepMillis;
    private transient ValueState<Long> count;

    Counting(int sleepMillis) {
      this.sleepMillis = sleepMillis;
    }

    @Override
    public void open(OpenContext context) {
      count = getRuntimeContext().getState(new ValueStateDescriptor<>("count", Types.LONG));
    }

    @Override
    public Long map(Long n) throws Exception {
      if (sleepMillis > 0) {
        Thread.sleep(sleepMillis);
      }
      long c = count.value() == null ? 1 : count.value() + 1;
      count.update(c);
      return c;
    }
  }
}
