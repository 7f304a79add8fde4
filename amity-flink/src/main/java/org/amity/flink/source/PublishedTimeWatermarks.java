package org.amity.flink.source;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * The event-time clock of one file or Kafka partition (a split): the newest publication time read
 * so far, less a bound for records that come out of order, handed on the moment it rises, not only
 * at the periodic watermark tick.
 *
 * <p>Why on the record: the source keeps a watermark per split and drops it when the split is
 * finished. Flink's {@code forBoundedOutOfOrderness} hands its watermark on only at the periodic
 * tick ({@code pipeline.auto-watermark-interval}, 200 ms), so a file read whole between two ticks
 * (a day of simulated reports, a GDELT 15-minute file on an idle machine: a few milliseconds) never
 * moved the job's clock, and a continuous job that picked up a batch of landed files at once could
 * stall on the clock of whichever file a tick happened to catch: it kept running, wrote the days
 * that clock had closed, and raised no more alerts. Emitting on the record (through the split's
 * immediate output) makes every file's progress count however fast it is read; a watermark goes out
 * only when it rises, which with publication times in 15-minute steps is a few times per file.
 */
public final class PublishedTimeWatermarks implements WatermarkGenerator<ParsedLine> {
  private final long bound;
  private long newest;
  private long emitted = Long.MIN_VALUE;

  /** A clock that lets records come up to {@code outOfOrder} behind the newest one of the file. */
  public PublishedTimeWatermarks(Duration outOfOrder) {
    this.bound = outOfOrder.toMillis();
    this.newest = Long.MIN_VALUE + bound + 1;
  }

  /** The job's watermark strategy: event time is {@link ParsedLine#timestamp()}. */
  public static WatermarkStrategy<ParsedLine> strategy(Duration outOfOrder) {
    return strategy(outOfOrder, (line, previous) -> line.timestamp());
  }

  /**
   * The same clock with event time from {@code time}, which is also given the timestamp the source
   * attached to the record (Kafka's record timestamp; none for files).
   */
  public static WatermarkStrategy<ParsedLine> strategy(
      Duration outOfOrder, SerializableTimestampAssigner<ParsedLine> time) {
    return WatermarkStrategy.<ParsedLine>forGenerator(c -> new PublishedTimeWatermarks(outOfOrder))
        .withTimestampAssigner(time);
  }

  @Override
  public void onEvent(ParsedLine line, long timestamp, WatermarkOutput output) {
    if (timestamp > newest) {
      newest = timestamp;
      emit(output);
    }
  }

  @Override
  public void onPeriodicEmit(WatermarkOutput output) {
    emit(output);
  }

  private void emit(WatermarkOutput output) {
    long watermark = newest - bound - 1;
    if (watermark > emitted) {
      emitted = watermark;
      output.emitWatermark(new Watermark(watermark));
    }
  }
}
