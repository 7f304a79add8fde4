package org.amity.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The one answer to "show me this series", used by {@code amity series} and {@code /api/v1/series}
 * alike. An indicator that names a detector spec of the subject's scope and resolution (an alert's
 * indicator, such as {@code material_conflict_7d}) is the series that spec scores, with the
 * detector's expected value as the baseline and its level per period, so a chart beside an alert
 * shows what raised it. Any other indicator is read as stored, one point per period (the first
 * source when several gave one), with the display band of {@link BaselineBand}. An undirected dyad
 * may be given in either order ("PHL-CHN" is "CHN-PHL"); a directed one ("CHN&gt;PHL") keeps its
 * order.
 */
public final class IndicatorSeriesReader {
  private final SeriesReader reader;
  private final DetectorConfig detectors;

  public IndicatorSeriesReader(SeriesReader reader, DetectorConfig detectors) {
    this.reader = reader;
    this.detectors = detectors;
  }

  /** With the detectors Amity ships. */
  public IndicatorSeriesReader(SeriesReader reader) {
    this(reader, DetectorConfig.standard());
  }

  /**
   * The resolution to read an indicator at when none is asked: a detector's own (daily for {@code
   * dyad_conflict_7d}, monthly for {@code sea_incidents}, daily for a pooled lens), the month for
   * any other indicator (audit4 H9). {@code amity series} and {@code /api/v1/series} both default
   * to this.
   */
  public Resolution defaultResolution(String indicator) {
    return detectors.alertSpec(indicator).map(DetectionSpec::resolution).orElse(Resolution.MONTH);
  }

  /**
   * The series; when it has no points, with a message that says why and what to ask instead ({@link
   * IndicatorSeries#message}).
   *
   * @param from first period, or null
   * @param to last period, or null
   */
  public IndicatorSeries read(
      Scope scope,
      String subject,
      String indicator,
      Resolution resolution,
      LocalDate from,
      LocalDate to) {
    String s = subject(scope, subject);
    IndicatorSeries series = series(scope, s, indicator, resolution, from, to);
    return series.points().isEmpty()
        ? series.withMessage(emptyBecause(scope, s, indicator, resolution, from, to))
        : series;
  }

  private IndicatorSeries series(
      Scope scope,
      String s,
      String indicator,
      Resolution resolution,
      LocalDate from,
      LocalDate to) {
    Optional<DetectionSpec> spec =
        detectors.specs().stream()
            .filter(
                x ->
                    x.name().equals(indicator)
                        && x.scope() == scope
                        && x.resolution() == resolution)
            .findFirst();
    if (spec.isPresent()) {
      Optional<SeriesScores> scores = reader.scored(spec.get(), detectors.source(spec.get()), s);
      if (scores.isPresent()) {
        return scored(scope, s, spec.get(), scores.get(), from, to, null);
      }
    }
    Optional<PooledLens> pool = detectors.pool(indicator);
    if (pool.isPresent() && scope == Scope.AREA && resolution == Resolution.DAY) {
      Optional<IndicatorSeries> pooled = pooled(pool.get(), s, from, to);
      if (pooled.isPresent()) {
        return pooled.get();
      }
    }
    return stored(scope, s, indicator, resolution, from, to);
  }

  /**
   * A pooled lens's reading of a sea area, as the watch scores it: the area's attacks against the
   * area lens's baseline, with the pooled score and level of its coastal dyads (those the watch
   * scores: a region member in them, above the dyad lens's volume floor).
   */
  private Optional<IndicatorSeries> pooled(
      PooledLens pool, String area, LocalDate from, LocalDate to) {
    DetectionSpec areaSpec = detectors.spec(pool.areaLens()).orElseThrow();
    DetectionSpec dyadSpec = detectors.spec(pool.dyadLens()).orElseThrow();
    SeriesScores areaScores = reader.watched(areaSpec, "events", List.of(area)).get(area);
    if (areaScores == null) {
      return Optional.empty();
    }
    java.util.Set<String> region = org.amity.event.CountryTable.standard().aseanMembers();
    java.util.Map<String, SeriesScores> dyads =
        reader.watched(
            dyadSpec,
            "events",
            PooledLens.coastalPairs(area).stream()
                .filter(d -> Scope.parties(Scope.DYAD, d).stream().anyMatch(region::contains))
                .toList());
    if (dyads.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        scored(
            Scope.AREA,
            area,
            pool.spec(areaSpec),
            pool.score(areaScores, dyads).scores(),
            from,
            to,
            "value and baseline are the sea area's "
                + areaSpec.name()
                + "; score and level are the pooled lens's, with "
                + String.join(", ", dyads.keySet())
                + " (the highest pooled CUSUM's dyad each day); usual range is the median of the"
                + " previous "
                + BaselineBand.WINDOW
                + " points +/- 2 robust SD, display only"));
  }

