package org.amity.store.duckdb;

import java.time.LocalDate;

/**
 * What "ongoing in a date range" means for alerts and situations alike: opened on or before the
 * range's last day and closed after its first (an open one runs to today). The closing day is the
 * first day back to normal, so an alert or situation is open from {@code opened} to the day before
 * {@code closed}. One rule, so the alerts and the situations of a range on the dashboard and the
 * command line, and the weekly trend, agree.
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
      sql.append(" AND ").append(endsAfter("closed", "DATE '" + from + "'"));
    }
    if (to != null) {
      sql.append(" AND opened <= DATE '").append(to).append("'");
    }
    return sql.toString();
  }

  /**
   * The condition that a row was still open on some day on or after {@code day} (an SQL date
   * expression): {@code end}, the SQL expression of its first day no longer open (its closing day,
   * null while it is open), comes after that day. The end day itself does not count: the closing
   * day is the first one back to normal.
   */
  static String endsAfter(String end, String day) {
    return "coalesce(" + end + ", DATE '9999-12-31') > " + day;
  }
}
