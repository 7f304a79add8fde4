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
   * @param source "imb", "asam" or "merged" (IMB plus the ASAM incidents with no IMB twin: same day
   *     +-1, position +-0.5 degrees)
   */
  List<AreaMonth> piracyMonths(String source);
}
