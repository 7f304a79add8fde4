package org.amity.flink.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * A keyed stage that keeps reports by day and answers requests about them once the watermark has
 * passed the requests, so that every report before them is in: the requests wait in state, a timer
 * just past the watermark answers them ({@link WatchSettings#due}), all of them on one watermark.
 * In continuous mode it lets go of the reports of days more than {@link
 * WatchSettings#evidenceDays()} behind the watermark (a timer per day kept); a bounded run keeps
 * every report until the end of the input, when the requests arrive.
 *
 * @param <R> the reports kept
 * @param <Q> the requests answered
 * @param <O> the answers
 */
abstract class DayBoundedKeeper<R, Q, O> extends KeyedCoProcessFunction<String, R, Q, O> {
  private static final long serialVersionUID = 1L;

  protected final WatchSettings settings;
  private final String daysName;
  private final TypeInformation<Q> requestType;
  private transient int keepDays;
  private transient MapState<LocalDate, Boolean> days;
  private transient ListState<Q> waiting;
  private transient ValueState<Long> expiredAt;

  /**
   * @param daysName the name of the state of the days kept
   * @param requestType the type of the requests, as they wait in state
   */
  DayBoundedKeeper(WatchSettings settings, String daysName, TypeInformation<Q> requestType) {
    this.settings = settings;
    this.daysName = daysName;
    this.requestType = requestType;
  }

  @Override
  public final void open(OpenContext context) throws Exception {
    keepDays = settings.evidenceDays();
    days =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>(daysName, SignalTypes.LOCAL_DATE, Types.BOOLEAN));
    waiting = getRuntimeContext().getListState(new ListStateDescriptor<>("waiting", requestType));
    expiredAt = getRuntimeContext().getState(new ValueStateDescriptor<>("expired-at", Types.LONG));
    openKept();
  }

  /** Opens the state of what is kept. */
  abstract void openKept() throws Exception;

  /** Keeps one report; returns its day. */
  abstract LocalDate keep(R report) throws Exception;

  /** Answers the requests that were waiting, with everything kept now. */
  abstract void answer(List<Q> requests, OnTimerContext ctx, Collector<O> out) throws Exception;

  /** Lets go of what is kept of these days. */
  abstract void forget(Set<LocalDate> old) throws Exception;

  @Override
  public final void processElement1(R report, Context ctx, Collector<O> out) throws Exception {
    LocalDate day = keep(report);
    if (settings.continuous() && !days.contains(day)) {
      days.put(day, true);
      // let the day go once it is older than any request can reach
      ctx.timerService().registerEventTimeTimer(Keys.dayEnd(day.plusDays(keepDays)));
    }
  }

  @Override
  public final void processElement2(Q request, Context ctx, Collector<O> out) throws Exception {
    waiting.add(request);
    ctx.timerService()
        .registerEventTimeTimer(
            settings.due(Long.MIN_VALUE, ctx.timerService().currentWatermark()));
  }

  @Override
  public final void onTimer(long time, OnTimerContext ctx, Collector<O> out) throws Exception {
    List<Q> requests = new ArrayList<>();
    waiting.get().forEach(requests::add);
    if (!requests.isEmpty()) {
      waiting.clear();
      answer(requests, ctx, out);
    }
    expire(ctx.timerService().currentWatermark());
  }

  /** Lets go of the days no request reaches any more (continuous mode), once per watermark. */
  private void expire(long watermark) throws Exception {
    if (!settings.continuous() || (expiredAt.value() != null && expiredAt.value() == watermark)) {
      return;
    }
    expiredAt.update(watermark);
    Set<LocalDate> old = new HashSet<>();
    for (LocalDate day : days.keys()) {
      if (Keys.dayEnd(day.plusDays(keepDays)) <= watermark) {
        old.add(day);
      }
    }
    if (old.isEmpty()) {
      return;
    }
    forget(old);
    for (LocalDate day : old) {
      days.remove(day);
    }
  }
}
