package org.amity.flink.signal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amity.pipeline.WatchJob;
import org.amity.signal.DetectedAlert;
import org.amity.signal.DetectionSpec;
import org.amity.signal.Evidence;
import org.amity.signal.EvidenceDescription;
import org.amity.signal.EvidencePool;
import org.amity.signal.daily.EventClass;
import org.amity.signal.daily.EvidenceReports;
import org.amity.signal.daily.EvidenceSelection;
import org.amity.typology.ThreatTypeClassifier;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Keyed by subject: keeps the subject's reports as evidence ({@link EvidenceReports}, one entry per
 * evidence group and set of event classes: the representative report and how many there are) and,
 * for each alert on the subject, chooses its pool with the core's rule ({@link EvidenceSelection},
 * the watch's pool size) once the watermark has passed the alert, so that every report before it is
 * in. Emits what the pool says of the alert ({@link PoolSummary}, with {@link EvidenceDescription}
 * as the watch describes it) and, to {@link #EVIDENCE}, the first ten incidents as rows of {@code
 * alert_evidence}.
 *
 * <p>In continuous mode the reports of days more than {@link WatchSettings#evidenceDays()} behind
 * the watermark are let go; a bounded run keeps every report until the end of the input, when the
 * alerts arrive.
 */
public final class EvidenceKeeper extends DayBoundedKeeper<SubjectReport, AlertRow, PoolSummary> {
  private static final long serialVersionUID = 1L;

  /** The evidence rows of the alerts. */
  public static final OutputTag<EvidenceRow> EVIDENCE =
      new OutputTag<>("alert-evidence", SignalTypes.EVIDENCE_ROW);

  private static final ObjectMapper JSON = new ObjectMapper();

  private transient Set<String> greatPowers;
  private transient ThreatTypeClassifier classifier;
  private transient MapState<String, EvidenceReports> reports;

  public EvidenceKeeper(WatchSettings settings) {
    super(settings, "evidence-days", SignalTypes.ALERT_ROW);
  }

  @Override
  void openKept() {
    greatPowers = settings.options().greatPowers();
    classifier = new ThreatTypeClassifier();
    reports =
        getRuntimeContext()
            .getMapState(
                new MapStateDescriptor<>("evidence", Types.STRING, SignalTypes.EVIDENCE_REPORTS));
  }

  /**
   * Opens and closes a carrying dyad's name before its reports' keys in the state (the subject's
   * own keys start with a date).
   */
  private static final char CARRIER = '\u0003';

  @Override
  LocalDate keep(SubjectReport r) throws Exception {
    EvidenceReports one = r.reports();
    String key = r.carrier().isEmpty() ? one.key() : CARRIER + r.carrier() + CARRIER + one.key();
    EvidenceReports before = reports.get(key);
    reports.put(key, before == null ? one : before.plus(one));
    return one.best().eventDate();
  }

  @Override
  void answer(List<AlertRow> alerts, OnTimerContext ctx, Collector<PoolSummary> out)
      throws Exception {
    List<EvidenceReports> own = new ArrayList<>();
    Map<String, List<EvidenceReports>> carried = new HashMap<>();
    for (var e : reports.entries()) {
      String key = e.getKey();
      if (key.charAt(0) != CARRIER) {
        own.add(e.getValue());
      } else {
        carried
            .computeIfAbsent(key.substring(1, key.indexOf(CARRIER, 1)), k -> new ArrayList<>())
            .add(e.getValue());
      }
    }
    for (AlertRow a : alerts) {
      describe(a, own, carried, ctx, out);
    }
  }

  @Override
  void forget(Set<LocalDate> old) throws Exception {
    List<String> gone = new ArrayList<>();
    for (var e : reports.entries()) {
      if (old.contains(e.getValue().best().eventDate())) {
        gone.add(e.getKey());
      }
    }
    for (String k : gone) {
      reports.remove(k);
    }
  }

  private void describe(
      AlertRow row,
      List<EvidenceReports> own,
      Map<String, List<EvidenceReports>> carried,
      OnTimerContext ctx,
      Collector<PoolSummary> out)
      throws JsonProcessingException {
    if (row.withdrawn()) {
      out.collect(new PoolSummary(row, "{}", "[]", 0, 0, 0)); // a withdrawn alert has no evidence
      return;
    }
    DetectedAlert a = row.alert();
    DetectionSpec spec = settings.spec(a.indicator());
    LocalDate first = WatchJob.firstDay(spec, a);
    List<EvidencePool.Item> items =
        EvidenceSelection.pool(own, first, a.lastDay(), EventClass.of(spec), WatchJob.POOL_SIZE);
    if (row.carriers().length > 0) {
      // a pooled alert: the sea area's incidents with its carrying dyads' conflict events, as the
      // watch merges them
      List<List<EvidencePool.Item>> sides = new ArrayList<>();
      sides.add(items);
      for (int j = 0; j < Math.min(row.carriers().length, WatchJob.CARRIERS_READ); j++) {
        sides.add(
            EvidenceSelection.pool(
                carried.getOrDefault(row.carriers()[j], List.of()),
                first,
                a.lastDay(),
                EventClass.CONFLICT,
                WatchJob.POOL_SIZE));
      }
      items = EvidencePool.merged(sides, WatchJob.POOL_SIZE);
    }
    EvidencePool pool = new EvidencePool(items);
    EvidenceDescription d =
        EvidenceDescription.of(pool, a.scope(), a.subject(), greatPowers, classifier);
    out.collect(
        new PoolSummary(
            row,
            JSON.writeValueAsString(d.profile().byKey()),
            JSON.writeValueAsString(d.themes()),
            d.maritimeShare(),
            d.humanitarianShare(),
            d.areaOutsideShare()));
    int rank = 1;
    for (Evidence e : pool.top(WatchJob.EVIDENCE_SHOWN)) {
      ctx.output(
          EVIDENCE,
          new EvidenceRow(
              row.id(),
              rank++,
              e.dataset(),
              e.nativeId(),
              e.date(),
              e.source(),
              e.target(),
              e.code(),
              e.goldstein(),
              e.reports(),
              e.url()));
    }
  }
}
