package org.amity.flink.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amity.signal.daily.PartyTraffic;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by country: counts the country's reports as a side ({@link PartyTraffic}: per day and pair
 * of sides, a few hundred entries a day even for a great power) and answers the alerts' requests
 * for outside great-power involvement once the watermark has passed them, each party over the
 * reports it is the first party of, so that a dyad's two answers add up to its count. In continuous
 * mode days more than {@link WatchSettings#evidenceDays()} behind the watermark are let go.
 */
public final class PartyCounter
    extends KeyedCoProcessFunction<String, PartyReport, PartyRequest, PartyCount> {
  private static final long serialVersionUID = 1L;

  private final WatchSettings settings;
  private transient Set<String> greatPowers;
  private transient int keepDays;
  private transient MapState<PartyTraffic, Long> traffic;
  private transient MapState<LocalDate, Boolean> days;
  private transient ListState<PartyRequest> waiting;
  private transient ValueState<Long> expiredAt;

  public PartyCounter(WatchSettings settings) {
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) {
    greatPowers = settings.options().greatPowers();
    keepDays = settings.evidenceDays();
    traffic =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("traffic", PartyTraffic.class, Long.class));
    days =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("traffic-days", LocalDate.class, Boolean.class));
    waiting =
        getRuntimeContext().getListState(new ListStateDescriptor<>("waiting", PartyRequest.class));
    expiredAt = getRuntimeContext().getState(new ValueStateDescriptor<>("expired-at", Long.class));
  }

  @Override
  public void processElement1(PartyReport r, Context ctx, Collector<PartyCount> out)
      throws Exception {
    Long before = traffic.get(r.traffic());
    traffic.put(r.traffic(), before == null ? 1 : before + 1);
    LocalDate day = r.traffic().day();
    if (settings.continuous() && !days.contains(day)) {
      days.put(day, true);
      ctx.timerService().registerEventTimeTimer(Keys.dayEnd(day.plusDays(keepDays)));
    }
  }

  @Override
  public void processElement2(PartyRequest q, Context ctx, Collector<PartyCount> out)
      throws Exception {
    waiting.add(q);
    ctx.timerService()
        .registerEventTimeTimer(
            settings.due(Long.MIN_VALUE, ctx.timerService().currentWatermark()));
  }

  @Override
  public void onTimer(long time, OnTimerContext ctx, Collector<PartyCount> out) throws Exception {
    List<PartyRequest> requests = new ArrayList<>();
    waiting.get().forEach(requests::add);
    if (!requests.isEmpty()) {
      waiting.clear();
      for (PartyRequest q : requests) {
        long[] n =
            PartyTraffic.greatPowerCounts(
                traffic.entries(),
                List.of(q.parties().split(",")),
                q.party(),
                q.from(),
                q.to(),
                greatPowers);
        out.collect(new PartyCount(q.id(), q.revision(), n[0], n[1]));
      }
    }
    expire(ctx.timerService().currentWatermark());
  }

  private void expire(long watermark) throws Exception {
    if (!settings.continuous() || (expiredAt.value() != null && expiredAt.value() == watermark)) {
      return;
    }
    expiredAt.update(watermark);
    List<LocalDate> old = new ArrayList<>();
    for (LocalDate day : days.keys()) {
      if (Keys.dayEnd(day.plusDays(keepDays)) <= watermark) {
        old.add(day);
      }
    }
    if (old.isEmpty()) {
      return;
    }
    List<PartyTraffic> gone = new ArrayList<>();
    for (PartyTraffic t : traffic.keys()) {
      if (old.contains(t.day())) {
        gone.add(t);
      }
    }
    for (PartyTraffic t : gone) {
      traffic.remove(t);
    }
    for (LocalDate day : old) {
      days.remove(day);
    }
  }
}
