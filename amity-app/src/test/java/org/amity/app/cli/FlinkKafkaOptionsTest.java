package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code amity flink run} with a Kafka topic: the options reach the job's command line, the input
 * folder becomes optional, and incomplete Kafka options are bad usage.
 */
class FlinkKafkaOptionsTest {
  @TempDir Path dir;

  @Test
  void theKafkaOptionsReachTheJobAndTheFolderIsNotNeeded() {
    FlinkCommand.Run run = new FlinkCommand.Run();
    new picocli.CommandLine(run)
        .parseArgs(
            "--out",
            dir.resolve("o").toString(),
            "--kafka-bootstrap",
            "localhost:9092",
            "--kafka-topic",
            "gdelt",
            "--kafka-group",
            "centre",
            "--kafka-from",
            "committed");
    String command = String.join(" ", run.command(dir.resolve("job.jar"), null));
    assertThat(command)
        .contains("--kafka-bootstrap localhost:9092 --kafka-topic gdelt")
        .contains("--kafka-group centre --kafka-from committed")
        .doesNotContain("--input");

    FlinkCommand.Run both = new FlinkCommand.Run();
    new picocli.CommandLine(both)
        .parseArgs(
            "--input",
            dir.toString(),
            "--out",
            dir.resolve("o").toString(),
            "--kafka-bootstrap",
            "localhost:9092",
            "--kafka-topic",
            "gdelt");
    assertThat(String.join(" ", both.command(dir.resolve("job.jar"), null)))
        .contains("--input " + dir.toAbsolutePath())
        .contains("--kafka-topic gdelt")
        .doesNotContain("--kafka-group")
        .doesNotContain("--kafka-from");
  }

  @Test
  void aTopicWithoutBrokersOrNoSourceAtAllIsBadUsage() {
    String out = dir.resolve("o").toString();
    Cli.Run topicOnly = Cli.run("flink", "run", "--out", out, "--kafka-topic", "gdelt");
    assertThat(topicOnly.exit()).isEqualTo(2);
    assertThat(topicOnly.err()).contains("--kafka-bootstrap and --kafka-topic go together");

    Cli.Run none = Cli.run("flink", "run", "--out", out);
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("give --input DIR, or --kafka-bootstrap and --kafka-topic");

    Cli.Run groupOnly =
        Cli.run("flink", "run", "--input", dir.toString(), "--out", out, "--kafka-group", "g");
    assertThat(groupOnly.exit()).isEqualTo(2);
    assertThat(groupOnly.err()).contains("need --kafka-topic");

    Cli.Run badFrom =
        Cli.run(
            "flink",
            "run",
            "--out",
            out,
            "--kafka-bootstrap",
            "h:1",
            "--kafka-topic",
            "t",
            "--kafka-from",
            "latest");
    assertThat(badFrom.exit()).isEqualTo(2);
    assertThat(badFrom.err()).contains("--kafka-from");
  }
}
