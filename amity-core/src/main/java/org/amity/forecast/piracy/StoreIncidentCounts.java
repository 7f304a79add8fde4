package org.amity.forecast.piracy;

import java.util.List;
import java.util.Locale;
import org.amity.event.SeaArea;

/**
 * Incident counts from the store's {@code piracy} events (loaded by {@code amity ingest piracy},
 * each with its sea area). Source "imb" or "asam" counts one file's reports; "merged" counts one
 * report per incident, the events the ingest's merge leaves (one rule, in {@code PiracyTwins}). The
 * months covered run from the first to the last report of the chosen source anywhere, so quiet
 * months in an area count as zero.
 */
public final class StoreIncidentCounts {
  private StoreIncidentCounts() {}

  /** Counts of the store's piracy events; fails when the store holds none of that source. */
  public static IncidentCounts read(PiracyMonthCounts store, String source) {
    String s = source.toLowerCase(Locale.ROOT);
    if (!s.equals("imb") && !s.equals("asam") && !s.equals("merged")) {
      throw new IllegalArgumentException(
          "piracy source must be imb, asam or merged, not " + source);
    }
    List<PiracyMonthCounts.AreaMonth> rows = store.piracyMonths(s);
    IncidentCounts counts = new IncidentCounts();
    for (PiracyMonthCounts.AreaMonth r : rows) {
      int month = IncidentCounts.month(r.year(), r.month());
      SeaArea a = r.seaArea() == null ? null : SeaArea.parse(r.seaArea()).orElse(null);
      if (a == null) {
        counts.extend(month);
        counts.addOutside(r.incidents());
      } else {
        counts.add(a, month, r.incidents());
      }
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException(
          "the store holds no " + s + " piracy events: load them with 'amity ingest piracy'");
    }
    return counts;
  }
}
