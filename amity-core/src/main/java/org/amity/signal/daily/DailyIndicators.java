package org.amity.signal.daily;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.amity.event.Event;

/**
 * The whole daily table at once, from stored (deduplicated) events in storage order: reports
 * collapse into incidents, each incident counts once for each of its subjects on its day. The Flink
 * job does the same steps one keyed stage at a time; this is their composition, for tests and for
 * inputs small enough to hold.
 */
public final class DailyIndicators {
  private DailyIndicators() {}

  /** Incidents in order of their first report. */
  public static List<Incident> incidents(Iterable<Event> events) {
    Map<IncidentKey, Incident> byKey = new LinkedHashMap<>();
    for (Event e : events) {
      Incident one = Incident.of(e);
      byKey.merge(one.key(), one, Incident::plus);
    }
    return new ArrayList<>(byKey.values());
  }

  /**
   * The rows of {@code indicator_days}, sorted by scope, subject and day; with the conflict areas
   * switched on, also each area's, from the incidents its reports make ({@link
   * IncidentSubjects#theatre}); and each sea area's pirates on its coast ({@link
   * IncidentSubjects#coast}), in that column only. The dead of a record dated by a range count on
   * the days of the range ({@link DeathDay}), for the subjects and place its incident counts for.
   * Each row's dead are {@link DayCounts#settled} per place ({@link IncidentSubjects#place}; a
   * conflict area is one place) once its day is whole, and summed over its places.
   */
  public static List<IndicatorDay> of(Iterable<Event> events, IncidentSubjects subjects) {
    Map<Subject, Map<java.time.LocalDate, Map<String, DayCounts>>> rows = new HashMap<>();
    for (Incident i : incidents(events)) {
      DayCounts c = DayCounts.of(i);
      String place = subjects.place(i.key());
      for (Subject s : subjects.of(i)) {
        rows.computeIfAbsent(s, k -> new HashMap<>())
            .computeIfAbsent(i.key().day(), k -> new HashMap<>())
            .merge(place, IncidentSubjects.countsFor(s, i.key(), c), DayCounts::plus);
      }
    }
    // the dead of records dated by a range, on the days of the range (DeathDay)
    for (Event e : events) {
      List<DeathDay> spread = DeathDay.of(e);
      if (spread.isEmpty()) {
        continue;
      }
      Incident i = Incident.of(e);
      String place = subjects.place(i.key());
      for (Subject s : subjects.of(i)) {
        Map<java.time.LocalDate, Map<String, DayCounts>> days =
            rows.computeIfAbsent(s, k -> new HashMap<>());
        for (DeathDay d : spread) {
          days.computeIfAbsent(d.day(), k -> new HashMap<>())
              .merge(place, IncidentSubjects.countsFor(s, i.key(), d.counts()), DayCounts::plus);
        }
      }
    }
    if (subjects.theatres()) {
      addPlaced(rows, events, subjects::theatre, DayCounts::of);
      for (Event e : events) {
        List<DeathDay> spread = DeathDay.of(e);
        if (spread.isEmpty()) {
          continue;
        }
        subjects
            .theatre(e)
            .ifPresent(
                s -> {
                  Map<java.time.LocalDate, Map<String, DayCounts>> days =
                      rows.computeIfAbsent(s, k -> new HashMap<>());
                  for (DeathDay d : spread) {
                    days.computeIfAbsent(d.day(), k -> new HashMap<>())
                        .merge("", d.counts(), DayCounts::plus);
                  }
                });
      }
    }
    addPlaced(rows, events, IncidentSubjects::coast, i -> DayCounts.of(i).onlyPirates());
    List<IndicatorDay> out = new ArrayList<>();
    rows.forEach(
        (s, days) ->
            days.forEach(
                (d, places) -> out.add(new IndicatorDay(s.scope(), s.name(), d, settled(places)))));
    out.sort(ORDER);
    return out;
  }

  /**
   * A subject's day from its counts per place ({@link IncidentSubjects#place}): each place's {@link
   * DayCounts#settled}, summed.
   */
  public static DayCounts settled(Map<String, DayCounts> places) {
    DayCounts out = DayCounts.ZERO;
    for (DayCounts c : places.values()) {
      out = out.plus(c.settled());
    }
    return out;
  }

  /**
   * Adds to {@code rows} what the incidents of the reports that {@code place} gives a subject (a
   * conflict area, a sea area's coast) count there, {@code counts} of each: the reports grouped by
   * that subject and key, each incident counted on its day.
   */
  private static void addPlaced(
      Map<Subject, Map<java.time.LocalDate, Map<String, DayCounts>>> rows,
      Iterable<Event> events,
      Function<Event, Optional<Subject>> place,
      Function<Incident, DayCounts> counts) {
    Map<Subject, Map<IncidentKey, Incident>> bySubject = new HashMap<>();
    for (Event e : events) {
      place
          .apply(e)
          .ifPresent(
              s -> {
                Incident one = Incident.of(e);
                bySubject
                    .computeIfAbsent(s, k -> new LinkedHashMap<>())
                    .merge(one.key(), one, Incident::plus);
              });
    }
    bySubject.forEach(
        (s, incidents) -> {
          Map<java.time.LocalDate, Map<String, DayCounts>> days =
              rows.computeIfAbsent(s, k -> new HashMap<>());
          for (Incident i : incidents.values()) {
            // an area lies in one country: its dead are weighed in one place
            days.computeIfAbsent(i.key().day(), k -> new HashMap<>())
                .merge("", counts.apply(i), DayCounts::plus);
          }
        });
  }

  /** Scope, subject, day. */
  public static final Comparator<IndicatorDay> ORDER =
      Comparator.comparing(IndicatorDay::scope)
          .thenComparing(IndicatorDay::subject)
          .thenComparing(IndicatorDay::day);
}
