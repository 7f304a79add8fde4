package org.amity.app.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amity.app.web.ApiProblem;
import org.amity.app.web.StoreConnections;
import org.amity.app.web.auth.Role;

/**
 * Indicator series from {@code series_points}: one country, dyad, sea area or region, one indicator
 * at one resolution, with the display baseline band; and the catalogue of what series a subject
 * has.
 */
public final class SeriesApi {
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
    cache.json(
        ctx,
        () ->
            db.read(
                c -> {
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
                }));
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
