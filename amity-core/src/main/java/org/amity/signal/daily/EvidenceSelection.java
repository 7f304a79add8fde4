package org.amity.signal.daily;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amity.event.Event;
import org.amity.signal.EvidencePool;
import org.amity.signal.Scope;

/**
 * The incidents behind an alert, as plain functions: the rule of the store's evidence query ({@code
 * store.duckdb.EvidenceQueries}), which the Flink job applies to the reports it keeps per subject.
 *
 * <p>The reports of a subject are those of its country (the source's country, or the action country
 * when the source is from elsewhere, at sea only when it is also the target's), of its dyad (source
 * and target countries, either way for a two-way dyad), of its sea area or of its conflict area on
 * land (the report's action place in one of the area's divisions), the same subjects as the daily
 * counts (a region has no evidence); a sea area's also include its pirates on its coast, in the
 * pirates' class only ({@link #routes}). Within an alert's window (its first to its last day, both
 * included) the reports of its event class are collapsed into groups of the same day, actor codes,
 * CAMEO code and action country; each group is an item with its number of reports and a
 * representative report (most articles, then the smallest native id). Items are ranked by reports
 * (most first), then by the representative's Goldstein value (most conflictual first), day and
 * native id, and the first {@code size} make the pool. A test ties this rule to the SQL on random,
 * adversarial and real events.
 */
public final class EvidenceSelection {
  private EvidenceSelection() {}

  /** Most reports first, then most conflictual, earliest, smallest native id, dataset. */
  static final Comparator<EvidencePool.Item> RANK =
      Comparator.comparingInt(EvidencePool.Item::reports)
          .reversed()
          .thenComparingDouble(i -> i.event().goldstein() + 0.0) // -0.0 sorts as 0.0 in SQL
          .thenComparing(i -> i.event().eventDate())
          .thenComparing(i -> i.event().nativeId(), EvidenceReports::utf8Order)
          .thenComparing(i -> i.event().dataset(), EvidenceReports::utf8Order);

  /**
   * The subjects whose evidence a report belongs to: the report's country, dyad and sea-area
   * subjects (as it counts for them in the daily table), without the regions, and its conflict area
   * when the areas are switched on ({@link IncidentSubjects#theatre}: its action place is one of
   * the area's divisions, the rule of the areas' series).
   */
  private static List<Subject> subjects(Event e, IncidentSubjects subjects) {
    List<Subject> out = new ArrayList<>(6);
    for (Subject s : subjects.of(Incident.of(e))) {
      if (s.scope() != Scope.REGION) {
        out.add(s);
      }
    }
    subjects.theatre(e).ifPresent(out::add);
    return out;
  }

  /** A report as the evidence of one subject, with the classes it has there. */
  public record Route(Subject subject, EvidenceReports reports) {}

  /**
   * Where a report is evidence, and of which classes: each of its {@link #subjects} with all its
   * classes; and a seizure or abduction by pirates on a sea area's coast ({@link
   * IncidentSubjects#coast}) also that sea area's, in the pirates' class only, as the area's days
   * count it in the pirates' column only.
   */
  public static List<Route> routes(Event e, IncidentSubjects subjects) {
    EvidenceReports one = EvidenceReports.of(e);
    List<Route> out = new ArrayList<>(7);
    for (Subject s : subjects(e, subjects)) {
      out.add(new Route(s, one));
    }
    IncidentSubjects.coast(e).ifPresent(s -> out.add(new Route(s, one.only(EventClass.PIRATE))));
    return out;
  }

  /**
   * Every subject's reports, grouped and classed ({@link EvidenceReports#key()} to reports), from
   * stored events ({@link #routes}): what the Flink job holds in its keyed state, built at once.
   */
  public static Map<Subject, Map<String, EvidenceReports>> reports(
      Iterable<Event> events, IncidentSubjects subjects) {
    Map<Subject, Map<String, EvidenceReports>> out = new HashMap<>();
    for (Event e : events) {
      for (Route r : routes(e, subjects)) {
        EvidenceReports one = r.reports();
        out.computeIfAbsent(r.subject(), k -> new HashMap<>())
            .merge(one.key(), one, EvidenceReports::plus);
      }
    }
    return out;
  }

  /**
   * The pool of one window: the ranked items of {@code cls} from {@code from} to {@code to}, at
   * most {@code size}.
   *
   * @param reports the subject's reports (any order)
   */
  public static List<EvidencePool.Item> pool(
      Collection<EvidenceReports> reports, LocalDate from, LocalDate to, EventClass cls, int size) {
    Map<String, EvidenceReports> groups = new LinkedHashMap<>();
    for (EvidenceReports r : reports) {
      LocalDate day = r.best().eventDate();
      if ((r.classes() & cls.bit()) != 0 && !day.isBefore(from) && !day.isAfter(to)) {
        groups.merge(EvidenceReports.group(r.best()), r, EvidenceReports::plus);
      }
    }
    List<EvidencePool.Item> items = new ArrayList<>(groups.size());
    for (EvidenceReports g : groups.values()) {
      items.add(new EvidencePool.Item(g.best(), g.reports()));
    }
    items.sort(RANK);
    return new ArrayList<>(items.subList(0, Math.min(size, items.size())));
  }
}
