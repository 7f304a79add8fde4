package org.amity.flink.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amity.pipeline.WatchJob;
import org.amity.signal.AlertBuilder;
import org.amity.signal.DetectedAlert;
import org.amity.signal.DetectionSpec;
import org.amity.signal.DetectorConfig;
import org.amity.signal.Scope;
import org.amity.signal.SeriesScores;
import org.amity.signal.daily.DayCounts;
import org.amity.signal.daily.DetectorSeries;
import org.amity.signal.daily.IndicatorDay;
import org.amity.signal.daily.NewsCoverage;
import org.amity.signal.daily.SeriesDetection;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Keyed by subject, with the coverage start as broadcast state: keeps the subject's daily counts
 * (its state: one row per day with counts) and, when the watermark has moved past days with new
 * counts, scores every detector spec of the subject's scope over them, as the embedded watch does
 * ({@code DetectorSeries.of}, then {@code SeriesDetection.scores}: the spec's detector, hysteresis
 * and levels, and {@code AlertBuilder}). Emits the alerts that are new or whose numbers changed
 * since it last emitted them, and withdraws those it emitted before and finds no more ({@link
 * EmittedAlerts}); a bounded run scores once, at the end of the input, so each alert once and none
 * withdrawn. The scores of the specs a pooled lens reads go to {@link #READINGS}.
 */
public final class SeriesScorer
    extends KeyedBroadcastProcessFunction<String, IndicatorDay, Coverage, ScoredAlert> {
  private static final long serialVersionUID = 1L;

  /** The broadcast coverage start, under the key "start", and the news coverage, under "news". */
  public static final MapStateDescriptor<String, Coverage> COVERAGE =
      new MapStateDescriptor<>("coverage", Types.STRING, SignalTypes.COVERAGE);

  /** The scores of the series the pooled lenses read, to {@link PoolScorer}. */
  public static final OutputTag<LensReading> READINGS =
      new OutputTag<>("lens-readings", SignalTypes.LENS_READING);

  private final WatchSettings settings;

  /** Whether the job reads files whose news coverage is broadcast ({@link NewsCoverageTracker}). */
  private final boolean readsNews;

  private transient DetectorConfig config;
  private transient WatchJob.Options options;
  private transient Set<String> pooled;
  private transient MapState<LocalDate, DayCounts> days;
  private transient MapState<String, DetectedAlert> emitted;
  private transient ValueState<Long> scoredAt;

  public SeriesScorer(WatchSettings settings) {
    this(settings, false);
  }

  /**
   * @param readsNews whether the news coverage of the job's files is broadcast: a share of news is
   *     then scored only where it covers; before any news file's spans come, and without them,
   *     every day counts as covered ({@link NewsCoverage#orAll}), as in a store without news files
   */
  public SeriesScorer(WatchSettings settings, boolean readsNews) {
    this.settings = settings;
    this.readsNews = readsNews;
  }

  @Override
  public void open(OpenContext context) {
    config = settings.config();
    options = settings.options();
    pooled = config.pooledLenses();
    days =
        getRuntimeContext()
            .getMapState(
                new MapStateDescriptor<>("days", SignalTypes.LOCAL_DATE, SignalTypes.DAY_COUNTS));
    emitted =
        getRuntimeContext()
            .getMapState(
                new MapStateDescriptor<>(
                    "emitted-alerts", Types.STRING, SignalTypes.DETECTED_ALERT));
    scoredAt = getRuntimeContext().getState(new ValueStateDescriptor<>("scored-at", Long.class));
  }

  @Override
  public void processElement(IndicatorDay d, ReadOnlyContext ctx, Collector<ScoredAlert> out)
      throws Exception {
    DayCounts before = days.get(d.day()); // a day may come in several additive rows
    days.put(d.day(), before == null ? d.counts() : before.plus(d.counts()));
    ctx.timerService()
        .registerEventTimeTimer(
            settings.due(Long.MIN_VALUE, ctx.timerService().currentWatermark()));
  }

  @Override
  public void processBroadcastElement(Coverage c, Context ctx, Collector<ScoredAlert> out)
      throws Exception {
    ctx.getBroadcastState(COVERAGE).put(c.isNews() ? "news" : "start", c);
  }

  @Override
  public void onTimer(long time, OnTimerContext ctx, Collector<ScoredAlert> out) throws Exception {
    long watermark = ctx.timerService().currentWatermark();
    if (!EmittedAlerts.firstAt(scoredAt, watermark)) {
      return;
    }
    Coverage coverage = ctx.getBroadcastState(COVERAGE).get("start");
    LocalDate start = coverage == null ? null : coverage.start();
    Coverage newsState = ctx.getBroadcastState(COVERAGE).get("news");
    NewsCoverage news = readsNews && newsState != null ? newsState.news().orAll() : null;
    String[] key = ctx.getCurrentKey().split("\\|", 2);
    Scope scope = Scope.parse(key[0]);
    String subject = key[1];
    List<IndicatorDay> rows = new ArrayList<>();
    for (var e : days.entries()) {
      rows.add(new IndicatorDay(scope, subject, e.getKey(), e.getValue()));
    }
    boolean alertsOn = options.alertsOn(scope, subject);
    List<ScoredAlert> found = new ArrayList<>();
    for (DetectionSpec spec : config.specs()) {
      if (spec.scope() != scope
          || !config.source(spec).equals("events")
          || !DetectorSeries.reads(spec, subject)) {
        continue;
      }
      SeriesScores scores =
          SeriesDetection.scores(
              spec, subject, DetectorSeries.of(spec, rows, start, news), alertsOn);
      if (scores == null) {
        continue;
      }
      for (DetectedAlert a : AlertBuilder.alerts(spec, subject, scores)) {
        found.add(new ScoredAlert(a, false));
      }
      if (pooled.contains(spec.name())) {
        ctx.output(READINGS, LensReading.of(spec.name(), subject, scores));
      }
    }
    EmittedAlerts.send(emitted, found, out);
  }
}
