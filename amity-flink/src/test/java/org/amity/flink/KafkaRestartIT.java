package org.amity.flink;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Kafka job that fails mid-run restarts from its last checkpoint and still stores every event
 * once: the partitions are read again from the checkpointed offsets (not from the group's), the
 * de-duplication state comes back, and the sink commits only what completed checkpoints cover. The
 * same folder and failure as {@link RestartTest}, fed through a two-partition topic read by two
 * readers.
 */
class KafkaRestartIT {
  private static final String TOPIC = "restart-lines";

  @TempDir Path dir;

  @Test
  void aRestartFromACheckpointNeitherLosesNorRepeatsARecord() throws Exception {
    RestartTest.FAILED.set(false);
    RestartTest.HIGHEST_ATTEMPT.set(0);
    RestartTest.AFTER_RESTART.set(0);
    Path in = JobFolders.backfill(dir);
    Path out = dir.resolve("out");
    try (KafkaBroker kafka = KafkaBroker.start(dir.resolve("kafka"))) {
      kafka.createTopic(TOPIC, 2);
      kafka.publish(TOPIC, null, in);
      AmityFlinkJob.run(
          JobOptions.parse(
              "--out",
              out.toString(),
              "--parallelism",
              "2",
              "--checkpoint-interval",
              "1",
              "--kafka-bootstrap",
              kafka.bootstrap(),
              "--kafka-topic",
              TOPIC),
          new RestartTest.FailingOnce());
    }

    RestartTest.assertRestartedOnceAndStoredEveryEventOnce(out);
  }
}
