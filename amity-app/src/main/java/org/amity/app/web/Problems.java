package org.amity.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.amity.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into problem details (RFC 9457) for API paths: {@link ApiProblem}s as they
 * are, an unknown route as 404, anything unexpected as 500 with a reference to the server log (the
 * trace goes to the log, never to the client).
 */
public final class Problems {
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
  static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  public static void addTo(RoutesConfig r) {
    r.exception(ApiProblem.class, (e, ctx) -> send(ctx, e));
    r.exception(
        StoreException.class,
        (e, ctx) -> {
          LOG.error("store failure on {} {}", ctx.method(), ctx.path(), e);
          send(
              ctx,
              new ApiProblem(
                  500, "/problems/store", "Store failure", "the store failed: " + e.getMessage()));
        });
    r.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
          send(
              ctx,
              new ApiProblem(
                  500,
                  "/problems/internal",
                  "Internal error",
                  "the server failed unexpectedly; the server log has the details"));
        });
    r.error(
        404,
        ctx ->
            unlessAnswered(
                ctx, ApiProblem.notFound("no route " + ctx.method() + " " + ctx.path())));
    r.error(
        405,
        ctx ->
            unlessAnswered(
                ctx,
                new ApiProblem(
                    405,
                    "/problems/method-not-allowed",
                    "Method not allowed",
                    ctx.method() + " is not allowed on " + ctx.path())));
  }

  private static void unlessAnswered(Context ctx, ApiProblem p) {
    String type = ctx.res().getContentType();
    if (ctx.path().startsWith("/api/") && (type == null || !type.startsWith(MEDIA_TYPE))) {
      send(ctx, p);
    }
  }

  static void send(Context ctx, ApiProblem p) {
    ctx.status(p.status());
    ctx.contentType(MEDIA_TYPE);
    ctx.result(WebJson.bytes(p.body(ctx.path())));
  }
}
