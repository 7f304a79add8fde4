package org.amity.flink.signal;

import java.util.List;
import org.amity.event.ConflictArea;
import org.amity.event.Event;
import org.amity.signal.daily.DayCounts;
import org.amity.signal.daily.DeathDay;
import org.amity.signal.daily.Incident;
import org.amity.signal.daily.IncidentKey;
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
 * the incident's counts, so the subjects' days come out as the embedded store's. A counter of a
 * conflict area's incidents ({@link #ofTheatres}) is keyed by area and incident, sees only the
 * reports placed in an area, and passes each report's addition on to that area alone; a counter of
 * the pirates on a sea area's coast ({@link #ofCoasts}) likewise, passing on only the pirates'
 * count ({@link DayCounts#onlyPirates}).
 */
public final class IncidentCounter extends KeyedProcessFunction<String, Event, SubjectDelta> {
  private static final long serialVersionUID = 1L;

  /** Which reports a counter sees and where it sends their additions. */
  private enum Kind {
    INCIDENTS,
    THEATRES,
    COASTS
  }

  private final WatchSettings settings;
  private final Kind kind;
  private transient ValueState<Incident> incident;
  private transient IncidentSubjects subjects;

  public IncidentCounter(WatchSettings settings) {
    this(settings, Kind.INCIDENTS);
  }

  private IncidentCounter(WatchSettings settings, Kind kind) {
    this.settings = settings;
    this.kind = kind;
  }

  /** A counter of the conflict areas' incidents, for reports keyed by {@link #theatreKey}. */
  public static IncidentCounter ofTheatres(WatchSettings settings) {
    return new IncidentCounter(settings, Kind.THEATRES);
  }

  /**
   * A counter of the pirates' incidents on sea areas' coasts, for reports keyed by {@link
   * #coastKey}.
   */
  public static IncidentCounter ofCoasts(WatchSettings settings) {
    return new IncidentCounter(settings, Kind.COASTS);
  }

  /**
   * A report's sea area (whose coast it is on, as pirates' work: {@link IncidentSubjects#coast})
   * and incident as one key, null when it is none.
   */
  static String coastKey(Event e) {
    return IncidentSubjects.coast(e)
        .map(s -> s.name() + "|" + Keys.incident(IncidentKey.of(e)))
        .orElse(null);
  }

  /** A report's conflict area and incident as one key, null when it is in no area. */
  static String theatreKey(Event e) {
    return ConflictArea.of(e.action())
        .map(a -> a.name() + "|" + Keys.incident(IncidentKey.of(e)))
        .orElse(null);
  }

  @Override
  public void open(OpenContext context) {
    incident =
        getRuntimeContext().getState(new ValueStateDescriptor<>("incident", SignalTypes.INCIDENT));
    subjects =
        IncidentSubjects.watching(settings.options().watchSet())
            .withTheatres(kind == Kind.THEATRES);
  }

  @Override
  public void processElement(Event e, Context ctx, Collector<SubjectDelta> out) throws Exception {
    Incident report = Incident.of(e);
    Incident before = incident.value();
    DayCounts added = DayCounts.added(before, report);
    incident.update(before == null ? report : before.plus(report));
    List<Subject> to =
        switch (kind) {
          case THEATRES -> subjects.theatre(e).stream().toList();
          case COASTS -> IncidentSubjects.coast(e).stream().toList();
          case INCIDENTS -> subjects.of(report);
        };
    if (kind == Kind.COASTS) {
      added = added.onlyPirates();
    }
    String place = kind == Kind.INCIDENTS ? subjects.place(report.key()) : "";
    for (Subject s : to) {
      out.collect(
          new SubjectDelta(
              s.scope(),
              s.name(),
              report.key().day(),
              place,
              IncidentSubjects.countsFor(s, report.key(), added)));
      if (kind != Kind.COASTS) {
        // the dead of a record dated by a range go to the days of the range (DeathDay)
        for (DeathDay d : DeathDay.of(e)) {
          out.collect(
              new SubjectDelta(
                  s.scope(),
                  s.name(),
                  d.day(),
                  place,
                  IncidentSubjects.countsFor(s, report.key(), d.counts())));
        }
      }
    }
  }
}
