package org.amity.flink.signal;

import java.util.List;
import org.amity.event.Dataset;
import org.amity.event.Event;
import org.amity.flink.JobOptions;
import org.amity.flink.SignalStages;
import org.amity.flink.StateVersion;
import org.amity.flink.TableStream;
import org.amity.flink.source.ParsedLine;
import org.amity.signal.Scope;
import org.amity.signal.daily.IndicatorDay;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The signal stages, wired as the embedded watch's steps in the same order: incidents, daily counts
 * per subject, the coverage start, scoring per subject and spec, the pooled lenses (per sea area,
 * from the scores of its own and its coastal dyads' series), alert ids, then each alert's evidence
 * (its pool, chosen by subject, with a pooled alert's carrying dyads' reports, and its parties'
 * great-power counts, by country, put together by alert id). Returns the daily counts, the alerts
 * with what their evidence says, and the evidence rows for the job to write.
 */
public final class SignalJob implements SignalStages {
  @Override
  public List<TableStream<?>> attach(DataStream<Event> events, JobOptions options) {
    return attach(events, null, options);
  }

  /**
   * @param stored the stored lines with their files, whose news coverage the share lenses read
   *     ({@link NewsFileDays}); null to take every day as covered
   */
  @Override
  public List<TableStream<?>> attach(
      DataStream<Event> events, DataStream<ParsedLine> stored, JobOptions options) {
    WatchSettings settings = WatchSettings.of(options);
    DataStream<SubjectDelta> added =
        events
            .keyBy(e -> Keys.incident(org.amity.signal.daily.IncidentKey.of(e)))
            .process(new IncidentCounter(settings))
            .returns(SignalTypes.SUBJECT_DELTA)
            .name("incidents")
            .uid(StateVersion.uid("amity-incidents"));
    if (settings.config().theatres()) {
      added =
          added.union(
              events
                  .filter(e -> IncidentCounter.theatreKey(e) != null)
                  .name("reports in conflict areas")
                  .keyBy(IncidentCounter::theatreKey)
                  .process(IncidentCounter.ofTheatres(settings))
                  .returns(SignalTypes.SUBJECT_DELTA)
                  .name("conflict-area incidents")
                  .uid(StateVersion.uid("amity-theatre-incidents")));
    }
    added =
        added.union(
            events
                .filter(e -> IncidentCounter.coastKey(e) != null)
                .name("pirates on sea coasts")
                .keyBy(IncidentCounter::coastKey)
                .process(IncidentCounter.ofCoasts(settings))
                .returns(SignalTypes.SUBJECT_DELTA)
                .name("sea-coast incidents")
                .uid(StateVersion.uid("amity-coast-incidents")));
    DataStream<IndicatorDay> days =
        added
            .keyBy(SubjectDelta::subjectKey)
            .process(new SubjectDays(settings))
            .returns(SignalTypes.INDICATOR_DAY)
            .name("indicator days")
            .uid(StateVersion.uid("amity-indicator-days"));
    DataStream<Coverage> coverageStream =
        days.filter(d -> d.scope() == Scope.REGION && d.subject().equals("WORLD"))
            .name("world days")
            .keyBy(d -> "WORLD")
            .process(new CoverageTracker(settings))
            .returns(SignalTypes.COVERAGE)
            .name("coverage start")
            .uid(StateVersion.uid("amity-coverage"));
    if (stored != null) {
      coverageStream =
          coverageStream.union(
              stored
                  .filter(p -> p.event() != null && !Dataset.recordsIncidents(p.event().dataset()))
                  .name("news lines")
                  .keyBy(ParsedLine::ingestId, Types.INT)
                  .process(new NewsFileDays(settings))
                  .returns(SignalTypes.FILE_SPANS)
                  .name("news files' days")
                  .uid(StateVersion.uid("amity-news-file-days"))
                  .keyBy(f -> "NEWS")
                  .process(new NewsCoverageTracker())
                  .returns(SignalTypes.COVERAGE)
                  .name("news coverage")
                  .uid(StateVersion.uid("amity-news-coverage")));
    }
    BroadcastStream<Coverage> coverage = coverageStream.broadcast(SeriesScorer.COVERAGE);
    SingleOutputStreamOperator<ScoredAlert> detected =
        days.keyBy(d -> Keys.subject(d.scope(), d.subject()))
            .connect(coverage)
            .process(new SeriesScorer(settings, stored != null))
            .returns(SignalTypes.SCORED_ALERT)
            .name("detectors")
            .uid(StateVersion.uid("amity-detectors"));
    DataStream<ScoredAlert> pooled =
        detected
            .getSideOutput(SeriesScorer.READINGS)
            .flatMap(PoolScorer.parts(settings))
            .returns(SignalTypes.POOL_PART)
            .name("readings to pools")
            .keyBy(PoolPart::key)
            .process(new PoolScorer(settings))
            .returns(SignalTypes.SCORED_ALERT)
            .name("pooled detectors")
            .uid(StateVersion.uid("amity-pooled-detectors"));
    DataStream<AlertRow> alerts =
        detected
            .union(pooled)
            .keyBy(a -> "alerts")
            .process(new AlertNumbering(settings))
            .returns(SignalTypes.ALERT_ROW)
            .name("alert ids")
            .uid(StateVersion.uid("amity-alert-ids"));
    SingleOutputStreamOperator<PoolSummary> pools =
        events
            .flatMap(EvidenceRouting.subjects(settings))
            .returns(SignalTypes.SUBJECT_REPORT)
            .name("reports as evidence")
            .keyBy(SubjectReport::subjectKey)
            .connect(alerts.keyBy(AlertRow::subjectKey))
            .process(new EvidenceKeeper(settings))
            .returns(SignalTypes.POOL_SUMMARY)
            .name("evidence pools")
            .uid(StateVersion.uid("amity-evidence-pools"));
    DataStream<PartyCount> partyCounts =
        events
            .flatMap(EvidenceRouting.parties(settings))
            .returns(SignalTypes.PARTY_REPORT)
            .name("reports as party traffic")
            .keyBy(PartyReport::party)
            .connect(
                alerts
                    .flatMap(EvidenceRouting.requests(settings))
                    .returns(SignalTypes.PARTY_REQUEST)
                    .name("party requests")
                    .keyBy(PartyRequest::party))
            .process(new PartyCounter(settings))
            .returns(SignalTypes.PARTY_COUNT)
            .name("great-power counts")
            .uid(StateVersion.uid("amity-party-counts"));
    DataStream<EvidencedAlert> evidenced =
        pools
            .keyBy(p -> p.alert().id(), Types.INT)
            .connect(partyCounts.keyBy(c -> c.id(), Types.INT))
            .process(new AlertEvidence())
            .returns(SignalTypes.EVIDENCED_ALERT)
            .name("alerts with evidence")
            .uid(StateVersion.uid("amity-alert-evidence"));
    return List.of(
        new TableStream<>(new IndicatorDaysTable(), days),
        new TableStream<>(new AlertsTable(), evidenced),
        new TableStream<>(new AlertEvidenceTable(), pools.getSideOutput(EvidenceKeeper.EVIDENCE)));
  }
}
