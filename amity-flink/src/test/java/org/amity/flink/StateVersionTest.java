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
    JobClient first = job(checkpoints, "s33", null).executeAsync("layout s33");
    awaitCheckpoint(checkpoints, Duration.ofSeconds(60));
    first.cancel().get();
    while (!first.getJobStatus().get().isGloballyTerminalState()) {
      Thread.sleep(50); // a checkpoint may still complete, and subsume the last, until it ends
    }
    Path checkpoint = awaitCheckpoint(checkpoints, Duration.ofSeconds(10));

    job(dir.resolve("again"), "s33", checkpoint).execute("the same layout, restored");

    assertThatThrownBy(
            () -> job(dir.resolve("other"), "s34", checkpoint).execute("another layout, restored"))
        .satisfies(
            e ->
                assertThat(messages(e))
                    .as("Flink says it cannot map the checkpoint's state")
                    .containsPattern("(?i)cannot map .*state"));
  }

  /** A slow counting job with keyed state in an operator whose id names {@code layout}. */
  private static StreamExecutionEnvironment job(Path checkpoints, String layout, Path restore) {
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
    env.fromSequence(0, 1_500)
        .uid(StateVersion.uid("numbers", layout))
        .keyBy(n -> n % 7, Types.LONG)
        .map(new Counting())
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

  /** Counts per key in keyed state, slowly, so that checkpoints complete while numbers flow. */
  static final class Counting extends RichMapFunction<Long, Long> {
    private static final long serialVersionUID = 1L;
    private transient ValueState<Long> count;

    @Override
    public void open(OpenContext context) {
      count = getRuntimeContext().getState(new ValueStateDescriptor<>("count", Types.LONG));
    }

    @Override
    public Long map(Long n) throws Exception {
      Thread.sleep(2);
      long c = count.value() == null ? 1 : count.value() + 1;
      count.update(c);
      return c;
    }
  }
}
