package org.amity.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.amity.event.Event;
import org.amity.flink.dedup.FirstSeen;
import org.amity.flink.sink.ParquetSink;
import org.amity.flink.source.ExportFileFormat;
import org.amity.flink.source.InOrderSplitAssigner;
import org.amity.flink.source.KafkaLines;
import org.amity.flink.source.ParsedLine;
import org.amity.flink.source.PublishedTimeWatermarks;
import org.amity.flink.source.Serializers;
import org.amity.flink.tables.EventsTable;
import org.amity.flink.tables.RejectsTable;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * The job's data flow: files, parsed lines (rejects to a side output), first of each (dataset,
 * native id), the signal stages, and a Parquet sink per table.
 */
public final class AmityPipeline {
  /** How far behind the newest publication time a file's events may come (per split). */
  static final Duration OUT_OF_ORDER = Duration.ofHours(1);

  /** The tables the job writes, in the order of the contract. */
  public static final List<String> TABLES =
      List.of("events", "rejects", "indicator_days", "alerts", "alert_evidence");

  private AmityPipeline() {}

  /**
   * Adds the job to {@code env}.
   *
   * @return the names of the tables that receive a stream (the others stay empty)
   */
  public static List<String> build(
      StreamExecutionEnvironment env, JobOptions options, SignalStages stages) {
    SingleOutputStreamOperator<ParsedLine> lines =
        parsedLines(env, options)
            .process(new SplitRejects())
            .returns(Serializers.PARSED_LINE)
            .name("rejects aside")
            .uid(StateVersion.uid("split-rejects"));
    if (options.until().equals("parse")) {
      lines.sinkTo(new DiscardingSink<>()).name("discard events");
      lines.getSideOutput(SplitRejects.REJECTS).sinkTo(new DiscardingSink<>()).name("discard");
      return List.of();
    }
    DataStream<ParsedLine> stored =
        lines
            .keyBy(FirstSeen::keyOf, Types.LONG)
            .process(new FirstSeen())
            .returns(Serializers.PARSED_LINE)
            .name("first of each (dataset, native id)")
            .uid(StateVersion.uid("first-seen"));
    if (options.until().equals("dedup")) {
      stored.sinkTo(new DiscardingSink<>()).name("discard events");
      lines.getSideOutput(SplitRejects.REJECTS).sinkTo(new DiscardingSink<>()).name("discard");
      return List.of();
    }
    List<String> written = new ArrayList<>(List.of("events", "rejects"));
    stored
        .sinkTo(new ParquetSink<>(new EventsTable(), options.out()))
        .name("events to Parquet")
        .uid(StateVersion.uid("events-sink"));
    lines
        .getSideOutput(SplitRejects.REJECTS)
        .sinkTo(new ParquetSink<>(new RejectsTable(), options.out()))
        .name("rejects to Parquet")
        .uid(StateVersion.uid("rejects-sink"));
    if (options.until().equals("sink")) {
      return written;
    }
    DataStream<Event> events =
        stored.map(ParsedLine::event).returns(Serializers.EVENT).name("events");
    for (TableStream<?> t : stages.attach(events, stored, options)) {
      sink(t, options.out());
      written.add(t.table().name());
    }
    return written;
  }

  /**
   * Every source's parsed lines: the export files of {@code --input}, the lines of the Kafka topic,
   * or both in one stream; each source keeps its own watermark per split (file or partition).
   */
  private static DataStream<ParsedLine> parsedLines(
      StreamExecutionEnvironment env, JobOptions options) {
    DataStream<ParsedLine> files = null;
    if (options.input() != null) {
      var builder =
          FileSource.forBulkFileFormat(
                  new ExportFileFormat(options.officeHolders()), new Path(options.input()))
              .setSplitAssigner(InOrderSplitAssigner::new);
      if (options.continuous()) {
        builder.monitorContinuously(options.monitorInterval());
      }
      files =
          env.fromSource(builder.build(), watermarks(), "export files", Serializers.PARSED_LINE)
              .uid(StateVersion.uid("export-files"));
    }
    if (options.kafka() == null) {
      return files;
    }
    DataStream<ParsedLine> kafka =
        env.fromSource(
                KafkaLines.source(options.kafka(), options.continuous(), options.officeHolders()),
                kafkaWatermarks(),
                "kafka " + options.kafka().topic(),
                Serializers.PARSED_LINE)
            .uid(StateVersion.uid("kafka-lines"));
    return files == null ? kafka : files.union(kafka);
  }

  /**
   * The clock of a Kafka partition: the same bound behind the newest publication time as a file's,
   * the record's Kafka timestamp standing in for lines that carry none ({@link
   * KafkaLines#timestamp}).
   */
  public static WatermarkStrategy<ParsedLine> kafkaWatermarks() {
    return PublishedTimeWatermarks.strategy(OUT_OF_ORDER, KafkaLines::timestamp);
  }

  /**
   * The job's event-time clock per file: publication time, {@link #OUT_OF_ORDER} behind, handed on
   * as soon as it rises (see {@link PublishedTimeWatermarks} for why not only at the periodic
   * tick).
   */
  public static WatermarkStrategy<ParsedLine> watermarks() {
    return PublishedTimeWatermarks.strategy(OUT_OF_ORDER);
  }

  private static <T> void sink(TableStream<T> t, String out) {
    t.stream()
        .sinkTo(new ParquetSink<>(t.table(), out))
        .name(t.table().name() + " to Parquet")
        .uid(StateVersion.uid(t.table().name() + "-sink"));
  }
}
