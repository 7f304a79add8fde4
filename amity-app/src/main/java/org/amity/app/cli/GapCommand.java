package org.amity.app.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.amity.app.json.TimelineJson;
import org.amity.response.timeline.GapMetrics;
import org.amity.response.timeline.GapReport;
import org.amity.response.timeline.Visibility;
import org.amity.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity gap}: how often and how fast warnings were answered. */
@Command(
    name = "gap",
    mixinStandardHelpOptions = true,
    description =
        "The warning-response gap: warnings raised (warning level or above), the share answered"
            + " by a consultation or action within 30 and 90 days, median delays, outcomes per"
            + " instrument and threat type, and the unanswered warnings, oldest first.")
final class GapCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(names = "--from", description = "First day of warnings counted (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", description = "Last day of warnings counted (YYYY-MM-DD).")
  LocalDate to;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("--to is before --from");
    }
    GapReport r;
    try (Storage s = store.open()) {
      var t = s.timelines();
      r = GapMetrics.compute(t.warnings(), t.all(Visibility.ADMIN), from, to);
    }
    if (json) {
      System.out.println(Json.write(TimelineJson.gap(r)));
      return 0;
    }
    System.out.printf(Locale.ROOT, "warnings raised: %d%n", r.warnings());
    System.out.printf(
        Locale.ROOT,
        "answered within 30 days: %d (%.0f%%), within 90 days: %d (%.0f%%)%n",
        r.answered30Count(),
        100 * r.answered30(),
        r.answered90Count(),
        100 * r.answered90());
    System.out.println("median days to first consultation: " + days(r.medianDaysToConsultation()));
    System.out.println("median days to first action: " + days(r.medianDaysToAction()));
    r.byInstrument()
        .forEach(
            (k, v) ->
                System.out.println(
                    "instrument "
                        + TimelineJson.instrumentName(k)
                        + ": "
                        + TimelineJson.countsInWords(v)));
    r.byThreatType()
        .forEach(
            (k, v) ->
                System.out.println("threat type " + k + ": " + TimelineJson.countsInWords(v)));
    System.out.println(TimelineJson.unattachedInWords(r.unattached(), r.unattachedEntries()));
    System.out.println("unanswered warnings, oldest first: " + r.unanswered().size());
    for (var u : r.unanswered()) {
      System.out.printf(
          Locale.ROOT,
          "  #%d %s  %s (%s)%n",
          u.situationId(),
          u.firstWarning(),
          u.title(),
          u.level());
      System.out.println("      " + TimelineJson.unansweredInWords(u));
    }
    return 0;
  }

  private static String days(Double d) {
    return d == null ? "none recorded" : String.format(Locale.ROOT, "%.1f", d);
  }
}
