package org.amity.app.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.amity.app.web.ApiProblem;
import org.amity.app.web.StoreConnections;
import org.amity.app.web.auth.Role;

/** Alerts and situations, read-only: lists, one alert with its evidence, one situation whole. */
public final class SignalsApi {
  static final String[] LEVELS = {"watch", "warning", "alert"};

  private final StoreConnections db;
  private final ReadCache cache;

  public SignalsApi(StoreConnections db, ReadCache cache) {
    this.db = db;
    this.cache = cache;
  }

  public void addTo(RoutesConfig r) {
    r.get("/api/v1/alerts", this::alerts, Role.VIEWER);
    r.get("/api/v1/alerts/{id}", this::alert, Role.VIEWER);
    r.get("/api/v1/situations", this::situations, Role.VIEWER);
    r.get("/api/v1/situations/{id}", this::situation, Role.VIEWER);
    r.get("/api/v1/situations/{id}/notes", this::notes, Role.VIEWER);
  }

  void alerts(Context ctx) {
    Params.only(ctx, "status", "level", "subject", "limit", "offset");
    String status = Params.oneOf(ctx, "status", "open", "open", "closed", "all");
    String level = Params.oneOf(ctx, "level", null, LEVELS);
    String subject = subject(ctx);
    int limit = Params.integer(ctx, "limit", 200, 1, 1000);
    int offset = Params.integer(ctx, "offset", 0, 0, 1_000_000);
    cache.json(
        ctx, () -> db.read(c -> SignalReads.alerts(c, status, level, subject, limit, offset)));
  }

  void alert(Context ctx) {
    Params.only(ctx);
    long id = Params.id(ctx, "id");
    cache.json(
        ctx,
        () ->
            db.read(c -> SignalReads.alert(c, id))
                .orElseThrow(() -> ApiProblem.notFound("no alert " + id)));
  }

  void situations(Context ctx) {
    Params.only(ctx, "status", "limit", "offset");
    String status = Params.oneOf(ctx, "status", "open", "open", "closed", "all");
    int limit = Params.integer(ctx, "limit", 200, 1, 1000);
    int offset = Params.integer(ctx, "offset", 0, 0, 1_000_000);
    cache.json(ctx, () -> db.read(c -> SignalReads.situations(c, status, limit, offset)));
  }

  void situation(Context ctx) {
    Params.only(ctx);
    long id = Params.id(ctx, "id");
    cache.json(
        ctx,
        () ->
            db.read(c -> SignalReads.situation(c, id))
                .orElseThrow(() -> ApiProblem.notFound("no situation " + id)));
  }

  void notes(Context ctx) {
    Params.only(ctx);
    long id = Params.id(ctx, "id");
    cache.json(
        ctx,
        () ->
            db.read(
                c -> {
                  if (!SignalReads.situationExists(c, id)) {
                    throw ApiProblem.notFound("no situation " + id);
                  }
                  return SignalReads.notes(c, id);
                }));
  }

  /** "THA" or "CHN-VNM" (sorted), or a sea area or region name in capitals. */
  private static String subject(Context ctx) {
    String v = ctx.queryParam("subject");
    if (v == null) {
      return null;
    }
    if (v.contains("-")) {
      return Params.dyad(ctx, "subject");
    }
    if (!v.matches("[A-Za-z_]{3,40}")) {
      throw ApiProblem.badRequest(
          "subject must be an ISO3 code, a dyad such as CHN-VNM or an area name, got '"
              + Params.clip(v)
              + "'");
    }
    return v.toUpperCase(java.util.Locale.ROOT);
  }
}
