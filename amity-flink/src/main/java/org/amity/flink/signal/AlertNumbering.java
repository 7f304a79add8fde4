package org.amity.flink.signal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.amity.signal.DetectedAlert;
import org.amity.signal.Scope;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Gives alerts their ids (one key: alerts are few). The alerts that arrive before a watermark are
 * numbered together, in the order the embedded watch stores them: by detector spec as configured
 * (the pooled lenses after the specs), then subject, then opening period; so a bounded run numbers
 * its alerts 1, 2, ... exactly as a full watch on a new store does. An alert seen again (its
 * numbers changed in continuous mode) keeps its id.
 */
public final class AlertNumbering extends KeyedProcessFunction<String, ScoredAlert, AlertRow> {
  private static final long serialVersionUID = 1L;

  private final WatchSettings settings;
  private transient List<String> specOrder;
  private transient Set<String> greatPowers;
  private transient ListState<ScoredAlert> waiting;
  private transient MapState<String, Integer> ids;
  private transient MapState<Integer, Integer> revisions;
  private transient ValueState<Integer> last;

  public AlertNumbering(WatchSettings settings) {
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) {
    specOrder = settings.alertOrder();
    greatPowers = settings.options().greatPowers();
    waiting =
        getRuntimeContext()
            .getListState(new ListStateDescriptor<>("waiting", SignalTypes.SCORED_ALERT));
    ids =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("ids", String.class, Integer.class));
    revisions =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("revisions", Integer.class, Integer.class));
    last = getRuntimeContext().getState(new ValueStateDescriptor<>("last-id", Integer.class));
  }

  @Override
  public void processElement(ScoredAlert a, Context ctx, Collector<AlertRow> out) throws Exception {
    waiting.add(a);
    ctx.timerService()
        .registerEventTimeTimer(
            settings.due(Long.MIN_VALUE, ctx.timerService().currentWatermark()));
  }

  @Override
  public void onTimer(long time, OnTimerContext ctx, Collector<AlertRow> out) throws Exception {
    List<ScoredAlert> batch = new ArrayList<>();
    waiting.get().forEach(batch::add);
    if (batch.isEmpty()) {
      return;
    }
    waiting.clear();
    batch.sort(
        Comparator.<ScoredAlert>comparingInt(s -> specOrder.indexOf(s.alert().indicator()))
            .thenComparing(s -> s.alert().subject())
            .thenComparing(s -> s.alert().opened()));
    int n = last.value() == null ? 0 : last.value();
    for (ScoredAlert scored : batch) {
      DetectedAlert a = scored.alert();
      String key = AlertRow.seriesKey(a) + "|" + a.opened();
      Integer id = ids.get(key);
      if (id == null) {
        id = ++n;
        ids.put(key, id);
      }
      boolean gp = Scope.involved(a.scope(), a.subject()).stream().anyMatch(greatPowers::contains);
      Integer before = revisions.get(id);
      int revision = before == null ? 0 : before + 1;
      revisions.put(id, revision);
      out.collect(new AlertRow(id, revision, a, gp, scored.withdrawn(), scored.carriers()));
    }
    last.update(n);
  }
}