  /**
   * Why a series has no points, in words, with what to ask instead: a detector asked at another
   * resolution or scope than its own, an indicator the subject has at other resolutions only, a
   * range outside the series, or a subject with no series at all.
   */
  private String emptyBecause(
      Scope scope,
      String subject,
      String indicator,
      Resolution resolution,
      LocalDate from,
      LocalDate to) {
    String none = "no " + resolution.key() + " points of " + indicator + " for " + subject;
    Optional<DetectionSpec> spec = detectors.alertSpec(indicator);
    if (spec.isPresent()) {
      DetectionSpec d = spec.get();
      if (d.scope() != scope) {
        return none
            + ": "
            + indicator
            + " is a detector of scope "
            + d.scope().key()
            + " (ask for scope "
            + d.scope().key()
            + ")";
      }
      if (d.resolution() != resolution) {
        return none
            + ": the detector "
            + indicator
            + " scores "
            + d.resolution().key()
            + " periods only (ask for resolution "
            + d.resolution().key()
            + ")";
      }
      if (from != null || to != null) {
        return none
            + " from "
            + when(from, "the start")
            + " to "
            + when(to, "the end")
            + ": the detector scored no period in this range (ask without from and to for the"
            + " whole series)";
      }
    }
    List<SeriesReader.CatalogEntry> catalog = reader.catalog(scope, subject);
    if (catalog.isEmpty()) {
      return none
          + ": the store holds no series for "
          + subject
          + " (is the subject spelled right, and has amity watch run?)";
    }
    List<String> elsewhere = new ArrayList<>();
    for (SeriesReader.CatalogEntry e : catalog) {
      if (e.indicator().equals(indicator)) {
        if (e.resolution().equals(resolution.key())) {
          return none
              + (from == null && to == null
                  ? ""
                  : " from " + when(from, "the start") + " to " + when(to, "the end"))
              + ": the series runs from "
              + e.from()
              + " to "
              + e.to();
        }
        elsewhere.add(e.resolution() + " (" + e.from() + " to " + e.to() + ")");
      }
    }
    if (!elsewhere.isEmpty()) {
      return none + ": it has " + String.join(", ", elsewhere) + " points only";
    }
    if (spec.isPresent()) {
      return none
          + ": the store holds too little data on "
          + subject
          + " for this detector (has amity watch run?)";
    }
    java.util.Set<String> names = new java.util.TreeSet<>();
    catalog.forEach(e -> names.add(e.indicator()));
    return none
        + ": "
        + subject
        + " has no series named "
        + indicator
        + " (it has "
        + String.join(", ", names)
        + ", or a detector's name)";
  }

  private static String when(LocalDate d, String open) {
    return d == null ? open : d.toString();
  }

  /** What series a subject has. */
  public List<SeriesReader.CatalogEntry> catalog(Scope scope, String subject) {
    return reader.catalog(scope, subject(scope, subject));
  }

  /**
   * A subject as stored: upper case, an undirected dyad's two codes in alphabetical order.
   *
   * @throws IllegalArgumentException for a dyad that is not two different codes
   */
  public static String subject(Scope scope, String subject) {
    String s = subject.trim().toUpperCase(Locale.ROOT);
    if (scope != Scope.DYAD || s.contains(">")) {
      return s;
    }
    String[] parts = s.split("-", -1);
    if (parts.length != 2 || parts[0].isBlank() || parts[0].equals(parts[1])) {
      throw new IllegalArgumentException(
          "a dyad is two different country codes joined by '-' (CHN-PHL) or '>' (CHN>PHL), not '"
              + subject
              + "'");
    }
    Arrays.sort(parts);
    return parts[0] + "-" + parts[1];
  }

  private IndicatorSeries stored(
      Scope scope,
      String subject,
      String indicator,
      Resolution resolution,
      LocalDate from,
      LocalDate to) {
    List<SeriesReader.StoredPoint> first = new ArrayList<>();
    LocalDate last = null;
    for (SeriesReader.StoredPoint p :
        reader.stored(scope, subject, indicator, resolution, from, to)) {
      if (!p.period().equals(last)) {
        first.add(p);
        last = p.period();
      }
    }
    double[] values = first.stream().mapToDouble(SeriesReader.StoredPoint::value).toArray();
    BaselineBand.Band band = BaselineBand.of(values);
    List<IndicatorSeries.Point> points = new ArrayList<>();
    for (int i = 0; i < first.size(); i++) {
      SeriesReader.StoredPoint p = first.get(i);
      points.add(
          new IndicatorSeries.Point(
              p.period(),
              p.value(),
              p.source(),
              finite(band.median()[i]),
              finite(band.low()[i]),
              finite(band.high()[i]),
              null,
              null));
    }
    IndicatorSeries out =
        new IndicatorSeries(
            scope,
            subject,
            indicator,
            resolution,
            false,
            "median of the previous "
                + BaselineBand.WINDOW
                + " points +/- 2 robust SD (1.4826 x MAD); display only",
            points);
    String holes = uncovered(scope, subject, indicator, resolution, first);
    return holes == null ? out : out.withMessage(holes);
  }

