package org.amity.flink.signal;

import java.util.List;
import java.util.Set;
import org.amity.event.Event;
import org.amity.signal.DetectedAlert;
import org.amity.signal.PooledLens;
import org.amity.signal.Scope;
import org.amity.signal.daily.EvidenceSelection;
import org.amity.signal.daily.IncidentSubjects;
import org.amity.signal.daily.PartyTraffic;
import org.amity.signal.daily.Subject;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/** Where reports and alerts go to the evidence stages. */
final class EvidenceRouting {
  private EvidenceRouting() {}

  /**
   * A report to each subject it is evidence for, with its classes there ({@link
   * EvidenceSelection#routes}: its country, dyad and sea-area subjects, its conflict area when a
   * spec watches the areas, the sea area whose coast its pirates are on); with a pooled lens
   * configured, a dyad's report also to each sea area both parties border, as a carrier's (a pooled
   * alert reads its carrying dyads' conflict events too).
   */
  static FlatMapFunction<Event, SubjectReport> subjects(WatchSettings settings) {
    Set<String> watch = settings.options().watchSet();
    boolean theatres = settings.config().theatres();
    boolean pools = !settings.config().pools().isEmpty();
    return new FlatMapFunction<>() {
      private static final long serialVersionUID = 1L;
      private transient IncidentSubjects subjects;

      @Override
      public void flatMap(Event e, Collector<SubjectReport> out) {
        if (subjects == null) {
          subjects = IncidentSubjects.watching(watch).withTheatres(theatres);
        }
        for (EvidenceSelection.Route r : EvidenceSelection.routes(e, subjects)) {
          Subject s = r.subject();
          out.collect(new SubjectReport(Keys.subject(s.scope(), s.name()), r.reports()));
          if (pools && s.scope() == Scope.DYAD) {
            for (String area : PooledLens.areasOf(s.name())) {
              out.collect(new SubjectReport(Keys.subject(Scope.AREA, area), r.reports(), s.name()));
            }
          }
        }
      }
    };
  }

  /** A report to the watched countries on its sides. */
  static FlatMapFunction<Event, PartyReport> parties(WatchSettings settings) {
    Set<String> watch = settings.options().watchSet();
    return (e, out) -> {
      PartyTraffic t = PartyTraffic.of(e);
      for (String party : t.parties(watch)) {
        out.collect(new PartyReport(party, t));
      }
    };
  }

  /** An alert's request to each of its parties (none for a sea area or region). */
  static FlatMapFunction<AlertRow, PartyRequest> requests(WatchSettings settings) {
    return new FlatMapFunction<>() {
      private static final long serialVersionUID = 1L;

      @Override
      public void flatMap(AlertRow row, Collector<PartyRequest> out) {
        if (row.withdrawn()) {
          return;
        }
        DetectedAlert a = row.alert();
        List<String> parties = Scope.parties(a.scope(), a.subject());
        String all = String.join(",", parties);
        var from = org.amity.pipeline.WatchJob.firstDay(settings.spec(a.indicator()), a);
        for (String p : parties) {
          out.collect(new PartyRequest(row.id(), row.revision(), all, p, from, a.lastDay()));
        }
      }
    };
  }
}
