package org.amity.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.amity.event.SeaArea;

/**
 * A sea area's evidence pooled with the evidence of the dyads whose two parties both border it: a
 * maritime standoff between two coastal states reports as a few more attacks in the sea and a few
 * more conflict events between the two, each below its own lens's limit. For every such pair the
 * two lenses' daily scores are added day by day into one score with unit spread, and a CUSUM over
 * that score raises a watch on the sea area when it reaches {@code limit}; the watch lasts until
 * the accumulator is back at zero. Each lens's part is capped at {@code allowance} times the pooled
 * spread, so that neither lens alone can ever make the pooled score pass the allowance: only a rise
 * both lenses share accumulates (a rise of one alone is that lens's own business). Watch level
 * only: a rise that deserves a warning shows in one of the two lenses by itself.
 *
 * <p>Which dyads pool with an area is fixed by geography ({@link SeaArea#coastalStates}), never by
 * the data: the dyad's two parties must both border the area, and the dyad must be one on which
 * alerts are raised (a region member in it). Issue 14, nineteenth and twentieth rounds
 * (docs/signals.md).
 *
 * @param name the indicator its alerts carry (e.g. {@code sea_dyad_7d})
 * @param areaLens the spec whose daily scores are the sea area's side (scope area, daily)
 * @param dyadLens the spec whose daily scores are the dyad's side (scope dyad, daily, combined)
 * @param limit the CUSUM at which a watch opens
 * @param allowance what the pooled score must exceed each day to accumulate
 * @param cap the most one day's pooled score adds
 * @param ceiling the most the accumulator holds
 * @param correlation the two lenses' correlation on days without episodes, in the pooled spread
 */
