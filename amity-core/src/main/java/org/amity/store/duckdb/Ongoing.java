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
    return in(from, to, "closed");
  }

  /**
   * The same condition with {@code end}, the SQL expression of the first day no longer open, in
   * place of {@code closed} (such as {@link #currentEnd}).
   */
  static String in(LocalDate from, LocalDate to, String end) {
    StringBuilder sql = new StringBuilder();
    if (from != null) {
      sql.append(" AND ").append(endsAfter(end, "DATE '" + from + "'"));
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

  /**
   * The SQL expression of an alert's first day no longer a current warning: the day it became
   * protracted, else its closing day (null while it is neither). The weekly trend and the month
   * report's watch list count current warnings by it; {@code prefix} is the table's alias with its
   * dot, or empty.
   */
  static String currentEnd(String prefix) {
    return "coalesce(" + prefix + "protracted, " + prefix + "closed)";
  }
}
