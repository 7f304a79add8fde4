package org.amity.flink.signal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.TreeMap;
import org.amity.signal.daily.DetectorSeries;
import org.amity.signal.daily.IndicatorDay;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The coverage start from the world's daily incidents (one key, the WORLD rows only): judged again
 * whenever the watermark passes a day with new counts, and emitted when it changed. The scorer
 * reads it as broadcast state; a day's scores use the coverage judged from the same days.
 */
public final class CoverageTracker extends KeyedProcessFunction<String, IndicatorDay, Coverage> {
  private static final long serialVersionUID = 1L;

  private final WatchSettings settings;
  private transient MapState<LocalDate, Long> world;
  private transient ValueState<Long> judgedAt;
  private transient ValueState<Coverage> last;

  public CoverageTracker(WatchSettings settings) {
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) {
    world =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("world", SignalTypes.LOCAL_DATE, Types.LONG));
    judgedAt = getRuntimeContext().getState(new ValueStateDescriptor<>("judged-at", Long.class));
    last =
        getRuntimeContext().getState(new ValueStateDescriptor<>("coverage", SignalTypes.COVERAGE));
  }

  @Override
  public void processElement(IndicatorDay d, Context ctx, Collector<Coverage> out)
      throws Exception {
    Long before = world.get(d.day()); // a day may come in several additive rows
    world.put(d.day(), (before == null ? 0 : before) + d.counts().incidents());
    ctx.timerService()
        .registerEventTimeTimer(
            settings.due(Long.MIN_VALUE, ctx.timerService().currentWatermark()));
  }

  @Override
  public void onTimer(long time, OnTimerContext ctx, Collector<Coverage> out) throws Exception {
    long watermark = ctx.timerService().currentWatermark();
    if (judgedAt.value() != null && judgedAt.value() == watermark) {
      return; // several timers fire on one watermark: judge once
    }
    judgedAt.update(watermark);
    TreeMap<LocalDate, Long> days = new TreeMap<>();
    for (var e : world.entries()) {
      days.put(e.getKey(), e.getValue());
    }
    Coverage now = new Coverage(DetectorSeries.coverageStart(days));
    Coverage before = last.value();
    if (before == null || !Objects.equals(before.start(), now.start())) {
      last.update(now);
      out.collect(now);
    }
  }
}
