package org.amity.flink.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.amity.signal.DetectedAlert;
import org.amity.signal.DetectionSpec;
import org.amity.signal.DetectorConfig;
import org.amity.signal.PooledLens;
import org.amity.signal.SeriesScores;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The pooled lenses ({@link PooledLens}), keyed by pool and sea area: keeps the latest reading of
 * the sea area under the pool's area lens and of every dyad under its dyad lens (what {@link
 * SeriesScorer} scored), and, when the watermark has moved past new readings, finds the area's
 * alerts with the same call as the embedded watch ({@code PooledLens.alerts}), each with the dyads
 * that carried it. Emits and withdraws as the per-subject scorer does ({@link EmittedAlerts}).
 */
public final class PoolScorer extends KeyedProcessFunction<String, PoolPart, ScoredAlert> {
  private static final long serialVersionUID = 1L;

  private final WatchSettings settings;
  private transient DetectorConfig config;
  private transient MapState<String, LensReading> readings;
  private transient MapState<String, DetectedAlert> emitted;
  private transient ValueState<Long> scoredAt;

  public PoolScorer(WatchSettings settings) {
    this.settings = settings;
  }

  /**
   * Where a reading goes: an area lens's reading to its own sea area, a dyad lens's to every sea
   * area both its parties border, once for each pool that reads the lens.
   */
  static FlatMapFunction<LensReading, PoolPart> parts(WatchSettings settings) {
    return new FlatMapFunction<>() {
      private static final long serialVersionUID = 1L;
      private transient List<PooledLens> pools;

      @Override
      public void flatMap(LensReading r, Collector<PoolPart> out) {
        if (pools == null) {
          pools = settings.config().pools();
        }
        for (PooledLens p : pools) {
          if (r.lens().equals(p.areaLens())) {
            out.collect(new PoolPart(p.name() + "|" + r.subject(), r));
          }
          if (r.lens().equals(p.dyadLens())) {
            for (String area : PooledLens.areasOf(r.subject())) {
              out.collect(new PoolPart(p.name() + "|" + area, r));
            }
          }
        }
      }
    };
  }

  @Override
  public void open(OpenContext context) {
    config = settings.config();
    readings =
        getRuntimeContext()
            .getMapState(
                new MapStateDescriptor<>("lens-readings", Types.STRING, SignalTypes.LENS_READING));
    emitted =
        getRuntimeContext()
            .getMapState(
                new MapStateDescriptor<>(
                    "emitted-pooled-alerts", Types.STRING, SignalTypes.DETECTED_ALERT));
    scoredAt = getRuntimeContext().getState(new ValueStateDescriptor<>("scored-at", Long.class));
  }

  @Override
  public void processElement(PoolPart p, Context ctx, Collector<ScoredAlert> out) throws Exception {
    LensReading r = p.reading();
    readings.put(r.lens() + "|" + r.subject(), r);
    ctx.timerService()
        .registerEventTimeTimer(
            settings.due(Long.MIN_VALUE, ctx.timerService().currentWatermark()));
  }

  @Override
  public void onTimer(long time, OnTimerContext ctx, Collector<ScoredAlert> out) throws Exception {
    long watermark = ctx.timerService().currentWatermark();
    if (!EmittedAlerts.firstAt(scoredAt, watermark)) {
      return;
    }
    String[] key = ctx.getCurrentKey().split("\\|", 2);
    PooledLens pool = config.pool(key[0]).orElseThrow();
    String area = key[1];
    DetectionSpec spec = config.alertSpec(pool.name()).orElseThrow();
    LensReading own = readings.get(pool.areaLens() + "|" + area);
    List<ScoredAlert> found = new ArrayList<>();
    if (own != null) {
      Map<String, SeriesScores> dyads = new TreeMap<>();
      for (LensReading r : readings.values()) {
        if (r.lens().equals(pool.dyadLens())) {
          dyads.put(r.subject(), r.toScores());
        }
      }
      for (PooledLens.Found f :
          pool.alerts(spec, Map.of(area, own.toScores()), dyads).getOrDefault(area, List.of())) {
        found.add(new ScoredAlert(f.alert(), false, f.dyads().toArray(String[]::new)));
      }
    }
    EmittedAlerts.send(emitted, found, out);
  }
}
