package org.amity.flink.signal;

import org.amity.event.Event;
import org.amity.signal.daily.DayCounts;
import org.amity.signal.daily.Incident;
import org.amity.signal.daily.IncidentSubjects;
import org.amity.signal.daily.Subject;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by incident: keeps each incident's reports summed ({@link Incident}) and passes on what
 * each report adds to the incident's day counts ({@link DayCounts#added}), once for every subject
 * the incident counts for ({@link IncidentSubjects}). The additions of an incident's reports sum to
 * the incident's counts, so the subjects' days come out as the embedded store's.
 */
public final class IncidentCounter extends KeyedProcessFunction<String, Event, SubjectDelta> {
  private static final long serialVersionUID = 1L;

  private final WatchSettings settings;
  private transient ValueState<Incident> incident;
  private transient IncidentSubjects subjects;

  public IncidentCounter(WatchSettings settings) {
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) {
    incident =
        getRuntimeContext().getState(new ValueStateDescriptor<>("incident", SignalTypes.INCIDENT));
    subjects = IncidentSubjects.watching(settings.options().watchSet());
  }

  @Override
  public void processElement(Event e, Context ctx, Collector<SubjectDelta> out) throws Exception {
    Incident report = Incident.of(e);
    Incident before = incident.value();
    DayCounts added = DayCounts.added(before, report);
    incident.update(before == null ? report : before.plus(report));
    for (Subject s : subjects.of(report)) {
      out.collect(new SubjectDelta(s.scope(), s.name(), report.key().day(), added));
    }
  }
}
