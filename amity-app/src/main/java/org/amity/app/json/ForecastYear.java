package org.amity.app.json;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.amity.forecast.ewp.EwpRanking;
import org.amity.forecast.store.ForecastStore;
import org.amity.ingest.SharedData;

/**
 * The questions {@code amity forecast list --target --year [--horizon]} and {@code GET
 * /api/v1/forecasts/latest} both answer, in one place: which stored run of a target forecasts a
 * year (the newest, or the newest of one horizon, naming the horizons not shown), and EWP's
 * published ranking at that run's horizon to set beside its forecasts (also for {@code --run} and
 * {@code GET /api/v1/forecasts/{runId}}).
 */
public final class ForecastYear {
  /** Where EWP's file lies under the shared data folder. */
  public static final String EWP_FILE = "ewp-statrisk-2025/" + EwpRanking.FILE;

  private ForecastYear() {}

  /**
   * The run chosen for a target and year.
   *
   * @param run the chosen run, null when none of the asked horizon is stored
   * @param otherHorizons horizons of other stored runs of the target and year, not shown
   */
  public record Choice(ForecastStore.Run run, List<Integer> otherHorizons) {
    public Choice {
      otherHorizons = List.copyOf(otherHorizons);
    }

    /**
     * "showing the one-year run; ewp forecasts for 2025 of horizon 2 are stored too: add --horizon
     * 2 to see them" ({@code how} is "add --horizon "), or null when no other horizon is stored.
     */
    public String otherNote(String target, int year, String how) {
      if (otherHorizons.isEmpty()) {
        return null;
      }
      String list =
          otherHorizons.stream().map(h -> Integer.toString(h)).collect(Collectors.joining(", "));
      return "showing the "
          + horizonWords(run)
          + " run; "
          + target
          + " forecasts for "
          + year
          + " of horizon "
          + list
          + " are stored too: "
          + how
          + otherHorizons.get(0)
          + " to see them";
    }
  }

  /**
   * The newest run of {@code target} with forecasts for {@code year} ({@code horizon} null) or the
   * newest of that horizon; empty when no run of the target forecasts the year at all.
   */
  public static Optional<Choice> choose(
      ForecastStore store, String target, int year, Integer horizon) {
    List<ForecastStore.Run> runs = store.latestRunPerHorizon(target, year);
    if (runs.isEmpty()) {
      return Optional.empty();
    }
    ForecastStore.Run chosen =
        horizon == null
            ? runs.get(0)
            : runs.stream().filter(r -> r.horizon() == horizon).findFirst().orElse(null);
    List<Integer> others = new ArrayList<>();
    for (ForecastStore.Run r : runs) {
      if (r != chosen) {
        others.add(r.horizon());
      }
    }
    return Optional.of(new Choice(chosen, others));
  }

  /** "one-year", "2-year", "one-month", "3-month". */
  public static String horizonWords(ForecastStore.Run r) {
    String unit = r.periodKind().equals("month") ? "month" : "year";
    return (r.horizon() == 1 ? "one" : Integer.toString(r.horizon())) + "-" + unit;
  }

  /**
   * EWP's published ranking beside a run.
   *
   * @param ranking the ranking at the run's horizon ({@link EwpRanking#NONE} when there is none)
   * @param missing why an ewp run has no ranking beside it, in words; null when it has one or the
   *     target is not ewp
   */
  public record Published(EwpRanking ranking, String missing) {
    /** The JSON-ready description of the ranking, or null without one. */
    public Map<String, Object> json() {
      if (ranking.isEmpty()) {
        return null;
      }
      return Map.of(
          "period", ranking.period(),
          "riskColumn", ranking.riskColumn(),
          "file", EwpRanking.FILE,
          "countries", ranking.entries().size());
    }
  }

  /** EWP's ranking at the run's horizon, read from the shared data folder when there. */
  public static Published published(ForecastStore.Run run) {
    if (!run.target().equals("ewp")) {
      return new Published(EwpRanking.NONE, null);
    }
    return published(run, SharedData.find(EWP_FILE, ForecastYear.class));
  }

  /**
   * EWP's ranking at the run's horizon from {@code file} (EWP's final forecasts; null when it was
   * not found).
   */
  public static Published published(ForecastStore.Run run, Path file) {
    if (!run.target().equals("ewp")) {
      return new Published(EwpRanking.NONE, null);
    }
    if (file == null) {
      return new Published(
          EwpRanking.NONE,
          "EWP's published ranking is not available here: "
              + EWP_FILE
              + " was not found in $AMITY_TESTDATA, ../shared/data or beside the installation");
    }
    if (run.horizon() != 1 && run.horizon() != 2) {
      return new Published(
          EwpRanking.NONE,
          "EWP publishes risks for one or two years only, not for this run's "
              + run.horizon()
              + " years");
    }
    try {
      return new Published(EwpRanking.read(file.getParent(), run.horizon()), null);
    } catch (IOException | RuntimeException e) {
      return new Published(
          EwpRanking.NONE, "EWP's published ranking could not be read: " + e.getMessage());
    }
  }
}
