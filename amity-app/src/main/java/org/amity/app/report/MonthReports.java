package org.amity.app.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amity.response.timeline.GapMetrics;
import org.amity.response.timeline.GapReport;
import org.amity.response.timeline.Visibility;
import org.amity.response.track2.Track2Meeting;
import org.amity.response.track2.Track2Store;
import org.amity.signal.Alert;
import org.amity.signal.AlertQuery;
import org.amity.signal.Level;
import org.amity.storage.Storage;

/**
 * Gathers a month's regional watch list. A situation is on it when one of its alerts at warning
 * level or above was active during the month (from the alert's opening to the day before its
 * closing, {@link Alert#lastOpenDay()}, the closing day being the first back to normal; or to its
 * last update while not closed). The warnings first raised in the month and how they were answered
 * come from {@link GapMetrics}, as {@code amity gap --from --to} computes them; track II meetings
 * are read redacted, as every reader but the convenor sees them.
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
    Map<Long, Level> peak = new LinkedHashMap<>();
    Map<Long, Integer> count = new LinkedHashMap<>();
    // by peak level: the store's level filter reads an alert's current level, which falls on
    // closing
    AlertQuery q = AlertQuery.status("all").withoutEvidence();
    for (Alert a : store.signals().alerts(q)) {
      LocalDate end = a.closed() != null ? a.lastOpenDay() : a.updated();
      if (a.situationId() == null
          || !a.peakLevel().atLeast(Level.WARNING)
          || a.opened().isAfter(last)
          || (end != null && end.isBefore(first))) {
        continue;
      }
      peak.merge(a.situationId(), a.peakLevel(), (x, y) -> x.atLeast(y) ? x : y);
      count.merge(a.situationId(), 1, Integer::sum);
    }
    List<MonthReport.Row> rows = new ArrayList<>();
    for (Map.Entry<Long, Level> e : peak.entrySet()) {
      store
          .signals()
          .situation(e.getKey())
          .ifPresent(s -> rows.add(new MonthReport.Row(s, e.getValue(), count.get(e.getKey()))));
    }
    rows.sort(
        Comparator.comparing(MonthReport.Row::peak)
            .reversed()
            .thenComparing(r -> r.situation().opened())
            .thenComparingLong(r -> r.situation().id()));
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
        gap,
        meetings,
        store.events().lastEventDate().orElse(null),
        OffsetDateTime.now(clock),
        audience.key());
  }
}
