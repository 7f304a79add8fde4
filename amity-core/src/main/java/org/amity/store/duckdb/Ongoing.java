package org.amity.store.duckdb;

import java.time.LocalDate;

/**
 * What "ongoing in a date range" means for alerts and situations alike: opened on or before the
 * range's last day and not closed before its first (an open one runs to today). One rule, so the
 * alerts and the situations of a range on the dashboard and the command line agree.
 */
final class Ongoing {
  private Ongoing() {}

  /**
   * The condition as {@code " AND ..."} over the columns {@code opened} and {@code closed}, empty
   * when neither bound is given. The dates are {@link LocalDate}s, written as ISO literals.
   */
  static String in(LocalDate from, LocalDate to) {
    StringBuilder sql = new StringBuilder();
    if (from != null) {
      sql.append(" AND coalesce(closed, DATE '9999-12-31') >= DATE '").append(from).append("'");
    }
    if (to != null) {
      sql.append(" AND opened <= DATE '").append(to).append("'");
    }
    return sql.toString();
  }
}
