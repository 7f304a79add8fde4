package org.amity.store;

import java.time.LocalDate;

/**
 * Which events to read.
 *
 * @param country ISO3: events whose source, target or action country it is; null for all
 * @param from first event date, inclusive; null for no bound
 * @param to last event date, inclusive; null for no bound
 * @param dataset only this dataset; null for all
 * @param limit at most this many; 0 for no limit
 * @param offset skip this many first (ordered by date, dataset, native id)
 */
public record EventQuery(
    String country, LocalDate from, LocalDate to, String dataset, long limit, long offset) {

  public EventQuery {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must not be negative");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }

  public static EventQuery all() {
    return new EventQuery(null, null, null, null, 0, 0);
  }
}
