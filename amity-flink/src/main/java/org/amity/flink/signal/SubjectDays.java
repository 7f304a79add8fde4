package org.amity.flink.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amity.signal.Scope;
import org.amity.signal.daily.DayCounts;
import org.amity.signal.daily.IndicatorDay;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by subject: sums the additions into the subject's daily counts and emits them as rows of
 * {@code indicator_days}. A bounded run emits each day's row once, at the end of the input, with
 * the day's whole counts. In continuous mode a day's counts go out when the watermark has passed
 * the end of the day, and reports that arrive later for it (back-dated reports) go out as another
 * row with what they add: the table is additive, so a day's counts are the sum of its rows (what a
 * bounded run writes in one row).
 */
public final class SubjectDays extends KeyedProcessFunction<String, SubjectDelta, IndicatorDay> {
  private static final long serialVersionUID = 1L;

  private final WatchSettings settings;
  private transient MapState<LocalDate, DayCounts> pending;

  public SubjectDays(WatchSettings settings) {
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) {
    pending =
        getRuntimeContext()
            .getMapState(
                new MapStateDescriptor<>(
                    "pending", SignalTypes.LOCAL_DATE, SignalTypes.DAY_COUNTS));
  }

  @Override
  public void processElement(SubjectDelta d, Context ctx, Collector<IndicatorDay> out)
      throws Exception {
    DayCounts before = pending.get(d.day());
    pending.put(d.day(), before == null ? d.added() : before.plus(d.added()));
    if (before == null) {
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
      out.collect(new IndicatorDay(Scope.parse(key[0]), key[1], day, pending.get(day)));
      pending.remove(day);
    }
  }
}
