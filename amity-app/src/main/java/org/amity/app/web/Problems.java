package org.amity.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.amity.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into problem details (RFC 9457) for API paths: {@link ApiProblem}s as they
 * are, Javalin's own refusals (a body over the size limit as 413, refused on its declared length
 * before any of it is read, and the like) with their status, an unknown route as 404, a method the
 * path does not take (HEAD included) as 405 with an {@code Allow} header, any other error status as
 * a problem of that status, and anything unexpected as 500 with a reference to the server log (the
 * trace goes to the log, never to the client).
 */
public final class Problems {
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
  static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  /** Error statuses that Javalin or Jetty may set without an exception, answered as problems. */
  private static final int[] STATUSES = {
    400, 401, 403, 406, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 422, 429, 431, 500, 501,
    503
  };

  public static void addTo(RoutesConfig r, AllowedMethods allowed) {
    r.exception(ApiProblem.class, (e, ctx) -> send(ctx, e));
    r.exception(HttpResponseException.class, (e, ctx) -> send(ctx, fromStatus(e.getStatus())));
    r.before(
        "/api/*",
        ctx -> {
          if (ctx.method() == HandlerType.HEAD) {
            throw notAllowed(ctx, allowed);
          }
          if (ctx.req().getContentLengthLong() > WebConfig.MAX_BODY_BYTES) {
            // Refused on the declared length, before a byte of the body is read: a client that
            // sent "Expect: 100-continue" then never sends the body and reliably reads the 413.
            // (Javalin alone would read up to the limit first, and closing the connection with
            // the rest of the body unread can reset it before the client reads the answer.)
            throw fromStatus(413);
          }
        });
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
    r.error(405, ctx -> unlessAnswered(ctx, notAllowed(ctx, allowed)));
    for (int status : STATUSES) {
      r.error(status, ctx -> unlessAnswered(ctx, fromStatus(status)));
    }
  }

  /** A 405 for this request, setting the Allow header to the methods its path takes. */
  private static ApiProblem notAllowed(Context ctx, AllowedMethods allowed) {
    String allow = allowed.forPath(ctx.path());
    ctx.header("Allow", allow);
    return new ApiProblem(
        405,
        "/problems/method-not-allowed",
        "Method not allowed",
        ctx.method()
            + " is not allowed on "
            + ctx.path()
            + (allow.isEmpty() ? "" : "; it takes " + allow));
  }

  /** A problem for a status set without one of ours (Javalin's limits, Jetty's refusals). */
  static ApiProblem fromStatus(int status) {
    return switch (status) {
      case 413 ->
          new ApiProblem(
              413,
              "/problems/too-large",
              "Request too large",
              "the request body is larger than the server accepts (at most "
                  + WebConfig.MAX_BODY_BYTES / 1024
                  + " KiB)");
      case 404 -> ApiProblem.notFound("no such resource");
      case 401 -> ApiProblem.unauthorized("no valid session: sign in with POST /api/v1/session");
      case 403 -> ApiProblem.forbidden("not allowed");
      default -> {
        HttpStatus s = HttpStatus.forStatus(status);
        String title = s == HttpStatus.UNKNOWN ? "HTTP " + status : s.getMessage();
        yield new ApiProblem(
            status, "/problems/http-" + status, title, "the request failed: " + title);
      }
    };
  }

  private static void unlessAnswered(Context ctx, ApiProblem p) {
    String type = ctx.res().getContentType();
    boolean answered =
        type != null
            && (type.startsWith(MEDIA_TYPE)
                || (pageForAPerson(ctx) && type.startsWith("text/html")));
    if (ctx.path().startsWith("/api/") && !answered) {
      send(ctx, p);
    }
  }

  public static void send(Context ctx, ApiProblem p) {
    ctx.status(p.status());
    if (pageForAPerson(ctx)) {
      // a report opened from a link in a browser tab: a page that says what happened, not JSON
      ctx.contentType("text/html; charset=utf-8");
      ctx.result(page(p));
      return;
    }
    ctx.contentType(MEDIA_TYPE);
    ctx.result(WebJson.bytes(p.body(ctx.path())));
  }

  /**
   * Whether the failed request is a report download asked for by a browser (it accepts HTML): the
   * dashboard's report links open in a tab, where a problem document reads as raw JSON (sixth
   * audit, J7). Scripts that ask for JSON, or for nothing in particular, keep the problem document.
   */
  static boolean pageForAPerson(Context ctx) {
    String path = ctx.path();
    boolean download =
        (path.startsWith("/api/v1/situations/") && path.endsWith("/report"))
            || path.startsWith("/api/v1/reports/");
    String accept = ctx.header("Accept");
    return download && accept != null && accept.contains("text/html");
  }

  private static String page(ApiProblem p) {
    String title = escape(p.title());
    String again =
        p.status() == 503
            ? "<p>The server is busy. Try the link again in a few seconds; the dashboard's other"
                + " pages still answer, and <code>amity report</code> writes the same file from"
                + " the command line.</p>"
            : "";
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + title
        + " · Amity</title></head><body><h1>"
        + title
        + "</h1><p>"
        + escape(p.getMessage())
        + "</p>"
        + again
        + "<p><a href=\"/\">Back to the overview</a></p></body></html>";
  }

  private static String escape(String s) {
    return s == null
        ? ""
        : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
