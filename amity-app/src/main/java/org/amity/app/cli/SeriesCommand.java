package org.amity.app.cli;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.amity.app.json.SignalJson;
import org.amity.signal.IndicatorSeries;
import org.amity.signal.IndicatorSeriesReader;
import org.amity.signal.Resolution;
import org.amity.signal.Scope;
import org.amity.signal.daily.SeriesRollup;
import org.amity.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity series}: print an indicator series. */
@Command(
    name = "series",
    mixinStandardHelpOptions = true,
    description =
        "Print an indicator series of a country, dyad, sea area, region or conflict area (run"
            + " amity watch first"
            + " for series derived from events). A detector's name as the indicator (such as"
            + " material_conflict_7d) prints the series as the detector scored it, with its level.")
final class SeriesCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(
      names = "--scope",
      required = true,
      description =
          "country, dyad, area (a sea area), region or theatre (a conflict area on land).")
  String scope;

  @Option(
      names = "--subject",
      required = true,
      description =
          "THA; CHN-PHL (both directions, either order) or CHN>PHL; SULU_CELEBES; ASEAN or WORLD;"
              + " MINDANAO, DEEP_SOUTH, RAKHINE, KACHIN_SHAN or PAPUA (theatre).")
  String subject;

  @Option(
      names = "--indicator",
      defaultValue = "events",
      completionCandidates = IndicatorNames.class,
      description = "${COMPLETION-CANDIDATES}, or a detector's name (default ${DEFAULT-VALUE}).")
  String indicator;

  /** The derived series' indicators, for the help and shell completion: the daily table's own. */
  static final class IndicatorNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return SeriesRollup.INDICATORS.iterator();
    }
  }

  @Option(
      names = "--resolution",
      description =
          "day, week or month (default: a detector's own resolution when --indicator names a"
              + " detector, such as day for dyad_conflict_7d; month for any other indicator).")
  String resolution;

  @Option(names = "--from", paramLabel = "DATE", description = "First period (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last period (YYYY-MM-DD).")
  LocalDate to;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    Scope sc = Scope.parse(scope);
    String subject = Scope.subject(sc, this.subject);
    try (Storage s = store.open()) {
      IndicatorSeriesReader reader = new IndicatorSeriesReader(s.series());
      // the same default as /api/v1/series: a detector's own resolution (audit4 H9)
      Resolution r =
          resolution == null ? reader.defaultResolution(indicator) : Resolution.parse(resolution);
      IndicatorSeries series = reader.read(sc, subject, indicator, r, from, to);
      if (json) {
        System.out.println(Json.write(SignalJson.series(series)));
      } else if (series.points().isEmpty()) {
        // an empty answer is still an answer (exit 0); why it is empty goes to stderr
        System.err.println(series.message());
      } else {
        if (series.message() != null) {
          // periods the series leaves out, and why (a region's deaths no member's source covered)
          System.err.println(series.message());
        }
        for (IndicatorSeries.Point p : series.points()) {
          System.out.printf(
              Locale.ROOT,
              "%s  %10.2f%s%n",
              p.period(),
              p.value(),
              p.level() == null ? "" : "  " + p.level());
        }
      }
      return 0;
    }
  }
}
