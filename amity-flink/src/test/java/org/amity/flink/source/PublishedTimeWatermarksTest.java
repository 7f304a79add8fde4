package org.amity.flink.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.amity.event.Event;
import org.amity.flink.AmityPipeline;
import org.amity.flink.testing.PlaceholderEvents;
import org.apache.flink.api.common.eventtime.TimestampAssigner;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkGeneratorSupplier;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkOutputMultiplexer;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.apache.flink.util.clock.RelativeClock;
import org.apache.flink.util.clock.SystemClock;
import org.junit.jupiter.api.Test;

/**
 * The source's clock, wired as Flink's source operator wires it in streaming mode: one watermark
 * generator per split, its on-record watermarks to the split's immediate output, its periodic ones
 * to a deferred output that only the periodic tick combines, and the split's output dropped when
 * the split is finished. A landing folder's files are read whole between two ticks here, as a small
 * file is on an idle machine: the job's clock must still reach the last file's time.
 */
class PublishedTimeWatermarksTest {
  private static final Duration BOUND = Duration.ofHours(1); // AmityPipeline.OUT_OF_ORDER
  private static final LocalDate FIRST = LocalDate.of(2025, 3, 1);

  @Test
  void movesTheClockForFilesReadWholeBetweenTwoTicks() {
    List<Long> clock = readBetweenTicks(AmityPipeline.watermarks(), 10);

    long lastPublished = published(FIRST.plusDays(9), 23, 45);
    assertThat(clock).isNotEmpty().isSorted();
    assertThat(clock.get(clock.size() - 1)).isEqualTo(lastPublished - BOUND.toMillis() - 1);
  }

  @Test
  void emitsOnlyWhenTheClockRises() {
    List<Long> clock = readBetweenTicks(PublishedTimeWatermarks.strategy(BOUND), 3);

    assertThat(clock).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(3 * 96);
  }

  @Test
  void holdsTheClockAnHourBehindTheNewestReport() {
    var generator = new PublishedTimeWatermarks(BOUND);
    List<Long> out = new ArrayList<>();
    WatermarkOutput output = collecting(out);
    long noon = published(FIRST, 12, 0);
    generator.onEvent(null, noon, output);
    generator.onEvent(null, noon - 7_200_000, output); // an older report does not move it back
    generator.onPeriodicEmit(output);

    assertThat(out).containsExactly(noon - BOUND.toMillis() - 1);
  }

  /**
   * The cause of the stalled continuous job, kept as evidence: Flink's bounded-out-of-orderness
   * generator hands its watermark on only at the tick, so files finished between two ticks leave
   * the clock where it was. Should an upgrade of Flink change that, this test says so.
   */
  @Test
  void flinksPeriodicGeneratorLosesFilesReadWholeBetweenTwoTicks() {
    WatermarkStrategy<ParsedLine> stock =
        WatermarkStrategy.<ParsedLine>forBoundedOutOfOrderness(BOUND)
            .withTimestampAssigner((line, previous) -> line.timestamp());

    assertThat(readBetweenTicks(stock, 10)).isEmpty();
  }

  /**
   * Reads {@code files} daily files, each a split read whole and finished before the next periodic
   * tick, then lets one tick come; returns the watermarks the source handed on.
   */
  private static List<Long> readBetweenTicks(WatermarkStrategy<ParsedLine> strategy, int files) {
    List<Long> emitted = new ArrayList<>();
    WatermarkOutputMultiplexer splits = new WatermarkOutputMultiplexer(collecting(emitted));
    TimestampAssigner<ParsedLine> assigner = strategy.createTimestampAssigner(null);
    for (int f = 0; f < files; f++) {
      String split = Integer.toString(f);
      splits.registerNewOutput(split);
      WatermarkOutput onRecord = splits.getImmediateOutput(split);
      WatermarkGenerator<ParsedLine> generator = strategy.createWatermarkGenerator(CONTEXT);
      for (ParsedLine line : day(FIRST.plusDays(f))) {
        generator.onEvent(line, assigner.extractTimestamp(line, Long.MIN_VALUE), onRecord);
      }
      splits.unregisterOutput(split); // the split is finished before the tick
    }
    splits.onPeriodicEmit();
    return emitted;
  }

  /** A day's reports, published every 15 minutes, each with a few reports dated a week back. */
  private static List<ParsedLine> day(LocalDate day) {
    List<ParsedLine> lines = new ArrayList<>();
    for (int quarter = 0; quarter < 96; quarter++) {
      LocalDateTime at = day.atTime(quarter / 4, quarter % 4 * 15);
      lines.add(ParsedLine.event(event(day, at), 1, lines.size() + 1));
      lines.add(ParsedLine.event(event(day.minusDays(7), at), 1, lines.size() + 1));
    }
    return lines;
  }

  private static Event event(LocalDate day, LocalDateTime published) {
    return PlaceholderEvents.of("gdelt2", day + "/" + published, day, published);
  }

  private static long published(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  private static WatermarkOutput collecting(List<Long> into) {
    return new WatermarkOutput() {
      @Override
      public void emitWatermark(Watermark watermark) {
        into.add(watermark.getTimestamp());
      }

      @Override
      public void markIdle() {}

      @Override
      public void markActive() {}
    };
  }

  private static final WatermarkGeneratorSupplier.Context CONTEXT =
      new WatermarkGeneratorSupplier.Context() {
        @Override
        public MetricGroup getMetricGroup() {
          return new UnregisteredMetricsGroup();
        }

        @Override
        public RelativeClock getInputActivityClock() {
          return SystemClock.getInstance();
        }
      };
}
