package org.amity.app.web.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.amity.app.web.ApiProblem;
import org.amity.event.CountryTable;

/**
 * Parses request parameters, answering a bad one with 400 and the reason (never 500). Optional
 * parameters come back null when absent; an empty value counts as bad, not as absent.
 */
final class Params {
  private static final Set<String> ISO3 = iso3Codes();

  private Params() {}

  static String text(Context ctx, String name) {
    return ctx.queryParam(name);
  }

  static LocalDate date(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest(name + " must be a date YYYY-MM-DD, got '" + clip(v) + "'");
    }
  }

  static int integer(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw ApiProblem.badRequest(name + " must be a whole number, got '" + clip(v) + "'");
    }
    if (n < min || n > max) {
      throw ApiProblem.badRequest(name + " must be between " + min + " and " + max + ", got " + n);
    }
    return n;
  }

  /** A value from a fixed list (case-insensitive), or the fallback when absent. */
  static String oneOf(Context ctx, String name, String fallback, String... allowed) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return fallback;
    }
    for (String a : allowed) {
      if (a.equalsIgnoreCase(v.strip())) {
        return a;
      }
    }
    throw ApiProblem.badRequest(
        name + " must be one of " + String.join(", ", allowed) + ", got '" + clip(v) + "'");
  }

  /** An ISO3 country code known to Amity's country table. */
  static String country(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null ? null : iso3(name, v);
  }

  static String iso3(String name, String v) {
    String c = v.strip().toUpperCase(Locale.ROOT);
    if (!ISO3.contains(c)) {
      throw ApiProblem.badRequest(
          name + " must be an ISO 3166 alpha-3 country code such as THA, got '" + clip(v) + "'");
    }
    return c;
  }

  /** A dyad "CHN-VNM": two different ISO3 codes, returned sorted as the store keeps them. */
  static String dyad(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return null;
    }
    String[] parts = v.split("-", -1);
    if (parts.length != 2) {
      throw ApiProblem.badRequest(
          name + " must be two ISO3 codes joined by '-', such as CHN-VNM, got '" + clip(v) + "'");
    }
    String a = iso3(name, parts[0]);
    String b = iso3(name, parts[1]);
    if (a.equals(b)) {
      throw ApiProblem.badRequest(name + " needs two different countries, got '" + clip(v) + "'");
    }
    String[] sorted = {a, b};
    Arrays.sort(sorted);
    return sorted[0] + "-" + sorted[1];
  }

  /** A positive whole-number path parameter (an id). */
  static long id(Context ctx, String name) {
    String v = ctx.pathParam(name);
    try {
      long id = Long.parseLong(v);
      if (id < 1) {
        throw new NumberFormatException();
      }
      return id;
    } catch (NumberFormatException e) {
      throw ApiProblem.badRequest(name + " must be a positive whole number, got '" + clip(v) + "'");
    }
  }

  /** Refuses a range whose start is after its end. */
  static void range(LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiProblem.badRequest("from " + from + " is after to " + to);
    }
  }

  /** Refuses parameters the route does not know (a typo should not silently widen a query). */
  static void only(Context ctx, String... known) {
    List<String> k = List.of(known);
    for (String name : ctx.queryParamMap().keySet()) {
      if (!k.contains(name)) {
        throw ApiProblem.badRequest(
            "unknown parameter '"
                + clip(name)
                + "'"
                + (k.isEmpty() ? "; this route takes none" : "; known: " + String.join(", ", k)));
      }
    }
  }

  /** Echoed input is cut short: an error message should not carry a megabyte back. */
  static String clip(String v) {
    return v.length() <= 40 ? v : v.substring(0, 40) + "...";
  }

  private static Set<String> iso3Codes() {
    return CountryTable.standard().countries().stream()
        .map(c -> c.iso3())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }
}
