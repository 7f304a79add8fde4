package org.amity.app.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.amity.simulate.Evaluation;

/**
 * The detectors over a range of simulated seeds: every seed's figures and their distribution, so
 * that the worst seed is in plain view beside the median (the best seed alone says little).
 *
 * @param protocol how the seeds were run: what was scored, on which detectors
 * @param seeds one row per seed, in order
 * @param recall distribution of per-seed recall
 * @param precision distribution of per-seed precision (seeds without alerts left out)
 * @param falseAlertsPerCountryYear distribution of per-seed false alerts per country-year
 * @param medianLeadDays distribution of per-seed median lead
 * @param targets how many seeds meet each target of issue 14
 * @param pooled episodes, detected and recall over all seeds, overall and per strength class
 * @param falseAlertsByLens false alerts over all seeds per lens, most first: where the false-alert
 *     budget goes
 */
@JsonPropertyOrder({
  "protocol",
  "seeds",
  "recall",
  "precision",
  "falseAlertsPerCountryYear",
  "medianLeadDays",
  "targets",
  "pooled",
  "falseAlertsByLens"
})
record SeedsReport(
    Protocol protocol,
    List<Seed> seeds,
    Spread recall,
    Spread precision,
    Spread falseAlertsPerCountryYear,
    Spread medianLeadDays,
    Targets targets,
    List<Pooled> pooled,
    java.util.Map<String, Integer> falseAlertsByLens) {

  /** Recall wanted on every seed. */
  static final double RECALL_TARGET = 0.9;

  /** Precision wanted on every seed. */
  static final double PRECISION_TARGET = 0.8;

  /** Most false alerts per country-year allowed on a seed. */
  static final double FALSE_ALERT_TARGET = 0.3;

  /**
   * How every seed was run.
   *
   * @param start first scored day
   * @param days scored days per seed
   * @param historyDays days simulated before {@code start}, read by the detectors, left out of the
   *     score (0: each run starts cold)
   * @param engine store or plain
   * @param minLevel the lowest alert level counted
   * @param detectors "shipped" or the settings file given
   */
  record Protocol(
      java.time.LocalDate start,
      int days,
      int historyDays,
      String engine,
      String minLevel,
      String detectors) {}

  /**
   * One seed's figures, the episodes it missed ("E7 piracy weak MYS-SGP") and its false alerts per
   * "scope:subject" and per lens.
   */
  record Seed(
      long seed,
      int episodes,
      int detected,
      Double recall,
      Double precision,
      double falseAlertsPerCountryYear,
      Double medianLeadDays,
      int alerts,
      int falseAlerts,
      int decoyAlerts,
      List<String> missed,
      java.util.Map<String, Integer> falseAlertsBySubject,
      java.util.Map<String, Integer> falseAlertsByLens) {}

  /** Smallest, median and largest value over the seeds, and how many seeds had one. */
  record Spread(int n, Double min, Double median, Double max) {}

  /** Seeds meeting recall, precision, the false-alert rate, and all three together. */
  record Targets(int seeds, int recall, int precision, int falseAlerts, int all) {}

  /** Pooled detection over every seed for one group of episodes ("all", "weak", ...). */
  record Pooled(String group, int episodes, int detected, Double recall) {}

  static SeedsReport of(Protocol protocol, List<Long> seeds, List<Evaluation> evals) {
    List<Seed> rows = new ArrayList<>();
    for (int i = 0; i < seeds.size(); i++) {
      Evaluation e = evals.get(i);
      List<String> missed =
          e.detail().stream()
              .filter(r -> !r.detected())
              .map(
                  r ->
                      r.id()
                          + " "
                          + r.type()
                          + " "
                          + r.strength()
                          + " "
                          + String.join("-", r.parties()))
              .toList();
      rows.add(
          new Seed(
              seeds.get(i),
              e.episodes(),
              e.detected(),
              e.recall(),
              e.precision(),
              e.falseAlertsPerCountryYear(),
              e.medianLeadDays(),
              e.alerts(),
              e.falseAlerts(),
              e.decoyAlerts(),
              missed,
              e.falseAlertsBySubject(),
              e.falseAlertsByLens()));
    }
    int recallOk = 0;
    int precisionOk = 0;
    int falseOk = 0;
    int all = 0;
    for (Seed s : rows) {
      boolean r = s.recall() != null && s.recall() >= RECALL_TARGET;
      boolean p = s.precision() != null && s.precision() >= PRECISION_TARGET;
      boolean f = s.falseAlertsPerCountryYear() <= FALSE_ALERT_TARGET;
      recallOk += r ? 1 : 0;
      precisionOk += p ? 1 : 0;
      falseOk += f ? 1 : 0;
      all += r && p && f ? 1 : 0;
    }
    return new SeedsReport(
        protocol,
        rows,
        spread(rows, Seed::recall),
        spread(rows, Seed::precision),
        spread(rows, s -> s.falseAlertsPerCountryYear()),
        spread(rows, Seed::medianLeadDays),
        new Targets(rows.size(), recallOk, precisionOk, falseOk, all),
        pooled(evals),
        byLens(evals));
  }

  /** False alerts per lens summed over the seeds, the lens with most first (ties by name). */
  private static java.util.Map<String, Integer> byLens(List<Evaluation> evals) {
    java.util.Map<String, Integer> sum = new java.util.TreeMap<>();
    for (Evaluation e : evals) {
      e.falseAlertsByLens().forEach((k, v) -> sum.merge(k, v, Integer::sum));
    }
    java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
    sum.entrySet().stream()
        .sorted(
            java.util.Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(java.util.Map.Entry.comparingByKey()))
        .forEach(en -> out.put(en.getKey(), en.getValue()));
    return out;
  }

  private static List<Pooled> pooled(List<Evaluation> evals) {
    List<Pooled> out = new ArrayList<>();
    out.add(pool("all", evals.stream().map(e -> new int[] {e.episodes(), e.detected()}).toList()));
    for (String strength : List.of("weak", "moderate", "strong")) {
      out.add(
          pool(
              strength,
              evals.stream()
                  .map(e -> e.byStrength().get(strength))
                  .filter(Objects::nonNull)
                  .map(g -> new int[] {g.episodes(), g.detected()})
                  .toList()));
    }
    return out;
  }

  private static Pooled pool(String group, List<int[]> counts) {
    int n = counts.stream().mapToInt(c -> c[0]).sum();
    int d = counts.stream().mapToInt(c -> c[1]).sum();
    return new Pooled(group, n, d, n == 0 ? null : (double) d / n);
  }

  private static Spread spread(List<Seed> rows, Function<Seed, Double> value) {
    double[] v = rows.stream().map(value).filter(Objects::nonNull).mapToDouble(d -> d).toArray();
    if (v.length == 0) {
      return new Spread(0, null, null, null);
    }
    Arrays.sort(v);
    int m = v.length / 2;
    double median = v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    return new Spread(v.length, v[0], median, v[v.length - 1]);
  }
}
