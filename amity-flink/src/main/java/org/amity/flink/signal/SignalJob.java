package org.amity.flink.signal;

import java.util.List;
import org.amity.event.Event;
import org.amity.flink.JobOptions;
import org.amity.flink.SignalStages;
import org.amity.flink.TableStream;
import org.amity.signal.DetectedAlert;
import org.amity.signal.Scope;
import org.amity.signal.daily.IndicatorDay;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * The signal stages, wired as the embedded watch's steps in the same order: incidents, daily counts
 * per subject, the coverage start, scoring per subject and spec, alert ids. Returns the daily
 * counts and the alerts for the job to write; evidence is not computed yet.
 */
public final class SignalJob implements SignalStages {
  @Override
  public List<TableStream<?>> attach(DataStream<Event> events, JobOptions options) {
    WatchSettings settings = WatchSettings.of(options);
    DataStream<SubjectDelta> added =
        events
            .keyBy(e -> Keys.incident(org.amity.signal.daily.IncidentKey.of(e)))
            .process(new IncidentCounter(settings))
            .name("incidents")
            .uid("amity-incidents");
    DataStream<IndicatorDay> days =
        added
            .keyBy(SubjectDelta::subjectKey)
            .process(new SubjectDays(settings))
            .name("indicator days")
            .uid("amity-indicator-days");
    BroadcastStream<Coverage> coverage =
        days.filter(d -> d.scope() == Scope.REGION && d.subject().equals("WORLD"))
            .name("world days")
            .keyBy(d -> "WORLD")
            .process(new CoverageTracker(settings))
            .name("coverage start")
            .uid("amity-coverage")
            .broadcast(SeriesScorer.COVERAGE);
    DataStream<DetectedAlert> detected =
        days.keyBy(d -> Keys.subject(d.scope(), d.subject()))
            .connect(coverage)
            .process(new SeriesScorer(settings))
            .name("detectors")
            .uid("amity-detectors");
    DataStream<AlertRow> alerts =
        detected
            .keyBy(a -> "alerts")
            .process(new AlertNumbering(settings))
            .name("alert ids")
            .uid("amity-alert-ids");
    return List.of(
        new TableStream<>(new IndicatorDaysTable(), days),
        new TableStream<>(new AlertsTable(), alerts));
  }
}
