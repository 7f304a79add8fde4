package org.amity.flink.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.amity.event.Event;
import org.amity.ingest.LineParser;
import org.amity.ingest.Reject;
import org.amity.ingest.RowException;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.header.Header;

/**
 * A Kafka record as the job reads it: its value is one line of a GDELT or ICEWS export file (UTF-8,
 * without or with its line break), parsed by the core's {@link LineParser} with the parsers and
 * checks of a file's lines, its layout recognised from the line (ICEWS lines with the job's
 * office-holder list, as a file's).
 *
 * <p>Where the line came from: when the record's key holds the file's name and its header {@value
 * #LINE_HEADER} the line's number in that file (decimal), events and rejects carry that file and
 * line, as a file read by the job would give them; otherwise the record's own place, file {@code
 * kafka:TOPIC/PARTITION} and line the record's offset. A reject's {@code sha256} is that of the
 * record's value (there is no file content to hash).
 *
 * <p>Event time ({@link #timestamp}): the publication time the line carries (GDELT's DATEADDED), as
 * for a file; else the record's Kafka timestamp.
 */
public final class KafkaLines implements KafkaRecordDeserializationSchema<ParsedLine> {
  private static final long serialVersionUID = 1L;

  /** The record header with the line's number in the file its key names. */
  public static final String LINE_HEADER = "amity.line";

  private final String officeHolders;
  private transient LineParser parser;

  /** Lines read with no office-holder list (ICEWS persons keep the sectors the rows give). */
  public KafkaLines() {
    this(null);
  }

  /**
   * Lines whose ICEWS rows give named persons the state role they held that day from the list at
   * {@code officeHolders} (null for none), as a file read by the job.
   */
  public KafkaLines(String officeHolders) {
    this.officeHolders = officeHolders;
  }

  /**
   * The job's Kafka source: {@code options.topic()} from the start {@code options.from()} names,
   * offsets kept in the job's checkpoints (a restore resumes from them, whatever the group has
   * committed) and committed to the group at each completed checkpoint; one split, and so one
   * watermark, per partition. Bounded unless {@code continuous}: a backfill stops at the offsets
   * that were the newest when the job started.
   */
  public static KafkaSource<ParsedLine> source(
      KafkaOptions options, boolean continuous, String officeHolders) {
    KafkaSourceBuilder<ParsedLine> b =
        KafkaSource.<ParsedLine>builder()
            .setBootstrapServers(options.bootstrap())
            .setTopics(options.topic())
            .setGroupId(options.group())
            .setStartingOffsets(
                options.from().equals("committed")
                    ? OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST)
                    : OffsetsInitializer.earliest())
            .setDeserializer(new KafkaLines(officeHolders));
    if (continuous) {
      // new partitions of the topic are picked up within a minute
      b.setProperty("partition.discovery.interval.ms", "60000");
    } else {
      b.setBounded(OffsetsInitializer.latest());
    }
    return b.build();
  }

  @Override
  public void open(DeserializationSchema.InitializationContext context) throws IOException {
    parser = new LineParser(OfficeHolderLists.get(officeHolders));
  }

  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<ParsedLine> out) {
    if (parser == null) {
      try {
        parser = new LineParser(OfficeHolderLists.get(officeHolders));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Place place = place(record);
    String file = place.file();
    long line = place.line();
    int ingestId = FileIds.of(file);
    byte[] v = record.value() == null ? new byte[0] : record.value();
    int to = v.length;
    if (to > 0 && v[to - 1] == '\n') {
      to--;
    }
    try {
      Event e = parser.parse(v, 0, to, line);
      if (e != null) {
        out.collect(ParsedLine.event(e, ingestId, line));
      }
    } catch (RowException ex) {
      out.collect(ParsedLine.reject(new Reject(file, line, ex.reason()), ingestId, sha256(v)));
    }
  }

  /**
   * The event time of a record: the line's publication time when it has one, else {@code
   * recordTimestamp} (Kafka's); rejects carry none.
   */
  public static long timestamp(ParsedLine line, long recordTimestamp) {
    if (line.isEvent() && line.event().dateAdded() == null && recordTimestamp >= 0) {
      return recordTimestamp;
    }
    return line.timestamp();
  }

  @Override
  public TypeInformation<ParsedLine> getProducedType() {
    return Serializers.PARSED_LINE;
  }

  /** Where a record's line came from: a file and line, or the record's partition and offset. */
  private record Place(String file, long line) {}

  /**
   * The file the key names and the line the header gives when the record has both (and the line is
   * a number), else the record's partition and offset.
   */
  private static Place place(ConsumerRecord<byte[], byte[]> record) {
    Header h = record.headers().lastHeader(LINE_HEADER);
    if (record.key() != null && record.key().length > 0 && h != null && h.value() != null) {
      try {
        long line = Long.parseLong(new String(h.value(), StandardCharsets.US_ASCII).strip());
        return new Place(new String(record.key(), StandardCharsets.UTF_8), line);
      } catch (NumberFormatException e) {
        // no line number: the record's own place below, so the line can still be found
      }
    }
    return new Place("kafka:" + record.topic() + "/" + record.partition(), record.offset());
  }

  private static String sha256(byte[] value) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JVM", e);
    }
  }
}
