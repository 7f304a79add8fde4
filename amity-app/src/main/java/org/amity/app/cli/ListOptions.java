package org.amity.app.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.amity.signal.AlertFilter;
import org.amity.signal.AlertQuery;
import org.amity.signal.Freshness;
import picocli.CommandLine.Option;

/**
 * The {@code --status}, date range, paging and {@code --json} options of the alert and situation
 * lists (one range rule for both: {@link AlertFilter#range}).
 */
final class ListOptions {
  @Option(
      names = "--status",
      defaultValue = "open",
      description =
          "open (current warnings), protracted (held without rising further), closed or all"
              + " (default ${DEFAULT-VALUE}).")
  String status;

  @Option(names = "--limit", description = "Print at most this many (default: all).")
  int limit;

  @Option(names = "--offset", description = "Skip this many first (with --limit: a page).")
  int offset;

  @Option(names = "--json", description = "Print a JSON array.")
  boolean json;

  @Option(names = "--from", description = "Only those still ongoing on or after this date (ISO).")
  String from;

  @Option(names = "--to", description = "Only those opened on or before this date (ISO).")
  String to;

  /** The date range asked for ({@code from}, {@code to}; null for no bound), checked. */
  LocalDate[] range() {
    return AlertFilter.range(from, to);
  }

  /** The status asked for, checked. */
  String status() {
    if (!AlertQuery.STATUSES.contains(status)) {
      throw new IllegalArgumentException("--status must be open, protracted, closed or all");
    }
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("--limit and --offset must not be negative");
    }
    return status;
  }

  /**
   * Prints the items as a JSON array, or a line each after a "data as of" line and, when paged,
   * which page this is ("no open alerts" when there are none).
   */
  <T> void print(
      List<T> items,
      int total,
      Freshness fresh,
      Function<T, Object> toJson,
      String noun,
      Consumer<T> line) {
    if (json) {
      System.out.println(Json.write(items.stream().map(toJson).toList()));
      return;
    }
    System.out.println(
        "data as of "
            + (fresh.dataAsOf() == null ? "- (nothing stored)" : fresh.dataAsOf().toString()));
    if (items.isEmpty()) {
      System.out.println("no " + (status.equals("all") ? "" : status + " ") + noun);
    }
    items.forEach(line);
    if (limit > 0 || offset > 0) {
      int per = limit > 0 ? limit : Math.max(1, total);
      System.out.printf(
          Locale.ROOT,
          "page %d of %d (%d %s in all)%n",
          offset / per + 1,
          Math.max(1, (total + per - 1) / per),
          total,
          noun);
    }
  }
}
