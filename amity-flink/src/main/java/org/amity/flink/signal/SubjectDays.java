package org.amity.flink.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amity.signal.daily.DayCounts;
import org.amity.signal.daily.IndicatorDay;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by subject: sums the additions into the subject's daily counts and emits the rows of {@code
 * indicator_days}. A bounded run emits each row once, at the end of the input. In continuous mode a
 * day's row goes out when the watermark has passed the end of that day, and a report that arrives
 * for a day already emitted (a back-dated report) emits that day's row again, with the new counts.
 */
public final class SubjectDays extends KeyedProcessFunction<String, SubjectDelta, IndicatorDay> {
  private static final long serialVersionUID = 1L;

  private final WatchSettings settings;
  private transient MapState<LocalDate, DayCounts> days;
  private transient MapState<LocalDate, Boolean> pending;

  public SubjectDays(WatchSettings settings) {
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) {
    days =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("days", LocalDate.class, DayCounts.class));
    pending =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("pending", LocalDate.class, Boolean.class));
  }

  @Override
  public void processElement(SubjectDelta d, Context ctx, Collector<IndicatorDay> out)
      throws Exception {
    DayCounts before = days.get(d.day());
    days.put(d.day(), before == null ? d.added() : before.plus(d.added()));
    if (!pending.contains(d.day())) {
      pending.put(d.day(), true);
      ctx.timerService()
          .registerEventTimeTimer(
              settings.due(Keys.dayEnd(d.day()), ctx.timerService().currentWatermark()));
    }
  }

  @Override
  public void onTimer(long time, OnTimerContext ctx, Collector<IndicatorDay> out) throws Exception {
    long watermark = ctx.timerService().currentWatermark();
    String[] key = ctx.getCurrentKey().split("\\|", 2);
    List<LocalDate> done = new ArrayList<>();
    for (LocalDate day : pending.keys()) {
      if (Keys.dayEnd(day) <= watermark) {
        done.add(day);
      }
    }
    done.sort(null);
    for (LocalDate day : done) {
      pending.remove(day);
      out.collect(
          new IndicatorDay(org.amity.signal.Scope.parse(key[0]), key[1], day, days.get(day)));
    }
  }
}
