package org.amity.store;

import java.time.LocalDate;
import java.util.Map;

/**
 * Totals over the store.
 *
 * @param events stored events
 * @param datasets events per dataset, sorted by name
 * @param firstDate earliest event date, null when empty
 * @param lastDate latest event date, null when empty
 * @param imports imported aggregate series per source, sorted by source
 */
public record StoreStats(
    long events,
    Map<String, Long> datasets,
    LocalDate firstDate,
    LocalDate lastDate,
    java.util.List<ImportedSeries> imports) {

  /**
   * The series of one import.
   *
   * @param source "import:FILE"
   * @param series distinct (subject, indicator, resolution) series
   * @param points stored points
   * @param firstPeriod first period start
   * @param lastPeriod last period start
   */
  public record ImportedSeries(
      String source, long series, long points, LocalDate firstPeriod, LocalDate lastPeriod) {}

  public StoreStats {
    imports = imports == null ? java.util.List.of() : java.util.List.copyOf(imports);
  }
}
