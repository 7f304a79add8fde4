package org.amity.simulate;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.amity.event.CountryTable;

/**
 * Scores alerts against the truth of a simulated run, by the rules of {@link AlertMatcher}: recall,
 * precision, lead time before the peak, false alerts per country-year and alerts on decoys.
 */
public final class DetectionEvaluator {
  /** Alert levels in rising order. */
  public static final List<String> LEVELS = List.of("watch", "warning", "alert");

  /** Days after a decoy's end in which an alert still counts as its echo. */
  static final int DECOY_ECHO_DAYS = 7;

  private DetectionEvaluator() {}

  /**
   * @param minLevel count only alerts whose peak level is at least this one
   */
  public static Evaluation evaluate(Truth truth, List<AlertRecord> all, String minLevel) {
    String min = minLevel == null ? "watch" : minLevel.toLowerCase(Locale.ROOT);
    if (!LEVELS.contains(min)) {
      throw new IllegalArgumentException("level must be one of " + LEVELS + ", got " + minLevel);
    }
    List<AlertRecord> alerts =
        all.stream().filter(a -> rank(a.peakLevel()) >= LEVELS.indexOf(min)).toList();
    List<Evaluation.EpisodeResult> detail = new ArrayList<>();
    for (Episode e : truth.episodes()) {
      detail.add(score(e, alerts));
    }
    int related = 0;
    int decoy = 0;
    int echo = 0;
    Map<String, Integer> falseBySubject = new TreeMap<>();
    Map<String, Integer> falseByLens = new TreeMap<>();
    for (AlertRecord a : alerts) {
      if (truth.episodes().stream().anyMatch(e -> AlertMatcher.concerns(a, e))) {
        related++;
        continue;
      }
      falseBySubject.merge(a.scope() + ":" + a.subject(), 1, Integer::sum);
      falseByLens.merge(a.indicator(), 1, Integer::sum);
      if (truth.decoys().stream().anyMatch(d -> AlertMatcher.onDecoy(a, d, 0))) {
        decoy++;
      }
      if (truth.decoys().stream().anyMatch(d -> AlertMatcher.onDecoy(a, d, DECOY_ECHO_DAYS))) {
        echo++;
      }
    }
    int falseAlerts = alerts.size() - related;
    int outside =
        (int)
            alerts.stream()
                .filter(
                    a ->
                        a.opened().isBefore(truth.start())
                            || a.opened()
                                .isAfter(truth.end().plusDays(ScenarioPlanner.TAIL_MARGIN_DAYS)))
                .count();
    int countries = CountryTable.standard().aseanMembers().size();
    Evaluation.Group total = group(detail);
    return new Evaluation(
        total.episodes(),
        total.detected(),
        total.recall(),
        alerts.isEmpty() ? null : round(related / (double) alerts.size()),
        total.medianLeadDays(),
        round(falseAlerts / (countries * truth.years())),
        alerts.size(),
        related,
        falseAlerts,
        decoy,
        echo,
        outside,
        countries,
        round(truth.years()),
        min,
        groups(detail, r -> r.type()),
        groups(detail, r -> r.strength()),
        falseBySubject,
        falseByLens,
        detail);
  }

  /**
   * Scores the days from {@code scoredFrom} on, the days before being history the detectors read
   * first (a warm-up, as a watch in use always has): the episodes that start on or after it, and
   * the alerts opened on or after it, except those about an episode that started before it and
   * about none that starts on or after it (still about the history alone, so neither a detection
   * nor a false alert). An alert about both is the scored days' business, as {@link #evaluate}
   * reads it: a disaster's alert in a country whose crews a piracy wave of the history still
   * carries in its tail detects the disaster (issue 14, twenty-fifth round). An alert opened in the
   * history's last days is kept when it detects a scored episode (opened no earlier than seven days
   * before the episode's start, as {@link AlertMatcher#detects} allows any episode): a warning
   * raised on 28 December for an episode that starts on 2 January is that episode's detection, not
   * the history's business (twenty-sixth round); it counts among {@code alertsOutsideRun}, being
   * opened before the scored days. False alerts are per country-year of the scored days. Without
   * {@code scoredFrom}, or from the first day, this is {@link #evaluate}.
   */
  public static Evaluation evaluateFrom(
      Truth truth, List<AlertRecord> all, String minLevel, java.time.LocalDate scoredFrom) {
    if (scoredFrom == null || scoredFrom.equals(truth.start())) {
      return evaluate(truth, all, minLevel);
    }
    Truth scored = truth.from(scoredFrom);
    List<Episode> history =
        truth.episodes().stream().filter(e -> e.start().isBefore(scoredFrom)).toList();
    List<AlertRecord> inScope =
        all.stream()
            .filter(
                a ->
                    a.opened().isBefore(scoredFrom)
                        ? scored.episodes().stream()
                            .anyMatch(e -> AlertMatcher.relates(a, e) && AlertMatcher.detects(a, e))
                        : history.stream().noneMatch(e -> AlertMatcher.concerns(a, e))
                            || scored.episodes().stream()
                                .anyMatch(e -> AlertMatcher.concerns(a, e)))
            .toList();
    return evaluate(scored, inScope, minLevel);
  }

  private static int rank(String level) {
    return level == null ? 0 : Math.max(0, LEVELS.indexOf(level.toLowerCase(Locale.ROOT)));
  }

  private static Evaluation.EpisodeResult score(Episode e, List<AlertRecord> alerts) {
    List<AlertRecord> related = alerts.stream().filter(a -> AlertMatcher.relates(a, e)).toList();
    AlertRecord first =
        related.stream()
            .filter(a -> AlertMatcher.detects(a, e))
            .min(Comparator.comparing(AlertRecord::opened).thenComparingLong(AlertRecord::id))
            .orElse(null);
    Long lead = first == null ? null : ChronoUnit.DAYS.between(first.opened(), e.peak());
    String firstText =
        first == null
            ? null
            : first.id()
                + " "
                + first.scope()
                + ":"
                + first.subject()
                + " "
                + first.indicator()
                + " "
                + first.peakLevel()
                + " opened "
                + first.opened();
    return new Evaluation.EpisodeResult(
        e.id(),
        e.type().label(),
        e.parties(),
        e.seaArea(),
        e.strength(),
        e.start(),
        e.peak(),
        e.end(),
        first != null,
        lead,
        related.size(),
        firstText);
  }

  private static Map<String, Evaluation.Group> groups(
      List<Evaluation.EpisodeResult> detail,
      java.util.function.Function<Evaluation.EpisodeResult, String> key) {
    Map<String, List<Evaluation.EpisodeResult>> by = new LinkedHashMap<>();
    for (Evaluation.EpisodeResult r : detail) {
      by.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
    }
    Map<String, Evaluation.Group> out = new TreeMap<>();
    by.forEach((k, v) -> out.put(k, group(v)));
    return out;
  }

  private static Evaluation.Group group(List<Evaluation.EpisodeResult> rs) {
    List<Long> leads = new ArrayList<>();
    for (Evaluation.EpisodeResult r : rs) {
      if (r.detected()) {
        leads.add(r.leadDays());
      }
    }
    Double recall = rs.isEmpty() ? null : round(leads.size() / (double) rs.size());
    return new Evaluation.Group(rs.size(), leads.size(), recall, median(leads));
  }

  /** The median, the mean of the two middle values for an even count; null when empty. */
  static Double median(List<Long> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Long> v = new ArrayList<>(values);
    v.sort(null);
    int n = v.size();
    return n % 2 == 1 ? (double) v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2.0;
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
