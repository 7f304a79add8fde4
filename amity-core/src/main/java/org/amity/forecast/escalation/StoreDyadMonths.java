package org.amity.forecast.escalation;

import java.util.TreeSet;

/**
 * Dyad-month QuadClass counts from the store's imported series ({@code amity ingest series}: scope
 * {@code dyad}, resolution {@code month}, indicators {@code q1}..{@code q4}, directed subjects
 * {@code A>B} in ISO3 codes). Exactly one imported source must be present, so two imports of
 * overlapping files are never added together.
 */
public final class StoreDyadMonths {
  private StoreDyadMonths() {}

  public static DyadMonths read(DyadMonthImports store) {
    DyadMonths d = new DyadMonths();
    TreeSet<String> sources = new TreeSet<>();
    for (DyadMonthImports.Row r : store.dyadMonthRows()) {
      sources.add(r.source());
      int quad = r.indicator().charAt(1) - '1';
      int month = r.year() * 12 + r.month() - 1;
      d.add(r.subject(), r.subject().replace(">", " > "), month, quad, (int) Math.round(r.value()));
    }
    if (sources.isEmpty()) {
      throw new IllegalStateException(
          "the store holds no dyad-month series: load one with 'amity ingest series'");
    }
    if (sources.size() > 1) {
      throw new IllegalStateException(
          "the store holds dyad-month series from several imports " + sources + ": keep one");
    }
    return d;
  }
}
