package org.amity.app.web.auth;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;
import org.amity.app.web.ApiProblem;

/**
 * Runs before every matched route: finds the session of the cookie, checks the route's role, and
 * for state-changing requests checks that they come from the dashboard itself (JSON body, same
 * origin, the session's CSRF token in {@code X-CSRF-Token}). API routes without an access rule are
 * refused, so a forgotten rule fails closed.
 */
public final class AccessGuard {
  public static final String COOKIE = "amity_session";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  private static final String SESSION = "amity.session";

  private final Sessions sessions;
  private final boolean behindProxy;

  public AccessGuard(Sessions sessions, boolean behindProxy) {
    this.sessions = sessions;
    this.behindProxy = behindProxy;
  }

  /** The {@code beforeMatched} handler. */
  public void check(Context ctx) {
    Set<RouteRole> roles = ctx.routeRoles();
    boolean writes = changesState(ctx.method());
    if (writes) {
      checkSameOrigin(ctx);
    }
    if (roles.contains(Everyone.EVERYONE)) {
      return;
    }
    Role needed =
        roles.stream()
            .filter(Role.class::isInstance)
            .map(Role.class::cast)
            .findFirst()
            .orElse(null);
    if (needed == null) {
      if (ctx.path().startsWith("/api/")) {
        throw ApiProblem.forbidden("this route has no access rule; refused");
      }
      return; // the dashboard's static pages hold no data: they ask the API, which checks
    }
    Session s =
        sessions
            .find(ctx.cookie(COOKIE))
            .orElseThrow(
                () ->
                    ApiProblem.unauthorized("no valid session: sign in with POST /api/v1/session"));
    ctx.attribute(SESSION, s);
    if (!s.role().includes(needed)) {
      throw ApiProblem.forbidden(
          "the "
              + s.role().id()
              + " role may not do this; it needs the "
              + needed.id()
              + " role or higher");
    }
    if (writes) {
      checkCsrf(ctx, s);
    }
  }

  /** The session checked for this request (routes with a role only). */
  public static Session session(Context ctx) {
    Session s = ctx.attribute(SESSION);
    if (s == null) {
      throw new IllegalStateException("no session on a route that requires one");
    }
    return s;
  }

  /** The client's address: the socket peer, or behind a TLS proxy the address it forwarded. */
  public String clientAddress(Context ctx) {
    if (behindProxy) {
      String forwarded = ctx.header("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        String[] hops = forwarded.split(",");
        return hops[hops.length - 1].strip();
      }
    }
    return ctx.req().getRemoteAddr();
  }

  /** Whether the session cookie must carry Secure (TLS in front, or TLS here). */
  public boolean secureCookies(Context ctx) {
    return behindProxy || "https".equalsIgnoreCase(ctx.req().getScheme());
  }

  static boolean changesState(HandlerType m) {
    return m == HandlerType.POST
        || m == HandlerType.PUT
        || m == HandlerType.PATCH
        || m == HandlerType.DELETE;
  }

  /**
   * A cross-site form or script cannot send a JSON body without a preflight, and browsers name the
   * page's origin: refuse writes that are not JSON, or whose origin is another site.
   */
  private static void checkSameOrigin(Context ctx) {
    if ("cross-site".equals(ctx.header("Sec-Fetch-Site"))) {
      throw ApiProblem.forbidden("cross-site request refused");
    }
    String origin = ctx.header("Origin");
    if (origin != null && !origin.equals("null")) {
      String host = ctx.header("Host");
      String originHost;
      try {
        originHost = URI.create(origin).getRawAuthority();
      } catch (IllegalArgumentException e) {
        throw ApiProblem.forbidden("malformed Origin header refused");
      }
      if (host == null || !host.equalsIgnoreCase(originHost)) {
        throw ApiProblem.forbidden("cross-origin request from " + origin + " refused");
      }
    }
    if (ctx.method() != HandlerType.DELETE) {
      String type = ctx.contentType();
      if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
        throw new ApiProblem(
            415,
            "/problems/unsupported-media-type",
            "Unsupported media type",
            "send the body as application/json");
      }
    }
  }

  private static void checkCsrf(Context ctx, Session s) {
    String token = ctx.header(CSRF_HEADER);
    if (token == null
        || !MessageDigest.isEqual(
            token.getBytes(StandardCharsets.UTF_8),
            s.csrfToken().getBytes(StandardCharsets.UTF_8))) {
      throw new ApiProblem(
          403,
          "/problems/csrf",
          "Missing or wrong CSRF token",
          "state-changing requests must carry the session's token in "
              + CSRF_HEADER
              + " (GET /api/v1/session gives it)");
    }
  }
}
