package org.amity.signal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Turns the filters a person gives (status, lowest level, scope, subject, date range) into an
 * {@link AlertQuery}, with the reason in words when one is wrong. The CLI's {@code alerts} options
 * and the API's {@code /api/v1/alerts} parameters both come through here, so they accept and refuse
 * the same things.
 */
public final class AlertFilter {
  private AlertFilter() {}

  /**
   * @param status open, protracted, closed or all (null: open)
   * @param level lowest level: watch, warning or alert (null: every level)
   * @param scope country, dyad, area, region or theatre (null: every scope)
   * @param subject "THA", a dyad in either order ("PHL-CHN"), a sea area's or a conflict area's
   *     name (null: every one)
   * @param from ISO date: alerts still ongoing on or after it (null: no lower bound)
   * @param to ISO date: alerts opened on or before it (null: no upper bound)
   * @throws IllegalArgumentException naming the filter that is wrong and why
   */
  public static AlertQuery of(
      String status, String level, String scope, String subject, String from, String to) {
    String st = status == null ? "open" : status.trim().toLowerCase(Locale.ROOT);
    if (!AlertQuery.STATUSES.contains(st)) {
      throw new IllegalArgumentException(
          "status must be open, protracted, closed or all, not '" + status + "'");
    }
    LocalDate[] range = range(from, to);
    LocalDate f = range[0];
    LocalDate t = range[1];
    return new AlertQuery(
        st,
        level == null ? null : Level.parse(level),
        scope == null ? null : Scope.parse(scope),
        subject(subject),
        f,
        t,
        null,
        0,
        0,
        true,
        false);
  }

  /** A subject as stored: upper case, a dyad's two codes in sorted order. */
  public static String subject(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    var area = org.amity.event.ConflictArea.parse(s);
    if (area.isPresent()) {
      return area.get().name(); // "deep-south" as "DEEP_SOUTH"
    }
    String v = s.trim().toUpperCase(Locale.ROOT);
    if (!v.matches("[A-Z_]{2,40}(-[A-Z]{3})?")) {
      throw new IllegalArgumentException(
          "subject must be an ISO3 code (THA), a dyad (CHN-PHL), a sea area or a conflict area"
              + " (MINDANAO) name, not '"
              + (s.length() <= 40 ? s : s.substring(0, 40) + "...")
              + "'");
    }
    if (v.contains("-")) {
      String[] p = v.split("-");
      return p[0].compareTo(p[1]) <= 0 ? v : p[1] + "-" + p[0];
    }
    return v;
  }

  /**
   * A date range as a person gives it ({@code from}, {@code to}: ISO dates, either may be null or
   * blank for no bound), for alerts and situations alike: what is ongoing on some day of it.
   *
   * @return {from, to}, each null when not given
   * @throws IllegalArgumentException when a date cannot be read or the range ends before it starts
   */
  public static LocalDate[] range(String from, String to) {
    LocalDate f = date("from", from);
    LocalDate t = date("to", to);
    if (f != null && t != null && t.isBefore(f)) {
      throw new IllegalArgumentException(
          "the date range ends (" + t + ") before it starts (" + f + ")");
    }
    return new LocalDate[] {f, t};
  }

  private static LocalDate date(String name, String v) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " is not a date: " + v + " (use YYYY-MM-DD)");
    }
  }
}
