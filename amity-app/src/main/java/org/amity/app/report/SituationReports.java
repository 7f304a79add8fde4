package org.amity.app.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.amity.pipeline.SituationAdvice;
import org.amity.pipeline.SituationProfiles;
import org.amity.response.Label;
import org.amity.response.Lens;
import org.amity.response.MeasureRecommender;
import org.amity.response.PrecedentSource;
import org.amity.response.Recommendation;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.timeline.EntryKind;
import org.amity.response.timeline.GapMetrics;
import org.amity.response.timeline.GapReport;
import org.amity.response.timeline.TimelineEntry;
import org.amity.response.timeline.Visibility;
import org.amity.response.track2.Track2Meeting;
import org.amity.response.track2.Track2Store;
import org.amity.signal.Alert;
import org.amity.signal.AlertQuery;
import org.amity.signal.Evidence;
import org.amity.signal.IndicatorSeries;
import org.amity.signal.IndicatorSeriesReader;
import org.amity.signal.RelatedSituations;
import org.amity.signal.Resolution;
import org.amity.signal.Situation;
import org.amity.storage.Storage;

/**
 * Gathers a situation report from the readers the CLI and the API use: the situation and its alerts
 * ({@code SignalReader}), the chart's series ({@link IndicatorSeriesReader}), the options ({@link
 * SituationProfiles} and {@link MeasureRecommender}), the timeline and gap ({@code TimelineStore},
 * {@link GapMetrics}) and track II meetings as every reader but the convenor sees them (redacted:
 * participant names never reach a report).
 */
public final class SituationReports {
  /** Incidents listed as evidence. */
  static final int EVIDENCE = 15;

  private final Storage store;
  private final KnowledgeBase kb;
  private final Clock clock;

  public SituationReports(Storage store, KnowledgeBase kb, Clock clock) {
    this.store = store;
    this.kb = kb;
    this.clock = clock;
  }

  /** The report for one audience; empty when the store holds no such situation. */
  public Optional<SituationReport> of(long id, Visibility audience) {
    Optional<Situation> found = store.signals().situation(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Situation s = found.get();
    List<Alert> alerts = new ArrayList<>(store.signals().alerts(AlertQuery.ofSituation(id)));
    alerts.sort(
        Comparator.comparing(Alert::peakLevel)
            .thenComparingDouble(Alert::score)
            .reversed()
            .thenComparingLong(Alert::id));
    List<TimelineEntry> timeline = store.timelines().timeline(id, audience);
    Recommendation rec = null;
    String problem = null;
    try {
      rec =
          SituationAdvice.recommend(
              s, store.signals(), kb, PrecedentSource.NONE, Lens.BROAD, Label.PD);
    } catch (IllegalArgumentException e) {
      problem = e.getMessage();
    }
    String[] chart = chart(alerts, timeline);
    return Optional.of(
        new SituationReport(
            s,
            RelatedSituations.read(store.signals(), List.of(s)).get(id),
            alerts,
            chart[0],
            chart[1],
            evidence(alerts),
            rec,
            problem,
            timeline,
            gap(id, audience),
            track2(timeline),
            store.events().lastEventDate().orElse(null),
            OffsetDateTime.now(clock),
            audience.key()));
  }

  /** The strongest alert's indicator, with all alerts on that series shaded and entries marked. */
  private String[] chart(List<Alert> alerts, List<TimelineEntry> timeline) {
    if (alerts.isEmpty()) {
      return new String[] {IndicatorChartSvg.draw(empty(), List.of()), "No alerts to chart."};
    }
    Alert a = alerts.get(0);
    long span =
        switch (a.resolution()) {
          case DAY -> 180;
          case WEEK -> 7 * 104;
          case MONTH -> 31 * 60;
        };
    LocalDate from = a.periodStart().minusDays(span);
    LocalDate to = a.periodEnd().plusDays(span / 3);
    IndicatorSeries series =
        new IndicatorSeriesReader(store.series())
            .read(a.scope(), a.subject(), a.indicator(), a.resolution(), from, to);
    List<ChartMark> marks = new ArrayList<>();
    for (Alert x : alerts) {
      if (x.indicator().equals(a.indicator())
          && x.subject().equals(a.subject())
          && x.resolution() == a.resolution()) {
        marks.add(new ChartMark(x.periodStart(), x.periodEnd(), x.peakLevel().key()));
      }
    }
    for (TimelineEntry e : timeline) {
      if (e.kind() != EntryKind.WARNING && e.kind() != EntryKind.LEVEL && !e.superseded()) {
        marks.add(new ChartMark(e.what().date(), null, e.kind().key()));
      }
    }
    String caption =
        series.points().size()
            + " "
            + a.resolution().key()
            + " points of "
            + a.indicator()
            + words(a.indicator())
            + " for "
            + org.amity.signal.SubjectName.of(a.scope(), a.subject())
            + " ("
            + (series.points().isEmpty()
                ? "none stored"
                : series.points().get(0).period()
                    + " to "
                    + series.points().get(series.points().size() - 1).period())
            + "); "
            + (series.scored() ? valueCaption(a.indicator()) : "")
            + (series.band().startsWith("baseline") ? "" : "baseline: ")
            + series.band()
            + ". Shaded: alert periods; green ticks: timeline entries.";
    return new String[] {IndicatorChartSvg.draw(series, marks), caption};
  }

  private static IndicatorSeries empty() {
    return new IndicatorSeries(null, "", "", Resolution.DAY, false, "", List.of());
  }

  /** Incidents behind all alerts, each once, most reported first. */
  static List<Evidence> evidence(List<Alert> alerts) {
    Map<String, Evidence> unique = new LinkedHashMap<>();
    for (Alert a : alerts) {
      for (Evidence e : a.evidence()) {
        unique.putIfAbsent(e.date() + "|" + e.source() + "|" + e.target() + "|" + e.code(), e);
      }
    }
    return unique.values().stream()
        .sorted(
            Comparator.comparingInt(Evidence::reports)
                .reversed()
                .thenComparing(Evidence::date, Comparator.reverseOrder()))
        .limit(EVIDENCE)
        .toList();
  }

  /** The gap figures of this situation alone, over the entries the audience may see. */
  private GapReport gap(long id, Visibility audience) {
    var warnings =
        store.timelines().warnings().stream().filter(w -> w.situationId() == id).toList();
    if (warnings.isEmpty()) {
      return null;
    }
    return GapMetrics.compute(warnings, store.timelines().all(audience), null, null);
  }

  private List<Track2Meeting> track2(List<TimelineEntry> timeline) {
    Set<Long> ids = new HashSet<>();
    timeline.forEach(e -> ids.add(e.id()));
    return store.track2().meetings(Track2Store.Clearance.REDACTED).stream()
        .filter(
            m ->
                m.recommendations().stream()
                    .anyMatch(r -> r.linkedEntries().stream().anyMatch(ids::contains)))
        .map(Track2Meeting::redacted)
        .toList();
  }

  /**
   * "value: ...; baseline: ...; " when a detector scores the indicator (its two lines are counts,
   * even for a share lens: audit4 H7), else nothing.
   */
  private static String valueCaption(String indicator) {
    String c = org.amity.signal.IndicatorName.valueCaption(indicator);
    return c == null ? "" : c + "; ";
  }

  /** " (what the indicator measures)" when the settings label it, else nothing. */
  private static String words(String indicator) {
    String w = org.amity.signal.IndicatorName.of(indicator);
    return w.equals(indicator) ? "" : " (" + w + ")";
  }
}
