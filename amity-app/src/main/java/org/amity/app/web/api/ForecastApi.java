package org.amity.app.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.amity.app.json.ForecastJson;
import org.amity.app.json.ForecastYear;
import org.amity.app.web.ApiProblem;
import org.amity.app.web.auth.Role;
import org.amity.forecast.store.ForecastStore;

/**
 * Stored forecasts, for every signed-in role (viewers included: a forecast with its track record is
 * an analytic product like an alert, with nothing in it about people): {@code GET
 * /api/v1/forecasts} lists the runs, newest first, each with what its numbers mean, its calibration
 * and its scores out of time; {@code GET /api/v1/forecasts/{runId}} gives a run's unit forecasts
 * and reliability bins. Not cached: the answers are small and read rarely.
 */
public final class ForecastApi {
  private final ForecastStore store;

  public ForecastApi(ForecastStore store) {
    this.store = store;
  }

  public void addTo(RoutesConfig r) {
    r.get("/api/v1/forecasts", this::list, Role.VIEWER);
    r.get("/api/v1/forecasts/latest", this::latest, Role.VIEWER);
    r.get("/api/v1/forecasts/{runId}", this::one, Role.VIEWER);
  }

  void list(Context ctx) {
    Params.only(ctx);
    ctx.json(
        store.runs().stream()
            .map(l -> ForecastJson.run(l, store.evaluation(l.run().runId())))
            .toList());
  }

  void one(Context ctx) {
    Params.only(ctx);
    String id = ctx.pathParam("runId");
    ForecastStore.Listed l =
        store.run(id).orElseThrow(() -> ApiProblem.notFound("no forecast run " + clip(id)));
    ctx.json(
        ForecastJson.detail(
            l, store.evaluation(id), store.forecasts(id), ForecastYear.published(l.run())));
  }

  /**
   * {@code ?target=ewp&year=2025[&horizon=2]}: the newest run of the target forecasting that year
   * (of that horizon), as {@code amity forecast list --target --year [--horizon]} chooses it, in
   * full, with {@code otherHorizons} (stored horizons not shown) and a note naming them.
   */
  void latest(Context ctx) {
    Params.only(ctx, "target", "year", "horizon");
    String target = Params.text(ctx, "target");
    if (target == null || ctx.queryParam("year") == null) {
      throw ApiProblem.badRequest("target and year are required");
    }
    int year = Params.integer(ctx, "year", 0, 1900, 2200);
    Integer horizon =
        ctx.queryParam("horizon") == null ? null : Params.integer(ctx, "horizon", 1, 1, 120);
    ForecastYear.Choice c =
        ForecastYear.choose(store, target, year, horizon)
            .orElseThrow(
                () -> ApiProblem.notFound("no stored " + clip(target) + " forecasts for " + year));
    if (c.run() == null) {
      throw ApiProblem.notFound(
          "no stored "
              + clip(target)
              + " forecasts for "
              + year
              + " of horizon "
              + horizon
              + "; stored horizons: "
              + c.otherHorizons());
    }
    String id = c.run().runId();
    ForecastStore.Listed l =
        store.run(id).orElseThrow(() -> ApiProblem.notFound("no forecast run " + clip(id)));
    Map<String, Object> m =
        ForecastJson.detail(
            l, store.evaluation(id), store.forecasts(id), ForecastYear.published(l.run()));
    m.put("year", year);
    m.put("otherHorizons", c.otherHorizons());
    m.put("otherHorizonsNote", c.otherNote(target, year, "add horizon="));
    ctx.json(m);
  }

  private static String clip(String v) {
    return v.length() > 80 ? v.substring(0, 80) + "..." : v;
  }
}
