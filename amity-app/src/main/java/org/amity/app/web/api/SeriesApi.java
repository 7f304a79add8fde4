package org.amity.app.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amity.app.web.ApiProblem;
import org.amity.app.web.StoreConnections;
import org.amity.app.web.auth.Role;
import org.amity.signal.DetectionSpec;
import org.amity.signal.DetectorConfig;
import org.amity.signal.SeriesScores;
import org.amity.store.duckdb.SpecSeries;

/**
 * Indicator series from {@code series_points}: one country, dyad, sea area or region, one indicator
 * at one resolution, with the display baseline band; and the catalogue of what series a subject
 * has. An indicator that names a detector spec (an alert's indicator, such as {@code
 * material_conflict_7d}) is the series that spec scores, with the detector's own expected value as
 * the baseline and its level per period, so the chart beside an alert shows what raised it.
 */
public final class SeriesApi {
  private static final DetectorConfig DETECTORS = DetectorConfig.standard();
  private final StoreConnections db;
  private final ReadCache cache;

  public SeriesApi(StoreConnections db, ReadCache cache) {
    this.db = db;
    this.cache = cache;
  }

  public void addTo(RoutesConfig r) {
    r.get("/api/v1/series", this::series, Role.VIEWER);
    r.get("/api/v1/series/catalog", this::catalog, Role.VIEWER);
  }

  /** The scope and subject named by exactly one of country, dyad, area or region. */
  record Subject(String scope, String subject) {}

  static Subject subject(Context ctx) {
    List<Subject> given = new ArrayList<>();
    String country = Params.country(ctx, "country");
    if (country != null) {
      given.add(new Subject("country", country));
    }
    String dyad = Params.dyad(ctx, "dyad");
    if (dyad != null) {
      given.add(new Subject("dyad", dyad));
    }
    for (String scope : new String[] {"area", "region"}) {
      String v = ctx.queryParam(scope);
      if (v != null) {
        if (!v.matches("[A-Za-z_]{2,40}")) {
          throw ApiProblem.badRequest(
              scope
                  + " must be a name such as SULU_CELEBES or ASEAN, got '"
                  + Params.clip(v)
                  + "'");
        }
        given.add(new Subject(scope, v.toUpperCase(java.util.Locale.ROOT)));
      }
    }
    if (given.size() != 1) {
      throw ApiProblem.badRequest("give exactly one of country, dyad, area or region");
    }
    return given.get(0);
  }

  void series(Context ctx) {
    Params.only(ctx, "country", "dyad", "area", "region", "indicator", "resolution", "from", "to");
    Subject s = subject(ctx);
    String indicator = ctx.queryParam("indicator");
    if (indicator == null || !indicator.matches("[A-Za-z0-9_.:-]{1,80}")) {
      throw ApiProblem.badRequest(
          "indicator is required: a name from /api/v1/series/catalog, such as material_conflict");
    }
    String resolution = Params.oneOf(ctx, "resolution", "day", "day", "week", "month");
    var from = Params.date(ctx, "from");
    var to = Params.date(ctx, "to");
    Params.range(from, to);
    DetectionSpec spec =
        DETECTORS.specs().stream()
            .filter(x -> x.name().equals(indicator) && x.scope().key().equals(s.scope()))
            .findFirst()
            .orElse(null);
    if (spec != null && spec.resolution().key().equals(resolution)) {
      cache.json(
          ctx,
          () ->
              db.read(
                  c -> {
                    SeriesScores scores =
                        SpecSeries.score(c, spec, DETECTORS.source(spec), s.subject());
                    return scores == null
                        ? stored(c, s, indicator, resolution, from, to)
                        : scored(s, spec, scores, from, to);
                  }));
      return;
    }
    cache.json(ctx, () -> db.read(c -> stored(c, s, indicator, resolution, from, to)));
  }

