package org.amity.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amity.flink.signal.SignalJob;
import org.amity.signal.daily.IndicatorDay;
import org.amity.simulate.GdeltProfile;
import org.amity.simulate.ScenarioSimulator;
import org.amity.simulate.SimulationSettings;
import org.amity.store.duckdb.IndicatorTwins;
import org.amity.store.duckdb.ParquetOutputs;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kafka source against a real broker: an in-process KRaft broker (Kafka's own test kit, on
 * ports it picks) holds every line of a folder of export files (the shared real GDELT 2.0 file with
 * one damaged line put in, and 60 simulated days, so that alerts are raised), each record keyed by
 * its file with its line number in a header, spread over two partitions, plus one damaged record
 * with neither. A bounded job over the topic writes what the bounded job over the folder writes:
 * the same events (file and line included), indicator days, alerts and evidence, the same rejects,
 * and the record without a file rejected at its partition and offset.
 */
class KafkaSourceIT {
  private static final String TOPIC = "gdelt-lines";
  private static final int DAYS = 60;

  @TempDir Path dir;

  @Test
  void aTopicOfExportLinesGivesWhatTheFilesGive() throws Exception {
    long t0 = System.nanoTime();
    Path in = inputs();
    long t1 = System.nanoTime();
    Path fromFiles = dir.resolve("out-files");
    ObjectNode files = AmityFlinkJob.run(JobFolders.options(in, fromFiles, 1), new SignalJob());
    assertThat(files.get("status").asText()).isEqualTo("finished");

    long t2 = System.nanoTime();
    long t3;
    long t4;
    Path fromKafka = dir.resolve("out-kafka");
    try (KafkaBroker kafka = KafkaBroker.start(dir.resolve("kafka"))) {
      String bootstrap = kafka.bootstrap();
      t3 = System.nanoTime();
      kafka.createTopic(TOPIC, 2);
      kafka.publish(TOPIC, "this line is damaged\tand has too few columns", in);
      t4 = System.nanoTime();
      ObjectNode topic =
          AmityFlinkJob.run(
              JobOptions.parse(
                  "--out",
                  fromKafka.toString(),
                  "--parallelism",
                  "1",
                  "--checkpoint-interval",
                  "1",
                  "--kafka-bootstrap",
                  bootstrap,
                  "--kafka-topic",
                  TOPIC),
              new SignalJob());
      assertThat(topic.get("status").asText()).isEqualTo("finished");
      assertThat(topic.get("kafka").get("topic").asText()).isEqualTo(TOPIC);
    }
    long t5 = System.nanoTime();
    System.err.printf(
        "KafkaSourceIT: %d events, %d alerts; inputs %.1f s, file run %.1f s, broker start %.1f"
            + " s, publish %.1f s, Kafka run %.1f s%n",
        ParquetOutputs.rows(fromKafka.resolve("events")),
        ParquetOutputs.rows(fromKafka.resolve("alerts")),
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        (t3 - t2) / 1e9,
        (t4 - t3) / 1e9,
        (t5 - t4) / 1e9);

    assertThat(ParquetOutputs.rows(fromFiles.resolve("events"))).isGreaterThan(10_000);
    for (String table : List.of("events", "alerts", "alert_evidence")) {
      assertThat(ParquetOutputs.rows(fromKafka.resolve(table)))
          .as(table + " rows")
          .isEqualTo(ParquetOutputs.rows(fromFiles.resolve(table)));
      assertThat(
              ParquetOutputs.folderDifferences(
                  fromFiles.resolve(table), fromKafka.resolve(table), table, List.of()))
          .as(table + " rows differing between the Kafka run and the file run")
          .isZero();
    }
    assertThat(ParquetOutputs.rows(fromFiles.resolve("alerts"))).as("alerts").isPositive();
    List<IndicatorDay> days = IndicatorTwins.parquetDays(fromFiles.resolve("indicator_days"));
    assertThat(days).hasSizeGreaterThan(1000);
    IndicatorTwins.assertSameRows(
        days, IndicatorTwins.parquetDays(fromKafka.resolve("indicator_days")));

    List<String> where = List.of("file_name", "line", "reason");
    List<String> fileRejects =
        ParquetOutputs.rowsOf(fromFiles.resolve("rejects"), where, "file_name, line");
    assertThat(fileRejects).hasSize(1);
    assertThat(fileRejects.get(0)).contains(GDELT2_COPY + "|" + DAMAGED_LINE + "|");
    List<String> expected = new ArrayList<>(fileRejects);
    expected.add( // "kafka:" sorts after the file's absolute path
        "kafka:"
            + TOPIC
            + "/0|0|not a GDELT or ICEWS line: 2 tab-separated columns (GDELT 1.0 has 57 or 58,"
            + " GDELT 2.0 61, ICEWS 20)");
    assertThat(ParquetOutputs.rowsOf(fromKafka.resolve("rejects"), where, "file_name, line"))
        .isEqualTo(expected);
  }

  private static final String GDELT2_COPY = "20161013151500.export.CSV";
  private static final int DAMAGED_LINE = 1000;

  /**
   * The real GDELT 2.0 file with its line 1000 replaced by a copy whose date is no date (61
   * columns, so the file and the line alone are both read as GDELT 2.0), and 60 simulated days.
   */
  private Path inputs() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    List<String> lines =
        new ArrayList<>(
            Files.readAllLines(TestData.file(JobFolders.GDELT2), StandardCharsets.UTF_8));
    String[] columns = lines.get(DAMAGED_LINE - 1).split("\t", -1);
    columns[1] = "2016-13-45";
    lines.set(DAMAGED_LINE - 1, String.join("\t", columns));
    Files.write(in.resolve(GDELT2_COPY), lines, StandardCharsets.UTF_8);
    Path sim = Files.createDirectories(dir.resolve("sim"));
    SimulationSettings settings =
        SimulationSettings.of(DAYS, 3, LocalDate.of(2025, 3, 1), 150, null, null);
    new ScenarioSimulator(GdeltProfile.standard(), settings).writeTo(sim, false);
    try (var list = Files.list(sim)) {
      for (Path f : list.filter(f -> f.toString().endsWith(".CSV")).toList()) {
        Files.copy(f, in.resolve(f.getFileName()));
      }
    }
    return in;
  }
}
