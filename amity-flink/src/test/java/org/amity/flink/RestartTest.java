package org.amity.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.amity.event.Event;
import org.amity.flink.source.Serializers;
import org.amity.store.duckdb.ParquetOutputs;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A job that fails mid-run restarts from its last checkpoint and still stores every event once: the
 * files are re-read from the checkpointed positions, the de-duplication state comes back, and the
 * sink commits only what completed checkpoints cover; with the state on the heap and in RocksDB
 * (incremental checkpoints).
 */
class RestartTest {
  static final AtomicBoolean FAILED = new AtomicBoolean();
  static final AtomicInteger HIGHEST_ATTEMPT = new AtomicInteger();
  static final AtomicLong AFTER_RESTART = new AtomicLong();
  static final AtomicLong PROBES = new AtomicLong();
  static final AtomicLong COPIES = new AtomicLong();

  @TempDir Path dir;

  @ParameterizedTest(name = "state backend {0}")
  @ValueSource(strings = {"hashmap", "rocksdb"})
  void aRestartFromACheckpointNeitherLosesNorDuplicatesEvents(String backend) throws Exception {
    FAILED.set(false);
    HIGHEST_ATTEMPT.set(0);
    AFTER_RESTART.set(0);
    PROBES.set(0);
    COPIES.set(0);
    Path in = JobFolders.backfill(dir);
    Path out = dir.resolve("out");
    AmityFlinkJob.run(
        JobFolders.options(in, out, 2, "--state-backend", backend), new FailingOnce());

    assertRestartedOnceAndStoredEveryEventOnce(out);
    assertThat(PROBES.get()).isPositive();
    if (backend.equals("rocksdb")) {
      assertThat(COPIES.get()).as("RocksDB hands back a deserialized copy").isEqualTo(PROBES.get());
    } else {
      assertThat(COPIES.get()).as("the heap backend hands back the object itself").isZero();
    }
  }

  /**
   * The job of {@link JobFolders#backfill} (3,566 + 100 rows, five repeated, one damaged line)
   * failed once on purpose, resumed from a checkpoint rather than from the start, and its output
   * holds every event once and the one reject.
   */
  static void assertRestartedOnceAndStoredEveryEventOnce(Path out) throws java.sql.SQLException {
    assertThat(FAILED).as("the job failed once on purpose").isTrue();
    assertThat(HIGHEST_ATTEMPT.get()).as("and ran again").isGreaterThan(0);
    assertThat(AFTER_RESTART.get())
        .as("the restart resumed from a checkpoint, not from the start")
        .isLessThan(3_666);
    assertThat(ParquetOutputs.rows(out.resolve("events"))).isEqualTo(3_666);
    assertThat(ParquetOutputs.distinct(out.resolve("events"), "dataset, native_id"))
        .isEqualTo(3_666);
    assertThat(ParquetOutputs.rows(out.resolve("rejects"))).isEqualTo(1);
  }

  /** Signal stages that fail the job once, right after a checkpoint that covered some events. */
  static final class FailingOnce implements SignalStages {
    @Override
    public List<TableStream<?>> attach(DataStream<Event> events, JobOptions options) {
      events
          .keyBy(Event::nativeId, Types.STRING)
          .map(new StateProbe())
          .returns(Serializers.EVENT)
          .map(new FailAfterCheckpoint())
          .returns(Serializers.EVENT)
          .sinkTo(new DiscardingSink<>());
      return List.of();
    }
  }

  /**
   * Tells which backend holds keyed state: the heap one returns the very object stored, RocksDB a
   * copy read back from its bytes.
   */
  static final class StateProbe extends RichMapFunction<Event, Event> {
    private static final long serialVersionUID = 1L;
    private transient ValueState<String> last;

    @Override
    public void open(OpenContext context) {
      last = getRuntimeContext().getState(new ValueStateDescriptor<>("last", Types.STRING));
    }

    @Override
    public Event map(Event e) throws Exception {
      String stored = new String(e.nativeId());
      last.update(stored);
      PROBES.incrementAndGet();
      if (last.value() != stored) {
        COPIES.incrementAndGet();
      }
      return e;
    }
  }

  static final class FailAfterCheckpoint extends RichMapFunction<Event, Event>
      implements CheckpointedFunction, CheckpointListener {
    private static final long serialVersionUID = 1L;
    private transient long seen;
    private transient long seenAtBarrier;
    private transient int attempt;

    @Override
    public void open(OpenContext context) {
      attempt = getRuntimeContext().getTaskInfo().getAttemptNumber();
      HIGHEST_ATTEMPT.accumulateAndGet(attempt, Math::max);
    }

    @Override
    public Event map(Event e) throws Exception {
      seen++;
      if (attempt > 0) {
        AFTER_RESTART.incrementAndGet();
      }
      Thread.sleep(2); // slow, so that checkpoints usually complete while events still flow
      return e;
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) {
      seenAtBarrier = seen;
    }

    @Override
    public void initializeState(FunctionInitializationContext context) {}

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
      // Fails as soon as a completed checkpoint covers events here, not at the next event: the
      // barrier may queue behind every event still in flight, and a bounded job always takes a
      // final checkpoint, so this runs in every run however fast the files are read. A listener
      // that throws fails the task, and the job restarts from that checkpoint.
      if (seenAtBarrier > 0 && FAILED.compareAndSet(false, true)) {
        throw new IllegalStateException(
            "failing once on purpose after checkpoint "
                + checkpointId
                + " covered "
                + seenAtBarrier);
      }
    }
  }
}
