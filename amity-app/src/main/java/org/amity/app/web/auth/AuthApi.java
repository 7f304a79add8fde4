package org.amity.app.web.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.amity.app.web.ApiProblem;
import org.amity.app.web.StoreConnections;
import org.amity.app.web.WebJson;

/**
 * Signing in and out: {@code POST /api/v1/session} checks a name and password (slowed down after
 * repeated failures) and sets the session cookie; {@code GET} tells who is signed in and gives the
 * CSRF token; {@code DELETE} signs out. Every attempt, good or bad, is audited.
 */
public final class AuthApi {
  private final StoreConnections db;
  private final Accounts accounts;
  private final Sessions sessions;
  private final LoginThrottle throttle;
  private final AuditLog audit;
  private final AccessGuard guard;
  private final String dummyHash;

  public AuthApi(
      StoreConnections db,
      Accounts accounts,
      Sessions sessions,
      LoginThrottle throttle,
      AuditLog audit,
      AccessGuard guard,
      PasswordHasher hasher) {
    this.db = db;
    this.accounts = accounts;
    this.sessions = sessions;
    this.throttle = throttle;
    this.audit = audit;
    this.guard = guard;
    this.dummyHash = hasher.hash("not-a-password-of-anyone".toCharArray());
  }

  public void addTo(RoutesConfig r) {
    r.post("/api/v1/session", this::signIn, Everyone.EVERYONE);
    r.get("/api/v1/session", this::current, Role.VIEWER);
    r.delete("/api/v1/session", this::signOut, Role.VIEWER);
  }

  void signIn(Context ctx) {
    JsonNode body = body(ctx);
    String user = text(body, "user");
    char[] password = text(body, "password").toCharArray();
    String ip = guard.clientAddress(ctx);
    Duration wait = throttle.waitFor(user, ip);
    if (!wait.isZero()) {
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      ctx.header("Retry-After", Long.toString(seconds));
      throw new ApiProblem(
              429,
              "/problems/too-many-sign-ins",
              "Too many failed sign-ins",
              "too many failed sign-ins for this account or address; try again in "
                  + seconds
                  + " s")
          .with("retryAfterSeconds", seconds);
    }
    Optional<Account> account = accounts.authenticate(user, password, dummyHash);
    Arrays.fill(password, '\0');
    if (account.isEmpty()) {
      throttle.failed(user, ip);
      audit.record(db, clip(user), "session.failed", null, ip, Map.of());
      throw ApiProblem.unauthorized("unknown account or wrong password");
    }
    throttle.succeeded(user);
    Map.Entry<String, Session> opened = sessions.open(account.get(), ip);
    audit.record(db, user, "session.open", null, ip, Map.of("role", account.get().role().id()));
    ctx.header("Set-Cookie", cookie(opened.getKey(), Sessions.LIFETIME, guard.secureCookies(ctx)));
    ctx.json(describe(opened.getValue()));
  }

  void current(Context ctx) {
    ctx.json(describe(AccessGuard.session(ctx)));
  }

  void signOut(Context ctx) {
    Session s = AccessGuard.session(ctx);
    sessions.close(ctx.cookie(AccessGuard.COOKIE));
    audit.record(db, s.user(), "session.close", null, guard.clientAddress(ctx), Map.of());
    ctx.header("Set-Cookie", cookie("", Duration.ZERO, guard.secureCookies(ctx)));
    ctx.status(204);
  }

  /** HttpOnly (no script reads it), SameSite=Strict (no other site sends it), Secure under TLS. */
  static String cookie(String token, Duration maxAge, boolean secure) {
    return AccessGuard.COOKIE
        + "="
        + token
        + "; Path=/; Max-Age="
        + maxAge.toSeconds()
        + "; HttpOnly; SameSite=Strict"
        + (secure ? "; Secure" : "");
  }

  private static Map<String, Object> describe(Session s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("user", s.user());
    m.put("role", s.role().id());
    m.put("csrfToken", s.csrfToken());
    m.put("expiresAt", s.expiresAt().toString());
    return m;
  }

  private static JsonNode body(Context ctx) {
    try {
      JsonNode n = WebJson.MAPPER.readTree(ctx.body());
      if (n == null || !n.isObject()) {
        throw ApiProblem.badRequest("the body must be a JSON object {\"user\":..,\"password\":..}");
      }
      return n;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw ApiProblem.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static String text(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || !v.isTextual() || v.asText().isEmpty() || v.asText().length() > 200) {
      throw ApiProblem.badRequest(field + " must be a non-empty string of at most 200 characters");
    }
    return v.asText();
  }

  private static String clip(String user) {
    return user.length() <= 64 ? user : user.substring(0, 64);
  }
}