  /**
   * For a count only some sources give ({@link CoverageMembers#COVERED_BY}) of a subject covered by
   * its member countries ({@link CoverageMembers}), the periods between its first and last point
   * that have none, in words: no member was covered there, so the count is unknown, not 0 (audit4
   * H3). Null when there are none.
   */
  static String uncovered(
      Scope scope,
      String subject,
      String indicator,
      Resolution resolution,
      List<SeriesReader.StoredPoint> points) {
    if (!CoverageMembers.COVERED_BY.containsKey(indicator)
        || CoverageMembers.of(scope, subject) == null
        || points.size() < 2) {
      return null;
    }
    List<String> runs = new ArrayList<>();
    for (int i = 1; i < points.size(); i++) {
      LocalDate gap = resolution.next(points.get(i - 1).period());
      if (gap.isBefore(points.get(i).period())) {
        LocalDate last = points.get(i).period();
        LocalDate end = gap;
        while (resolution.next(end).isBefore(last)) {
          end = resolution.next(end);
        }
        runs.add(end.equals(gap) ? gap.toString() : gap + " to " + end);
      }
    }
    if (runs.isEmpty()) {
      return null;
    }
    return "no point for "
        + String.join(", ", runs)
        + ": no stored source that counts the dead covered any of "
        + "the member countries of "
        + SubjectName.of(scope, subject)
        + " then (a country is covered from its first to its last period with such a report), so"
        + " the count there is unknown, not 0";
  }

  private IndicatorSeries scored(
      Scope scope,
      String subject,
      DetectionSpec spec,
      SeriesScores scores,
      LocalDate from,
      LocalDate to,
      String note) {
    // no point where no source covered the subject (a share of news unknown, not zero), and the
    // usual range drawn from the points drawn
    int[] drawn = IntStream.range(0, scores.size()).filter(scores::isCovered).toArray();
    BaselineBand.Band band =
        BaselineBand.of(IntStream.of(drawn).mapToDouble(i -> scores.values()[i]).toArray());
    String source = detectors.pool(spec.name()).isPresent() ? "events" : detectors.source(spec);
    double[] baseline = drawnBaseline(scores);
    boolean kept = false;
    List<IndicatorSeries.Point> points = new ArrayList<>();
    for (int k = 0; k < drawn.length; k++) {
      int i = drawn[k];
      LocalDate p = scores.periods().get(i);
      if ((from != null && p.isBefore(from)) || (to != null && p.isAfter(to))) {
        continue;
      }
      kept |= Double.compare(baseline[i], scores.expected()[i]) != 0;
      points.add(
          new IndicatorSeries.Point(
              p,
              scores.values()[i],
              source,
              finite(baseline[i]),
              finite(band.low()[k]),
              finite(band.high()[k]),
              finite(Math.round(scores.scores()[i] * 100) / 100.0),
              scores.levels()[i].name().toLowerCase(Locale.ROOT)));
    }
    return new IndicatorSeries(
        scope,
        subject,
        spec.name(),
        spec.resolution(),
        true,
        (note != null
                ? note
                : "baseline is the detector's expected value (as the watch scored it); usual range"
                    + " is the median of the previous "
                    + BaselineBand.WINDOW
                    + " points +/- 2 robust SD, display only")
            + (kept ? "; " + KEPT_BASELINE : ""),
        points);
  }

  /** What the band's words add when {@link #drawnBaseline} kept a run's baseline. */
  static final String KEPT_BASELINE =
      "where a raised run closed in the period it would have become protracted, the baseline drawn"
          + " there is the run's own (the detector took the raised level for a new normal in that"
          + " period, but the alert was never protracted)";

  /**
   * The baseline a chart draws: the detector's expected value, except in the period where a raised
   * run would have become protracted but came back down (or rose again) at once, so that it was
   * never protracted ({@link AlertBuilder}: protracted there and not the period after). The
   * detector takes the raised level for its baseline in that period (alert 19 of audit4 H8: 11.0 on
   * 2015-12-01 between 5.72 and 6.24); since the alert list says the level never became the new
   * normal, the chart draws the baseline the run was measured against, the period before's.
   */
  static double[] drawnBaseline(SeriesScores s) {
    double[] out = s.expected().clone();
    for (int i = 1; i < out.length; i++) {
      if (s.protractedAt()[i] && !s.protracted()[i]) {
        out[i] = out[i - 1];
      }
    }
    return out;
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
