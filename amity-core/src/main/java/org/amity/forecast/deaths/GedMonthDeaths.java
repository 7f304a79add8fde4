package org.amity.forecast.deaths;

import java.util.List;

/** Stored UCDP GED events summed per province and month (see {@link ProvinceDeaths#of}). */
public interface GedMonthDeaths {

  /**
   * Deaths (GED best estimates) and events of one province in one month.
   *
   * @param country ISO3 of the event's country
   * @param province GED's {@code adm_1} as stored, null or empty when the event is not placed in
   *     one
   */
  record ProvinceMonth(
      String country, String province, int year, int month, long deaths, int events) {}

  List<ProvinceMonth> gedMonths();
}
