package org.amity.app.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.amity.app.json.SignalJson;
import org.amity.app.web.ApiProblem;
import org.amity.app.web.auth.Role;
import org.amity.signal.IndicatorSeriesReader;
import org.amity.signal.Resolution;
import org.amity.signal.Scope;

/**
 * Indicator series: one country, dyad, sea area, region or conflict area, one indicator at one
 * resolution, with the display baseline band; and the catalogue of what series a subject has.
 * Answered by the {@link IndicatorSeriesReader} that {@code amity series} uses too, so both show
 * the same series.
 */
public final class SeriesApi {
  private final IndicatorSeriesReader series;
  private final ReadCache cache;

  public SeriesApi(IndicatorSeriesReader series, ReadCache cache) {
    this.series = series;
    this.cache = cache;
  }

  public void addTo(RoutesConfig r) {
    r.get("/api/v1/series", this::series, Role.VIEWER);
    r.get("/api/v1/series/catalog", this::catalog, Role.VIEWER);
  }

  /**
   * The scope and subject named by exactly one of country, dyad, area, region or theatre (a
   * conflict area on land, checked against the known ones).
   */
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
    String theatre = ctx.queryParam("theatre");
    if (theatre != null) {
      try {
        given.add(new Subject("theatre", Scope.subject(Scope.THEATRE, theatre)));
      } catch (IllegalArgumentException e) {
        throw ApiProblem.badRequest("theatre: " + e.getMessage());
      }
    }
    if (given.size() != 1) {
      throw ApiProblem.badRequest("give exactly one of country, dyad, area, region or theatre");
    }
    return given.get(0);
  }

  void series(Context ctx) {
    Params.only(
        ctx,
        "country",
        "dyad",
        "area",
        "region",
        "theatre",
        "indicator",
        "resolution",
        "from",
        "to");
    Subject s = subject(ctx);
    String indicator = ctx.queryParam("indicator");
    if (indicator == null || !indicator.matches("[A-Za-z0-9_.:-]{1,80}")) {
      throw ApiProblem.badRequest(
          "indicator is required: a name from /api/v1/series/catalog, such as material_conflict");
    }
    String resolution = Params.oneOf(ctx, "resolution", null, "day", "week", "month");
    var from = Params.date(ctx, "from");
    var to = Params.date(ctx, "to");
    Params.range(from, to);
    Scope scope = Scope.parse(s.scope());
    // the same default as amity series: a detector's own resolution, else the month (audit4 H9)
    Resolution r =
        resolution == null ? series.defaultResolution(indicator) : Resolution.parse(resolution);
    cache.json(
        ctx, () -> SignalJson.series(series.read(scope, s.subject(), indicator, r, from, to)));
  }

  void catalog(Context ctx) {
    Params.only(ctx, "country", "dyad", "area", "region", "theatre");
    Subject s = subject(ctx);
    cache.json(ctx, () -> series.catalog(Scope.parse(s.scope()), s.subject()));
  }
}
