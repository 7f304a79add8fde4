package org.amity.flink.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amity.flink.JobOptions;
import org.amity.testing.GdeltLines;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/**
 * A Kafka record's line becomes an event or a reject with its location (the file and line the
 * record names, else its partition and offset), and its event time follows the publication-time
 * rule with the record's timestamp standing in.
 */
class KafkaLinesTest {
  private static final long RECORD_TIME = 1_700_000_000_000L;

  /** An ICEWS row (no publication time of its own), as IcewsRowParserTest has it. */
  private static final String ICEWS =
      "101\t2014-05-20\tMilitary (Thailand)\tMilitary,Government\tThailand\tImpose state of"
          + " emergency\t1724\t-8\tProtester (Thailand)\tProtestors / Popular Opposition /"
          + " Mobs\tThailand\t555\t1\tBangkok Post\tBangkok\tNA\tKrung Thep\tThailand\t13.75\t100.5";

  @Test
  void aRecordNamingItsFileAndLineGivesTheEventOfThatFileAndLine() {
    ParsedLine p =
        only(record("/data/20161013151500.export.CSV", "12", GdeltLines.v2() + "\n", 7, 40));
    assertThat(p.isEvent()).isTrue();
    assertThat(p.ingestId()).isEqualTo(FileIds.of("/data/20161013151500.export.CSV"));
    assertThat(p.line()).isEqualTo(12);
    assertThat(p.event().dataset()).isEqualTo("gdelt");
    assertThat(KafkaLines.timestamp(p, RECORD_TIME))
        .as("a GDELT 2.0 line's own publication time, not the record's")
        .isEqualTo(EventTime.of(p.event()))
        .isNotEqualTo(RECORD_TIME);
  }

  @Test
  void aDamagedRecordWithoutAFileIsRejectedAtItsPartitionAndOffset() {
    ParsedLine p = only(record(null, null, "this line is damaged\tand has too few columns", 3, 41));
    assertThat(p.isEvent()).isFalse();
    assertThat(p.reject().file()).isEqualTo("kafka:lines/3");
    assertThat(p.reject().line()).isEqualTo(41);
    assertThat(p.reject().reason()).startsWith("not a GDELT or ICEWS line: 2 tab-separated");
    assertThat(p.sha256()).hasSize(64);
    assertThat(KafkaLines.timestamp(p, RECORD_TIME)).as("rejects carry no time").isNegative();

    ParsedLine noNumber = only(record("/data/x.CSV", "twelve", "damaged", 0, 5));
    assertThat(noNumber.reject().file()).isEqualTo("kafka:lines/0");
    assertThat(noNumber.reject().line()).isEqualTo(5);
  }

  @Test
  void aLineWithoutPublicationTimeTakesTheRecordsTimestamp() {
    ParsedLine p = only(record("/data/icews.tab", "2", ICEWS, 0, 0));
    assertThat(p.event().dataset()).isEqualTo("icews");
    assertThat(KafkaLines.timestamp(p, RECORD_TIME)).isEqualTo(RECORD_TIME);
  }

  @Test
  void anIcewsHeaderRecordGivesNothing() {
    List<ParsedLine> out = new ArrayList<>();
    new KafkaLines()
        .deserialize(
            record("/data/icews.tab", "1", "Event ID\tEvent Date\tSource Name", 0, 0),
            collector(out));
    assertThat(out).isEmpty();
  }

  @Test
  void theJobTakesATopicInsteadOfAFolder() {
    JobOptions o =
        JobOptions.parse(
            "--out", "/tmp/o", "--kafka-bootstrap", "localhost:9092", "--kafka-topic", "gdelt");
    assertThat(o.input()).isNull();
    assertThat(o.kafka())
        .isEqualTo(new KafkaOptions("localhost:9092", "gdelt", "amity", "earliest"));
    assertThatThrownBy(
            () -> JobOptions.parse("--out", "/tmp/o", "--kafka-topic", "gdelt", "--input", "/tmp"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--kafka-bootstrap and --kafka-topic go together");
    assertThatThrownBy(() -> JobOptions.parse("--out", "/tmp/o"))
        .hasMessageContaining("--input or --kafka-bootstrap");
    assertThatThrownBy(
            () -> JobOptions.parse("--out", "/tmp/o", "--input", "/tmp", "--kafka-group", "g"))
        .hasMessageContaining("need --kafka-topic");
  }

  private static ParsedLine only(ConsumerRecord<byte[], byte[]> r) {
    List<ParsedLine> out = new ArrayList<>();
    new KafkaLines().deserialize(r, collector(out));
    assertThat(out).hasSize(1);
    return out.get(0);
  }

  private static ConsumerRecord<byte[], byte[]> record(
      String file, String line, String value, int partition, long offset) {
    RecordHeaders headers = new RecordHeaders();
    if (line != null) {
      headers.add(KafkaLines.LINE_HEADER, line.getBytes(StandardCharsets.US_ASCII));
    }
    return new ConsumerRecord<>(
        "lines",
        partition,
        offset,
        RECORD_TIME,
        TimestampType.CREATE_TIME,
        0,
        value.length(),
        file == null ? null : file.getBytes(StandardCharsets.UTF_8),
        value.getBytes(StandardCharsets.UTF_8),
        headers,
        Optional.empty());
  }

  private static Collector<ParsedLine> collector(List<ParsedLine> out) {
    return new Collector<>() {
      @Override
      public void collect(ParsedLine record) {
        out.add(record);
      }

      @Override
      public void close() {}
    };
  }
}