  /** A series as stored in {@code series_points}, with the display band. */
  private static Map<String, Object> stored(
      Connection c, Subject s, String indicator, String resolution, LocalDate from, LocalDate to)
      throws SQLException {
    List<Map<String, Object>> rows =
        Rows.query(
            c,
            "SELECT period, value, source FROM series_points WHERE scope = ? AND"
                + " subject = ? AND indicator = ? AND resolution = ?"
                + " AND period >= coalesce(?, DATE '0001-01-01')"
                + " AND period <= coalesce(?, DATE '9999-12-31')"
                + " ORDER BY period, source",
            Set.of(),
            s.scope(),
            s.subject(),
            indicator,
            resolution,
            from,
            to);
    return withBand(s, indicator, resolution, rows);
  }

  /**
   * A detector spec's series as the watch scored it: the value (a rolling sum where the spec has
   * one), the detector's expected value as the baseline, the score and level per period, and the
   * display band around the values.
   */
  private static Map<String, Object> scored(
      Subject s, DetectionSpec spec, SeriesScores scores, LocalDate from, LocalDate to) {
    List<Map<String, Object>> rows = new ArrayList<>();
    BaselineBand.Band band = BaselineBand.of(scores.values());
    for (int i = 0; i < scores.size(); i++) {
      LocalDate p = scores.periods().get(i);
      if ((from != null && p.isBefore(from)) || (to != null && p.isAfter(to))) {
        continue;
      }
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("period", p);
      r.put("value", scores.values()[i]);
      r.put("source", DETECTORS.source(spec));
      r.put("baseline", finite(scores.expected()[i]));
      r.put("low", finite(band.low()[i]));
      r.put("high", finite(band.high()[i]));
      r.put("score", finite(Math.round(scores.scores()[i] * 100) / 100.0));
      r.put("level", scores.levels()[i].name().toLowerCase(java.util.Locale.ROOT));
      rows.add(r);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("scope", s.scope());
    out.put("subject", s.subject());
    out.put("indicator", spec.name());
    out.put("resolution", spec.resolution().key());
    out.put(
        "band",
        "baseline is the detector's expected value (as the watch scored it); usual range is the"
            + " median of the previous "
            + BaselineBand.WINDOW
            + " points +/- 2 robust SD, display only");
    out.put("points", rows);
    return out;
  }

  void catalog(Context ctx) {
    Params.only(ctx, "country", "dyad", "area", "region");
    Subject s = subject(ctx);
    cache.json(
        ctx,
        () ->
            db.read(
                c ->
                    Rows.query(
                        c,
                        "SELECT indicator, resolution, count(*) AS points, min(period) AS \"from\","
                            + " max(period) AS \"to\", string_agg(DISTINCT source, ',') AS sources"
                            + " FROM series_points WHERE scope = ? AND subject = ?"
                            + " GROUP BY indicator, resolution ORDER BY indicator, resolution",
                        Set.of(),
                        s.scope(),
                        s.subject())));
  }

  /** One point per period (the first source when several gave one), with the band beside it. */
  private static Map<String, Object> withBand(
      Subject s, String indicator, String resolution, List<Map<String, Object>> rows) {
    List<Map<String, Object>> points = new ArrayList<>();
    Object last = null;
    for (Map<String, Object> r : rows) {
      if (!r.get("period").equals(last)) {
        points.add(r);
        last = r.get("period");
      }
    }
    double[] values =
        points.stream().mapToDouble(p -> ((Number) p.get("value")).doubleValue()).toArray();
    BaselineBand.Band band = BaselineBand.of(values);
    for (int i = 0; i < points.size(); i++) {
      Map<String, Object> p = points.get(i);
      p.put("baseline", finite(band.median()[i]));
      p.put("low", finite(band.low()[i]));
      p.put("high", finite(band.high()[i]));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("scope", s.scope());
    out.put("subject", s.subject());
    out.put("indicator", indicator);
    out.put("resolution", resolution);
    out.put(
        "band",
        "median of the previous "
            + BaselineBand.WINDOW
            + " points +/- 2 robust SD (1.4826 x MAD); display only");
    out.put("points", points);
    return out;
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