public record PooledLens(
    String name,
    String areaLens,
    String dyadLens,
    double limit,
    double allowance,
    double cap,
    double ceiling,
    double correlation) {

  public PooledLens {
    if (!(limit > 0) || !(allowance >= 0) || !(cap > allowance) || !(ceiling >= limit)) {
      throw new IllegalArgumentException(
          "needs limit > 0, allowance >= 0, cap > allowance and ceiling >= limit");
    }
    if (!(correlation > -1) || !(correlation < 1)) {
      throw new IllegalArgumentException("correlation must lie strictly between -1 and 1");
    }
  }

  /** The spread of the sum of the two lenses' scores. */
  public double spread() {
    return Math.sqrt(2 + 2 * correlation);
  }

  /**
   * The dyads that pool with a sea area among {@code dyads}, in name order: both parties border it
   * and {@code watched} holds for the dyad. Empty for a subject that is not a known sea area.
   */
  public static List<String> coastalDyads(
      String area, java.util.Collection<String> dyads, Predicate<String> watched) {
    java.util.Set<String> given = new java.util.HashSet<>(dyads);
    return coastalPairs(area).stream()
        .filter(d -> given.contains(d) && watched.test(d))
        .sorted()
        .toList();
  }

  /**
   * Every dyad of two states bordering a sea area ("A-B", the codes in order), whether or not it
   * has events; empty for a subject that is not a known sea area.
   */
  public static List<String> coastalPairs(String area) {
    List<String> out = new ArrayList<>();
    sea(area)
        .ifPresent(
            a -> {
              for (String x : a.coastalStates()) {
                for (String y : a.coastalStates()) {
                  if (x.compareTo(y) < 0) {
                    out.add(x + "-" + y);
                  }
                }
              }
            });
    return out;
  }

  /** The sea areas a dyad's two parties both border, in enum order. */
  public static List<String> areasOf(String dyad) {
    List<String> parties = Scope.parties(Scope.DYAD, dyad);
    if (dyad.contains(">") || parties.size() != 2) {
      return List.of();
    }
    return Arrays.stream(SeaArea.values())
        .filter(a -> a.coastalStates().containsAll(parties))
        .map(SeaArea::name)
        .toList();
  }

  private static Optional<SeaArea> sea(String area) {
    return Arrays.stream(SeaArea.values()).filter(a -> a.name().equals(area)).findFirst();
  }

  /**
   * The spec its alerts are stored and drawn under: the area lens's scope, resolution, numerator,
   * span and settings, with this lens's name.
   */
  public DetectionSpec spec(DetectionSpec area) {
    return new DetectionSpec(
        name,
        area.scope(),
        area.resolution(),
        area.numerator(),
        area.denominator(),
        area.minSubjectVolume(),
        area.rollingPeriods(),
        false,
        area.settings());
  }

  /**
   * The sea area's pooled reading, on the area lens's periods: the area's values and expected
   * counts, and per period the pooled score and CUSUM of the dyad whose accumulator is highest (0
   * where no dyad is scored), the level WATCH while any dyad's pooled watch is open.
   *
   * @param dyads each coastal dyad's scores under the dyad lens (from {@link #coastalDyads})
   */
  public Pooled score(SeriesScores area, Map<String, SeriesScores> dyads) {
    int n = area.size();
    double[] scores = new double[n];
    double[] cusum = new double[n];
    Level[] levels = new Level[n];
    Arrays.fill(levels, Level.NONE);
    boolean[] seen = new boolean[n];
    List<TreeSet<String>> open = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      open.add(new TreeSet<>());
    }
    double part = allowance * spread() - 1e-9;
    Map<LocalDate, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(area.periods().get(i), i);
    }
    for (var e : new java.util.TreeMap<>(dyads).entrySet()) {
      SeriesScores d = e.getValue();
      double acc = 0;
      boolean watching = false;
      for (int k = 0; k < d.size(); k++) {
        Integer i = index.get(d.periods().get(k));
        if (i == null || Double.isNaN(d.expected()[k]) || Double.isNaN(area.expected()[i])) {
          continue;
        }
        // each part held strictly below the allowance's share: one lens alone never accumulates
        double z = (Math.min(d.scores()[k], part) + Math.min(area.scores()[i], part)) / spread();
        acc = Math.min(ceiling, Math.max(0, acc + Math.min(z, cap) - allowance));
        if (!watching && acc >= limit) {
          watching = true;
        } else if (watching && acc == 0) {
          watching = false;
        }
        if (watching) {
          levels[i] = Level.WATCH;
          open.get(i).add(e.getKey());
        }
        if (!seen[i] || acc > cusum[i]) {
          seen[i] = true;
          cusum[i] = acc;
          scores[i] = z;
        }
      }
    }
    double[] share = new double[n];
    Arrays.fill(share, Double.NaN);
    return new Pooled(
        new SeriesScores(
            area.periods(),
            area.values(),
            null,
            area.expected(),
            share,
            scores,
            cusum,
            levels,
            new boolean[n],
            new boolean[n]),
        open.stream().map(List::copyOf).toList());
  }

  /**
   * The pooled reading of a sea area.
   *
   * @param open per period, the dyads whose pooled watch is open there
   */
  public record Pooled(SeriesScores scores, List<List<String>> open) {}

  /** An alert of this lens and the dyads that carried it (open at some period of its run). */
  public record Found(DetectedAlert alert, List<String> dyads) {}

  /** The alerts of a sea area, each with the dyads whose pooled watch was open in its run. */
  public List<Found> alerts(DetectionSpec spec, String area, Pooled pooled) {
    List<Found> out = new ArrayList<>();
    SeriesScores s = pooled.scores();
    int i = 0;
    for (DetectedAlert a : AlertBuilder.alerts(spec, area, s)) {
      // alerts come in period order: scan each one's run only, from where the last one ended
      while (s.periods().get(i).isBefore(a.opened())) {
        i++;
      }
      TreeSet<String> dyads = new TreeSet<>();
      for (; i < s.size() && !s.periods().get(i).isAfter(a.updated()); i++) {
        dyads.addAll(pooled.open().get(i));
      }
      out.add(new Found(a, List.copyOf(dyads)));
    }
    return out;
  }

  /**
   * Every sea area's alerts under this lens, from the two lenses' scores by subject (the subjects
   * each lens scores: those above its volume floor on which alerts are raised). Areas without a
   * scored coastal dyad have none. The watch and the plain engine both call this.
   *
   * @param spec the spec its alerts carry ({@link #spec})
   */
  public Map<String, List<Found>> alerts(
      DetectionSpec spec, Map<String, SeriesScores> areas, Map<String, SeriesScores> dyads) {
    Map<String, List<Found>> out = new java.util.TreeMap<>();
    for (var a : areas.entrySet()) {
      Map<String, SeriesScores> coastal = new HashMap<>();
      for (String d : coastalDyads(a.getKey(), dyads.keySet(), x -> true)) {
        coastal.put(d, dyads.get(d));
      }
      out.put(
          a.getKey(),
          coastal.isEmpty() ? List.of() : alerts(spec, a.getKey(), score(a.getValue(), coastal)));
    }
    return out;
  }
}
