package org.amity.app.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amity.response.timeline.GapMetrics;
import org.amity.response.timeline.GapReport;
import org.amity.response.timeline.Visibility;
import org.amity.response.track2.Track2Meeting;
import org.amity.response.track2.Track2Store;
import org.amity.signal.Alert;
import org.amity.signal.AlertQuery;
import org.amity.signal.Level;
import org.amity.signal.Situation;
import org.amity.storage.Storage;

/**
 * Gathers a month's regional watch list. A situation is on it when one of its alerts at warning
 * level or above was ongoing during the month (from the alert's opening to the day before its
 * closing, the closing day being the first back to normal; or to its last update while not closed).
 * Its level is a current warning's only while the alert is neither closed nor protracted, by the
 * rule the weekly trend counts warnings by ({@link AlertQuery#asCurrent()}): a situation whose
 * alerts had all become protracted before the month is listed as protracted since then. The
 * situations that opened or closed in the month are listed from every situation, whether or not on
 * the watch list (one that closed on the 1st had no alert open that month). The warnings first
 * raised in the month and how they were answered come from {@link GapMetrics}, as {@code amity gap
 * --from --to} computes them; track II meetings are read redacted, as every reader but the convenor
 * sees them.
 */
public final class MonthReports {
  private final Storage store;
  private final Clock clock;

  public MonthReports(Storage store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public MonthReport of(YearMonth month, Visibility audience) {
    LocalDate first = month.atDay(1);
    LocalDate last = month.atEndOfMonth();
    // by peak level: the store's level filter reads an alert's current level, which falls on
    // closing
    AlertQuery q = new AlertQuery("all", null, null, null, first, last, null, 0, 0, false, false);
    Set<Long> current = new HashSet<>();
    for (Alert a : store.signals().alerts(q.asCurrent())) {
      current.add(a.id());
    }
    Map<Long, Level> peak = new LinkedHashMap<>();
    Map<Long, Integer> count = new LinkedHashMap<>();
    Map<Long, LocalDate> protracted = new LinkedHashMap<>();
    for (Alert a : store.signals().alerts(q)) {
      if (a.situationId() == null
          || !a.peakLevel().atLeast(Level.WARNING)
          || (a.closed() == null && a.updated() != null && a.updated().isBefore(first))) {
        continue;
      }
      peak.merge(a.situationId(), a.peakLevel(), (x, y) -> x.atLeast(y) ? x : y);
      if (current.contains(a.id())) {
        count.merge(a.situationId(), 1, Integer::sum);
      } else {
        // ongoing in the month but protracted before it: the latest such day is the one from
        // which none of the situation's alerts listed here was a current warning
        protracted.merge(a.situationId(), a.protracted(), (x, y) -> x.isAfter(y) ? x : y);
      }
    }
    List<MonthReport.Row> rows = new ArrayList<>();
    for (Map.Entry<Long, Level> e : peak.entrySet()) {
      long id = e.getKey();
      int n = count.getOrDefault(id, 0);
      store
          .signals()
          .situation(id)
          .ifPresent(
              s ->
                  rows.add(
                      new MonthReport.Row(s, e.getValue(), n, n > 0 ? null : protracted.get(id))));
    }
    rows.sort(
        Comparator.comparing((MonthReport.Row r) -> r.protractedSince() != null)
            .thenComparing(MonthReport.Row::peak, Comparator.reverseOrder())
            .thenComparing(r -> r.situation().opened())
            .thenComparingLong(r -> r.situation().id()));
    // every situation ongoing from the day before the month (so closing on its 1st or later)
    // and opened by its end: the ones that opened or closed in it among them
    List<Situation> changed =
        store.signals().situations("all", first.minusDays(1), last, 0, 0).stream()
            .filter(
                s ->
                    YearMonth.from(s.opened()).equals(month)
                        || (s.closed() != null && YearMonth.from(s.closed()).equals(month)))
            .toList();
    GapReport gap =
        GapMetrics.compute(
            store.timelines().warnings(), store.timelines().all(audience), first, last);
    List<Track2Meeting> meetings =
        store.track2().meetings(Track2Store.Clearance.REDACTED).stream()
            .filter(m -> YearMonth.from(m.date()).equals(month))
            .map(Track2Meeting::redacted)
            .toList();
    return new MonthReport(
        month,
        rows,
        changed,
        gap,
        meetings,
        store.events().lastEventDate().orElse(null),
        OffsetDateTime.now(clock),
        audience.key());
  }
}
