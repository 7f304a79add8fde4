package org.amity.flink.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.amity.signal.Scope;
import org.amity.signal.daily.DailyIndicators;
import org.amity.signal.daily.DayCounts;
import org.amity.signal.daily.IndicatorDay;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by subject: sums the additions into the subject's daily counts and emits them as rows of
 * {@code indicator_days}. A bounded run emits each day's row once, at the end of the input, with
 * the day's whole counts. In continuous mode a day's counts go out when the watermark has passed
 * the end of the day, and reports that arrive later for it (back-dated reports) go out as another
 * row with what they add: the table is additive, so a day's counts are the sum of its rows (what a
 * bounded run writes in one row). The day's counts are kept per place ({@code
 * IncidentSubjects#place}), and a row's dead are {@link DayCounts#settled} per place as it goes out
 * (the most one recorder counted there, summed over the places): a back-dated row of a day already
 * out is settled on its own, so its dead are added to the day's rather than weighed against the
 * other recorder's (a bounded run, and the embedded store, weigh the whole day).
 */
public final class SubjectDays extends KeyedProcessFunction<String, SubjectDelta, IndicatorDay> {
  private static final long serialVersionUID = 1L;

  private final WatchSettings settings;
  private transient MapState<String, DayCounts> pending;

  public SubjectDays(WatchSettings settings) {
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) {
    pending =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("pending", Types.STRING, SignalTypes.DAY_COUNTS));
  }

  /** The state's key of a day and place: "yyyy-mm-dd|place". */
  private static String dayPlace(LocalDate day, String place) {
    return day + "|" + place;
  }

  private static LocalDate dayOf(String dayPlace) {
    return LocalDate.parse(dayPlace.substring(0, dayPlace.indexOf('|')));
  }

  @Override
  public void processElement(SubjectDelta d, Context ctx, Collector<IndicatorDay> out)
      throws Exception {
    String key = dayPlace(d.day(), d.place());
    DayCounts before = pending.get(key);
    pending.put(key, before == null ? d.added() : before.plus(d.added()));
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
    Map<LocalDate, Map<String, DayCounts>> done = new TreeMap<>();
    List<String> taken = new ArrayList<>();
    for (Map.Entry<String, DayCounts> e : pending.entries()) {
      LocalDate day = dayOf(e.getKey());
      if (Keys.dayEnd(day) <= watermark) {
        done.computeIfAbsent(day, k -> new HashMap<>()).put(e.getKey(), e.getValue());
        taken.add(e.getKey());
      }
    }
    for (String k : taken) {
      pending.remove(k);
    }
    done.forEach(
        (day, places) ->
            out.collect(
                new IndicatorDay(
                    Scope.parse(key[0]), key[1], day, DailyIndicators.settled(places))));
  }
}
