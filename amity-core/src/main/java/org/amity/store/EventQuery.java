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
 * @param offset skip this many first (ordered by date, dataset, native id; after {@code after} when
 *     given)
 * @param after start right after this event in the order read (a keyset page); null to start at the
 *     first
 */
public record EventQuery(
    String country,
    LocalDate from,
    LocalDate to,
    String dataset,
    long limit,
    long offset,
    EventCursor after) {

  public EventQuery {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must not be negative");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }

  /** A query that starts at the first event (no cursor). */
  public EventQuery(
      String country, LocalDate from, LocalDate to, String dataset, long limit, long offset) {
    this(country, from, to, dataset, limit, offset, null);
  }

  public static EventQuery all() {
    return new EventQuery(null, null, null, null, 0, 0);
  }

  /** The same query, starting right after {@code cursor}. */
  public EventQuery after(EventCursor cursor) {
    return new EventQuery(country, from, to, dataset, limit, offset, cursor);
  }

  /** The filters alone (what a page map is kept for): no limit, offset or cursor. */
  public EventQuery filters() {
    return new EventQuery(country, from, to, dataset, 0, 0, null);
  }
}
