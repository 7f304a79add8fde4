package org.amity.forecast.piracy;

import java.util.List;

/** Stored piracy events counted per sea area and month (see {@link StoreIncidentCounts}). */
public interface PiracyMonthCounts {

  /**
   * Incidents of one sea area in one month.
   *
   * @param seaArea the area's name as stored, or null for incidents outside every area
   */
  record AreaMonth(String seaArea, int year, int month, int incidents) {}

  /**
   * @param source "imb", "asam" (every report of that file) or "merged" (one report per incident:
   *     the events left by the ingest's merge of reports of one incident)
   */
  List<AreaMonth> piracyMonths(String source);
}
