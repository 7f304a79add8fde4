package org.amity.app.web.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.amity.access.Account;
import org.amity.access.Admission;
import org.amity.access.Agent;
import org.amity.access.AuditTrail;
import org.amity.access.SignInAttempts;
import org.amity.app.web.ApiProblem;

/**
 * Signing in and out: {@code POST /api/v1/session} checks a name and password and sets the session
 * cookie; {@code GET} tells who is signed in and gives the CSRF token; {@code DELETE} signs out.
 * Before a password is checked, the attempt is admitted and counted in one step by the store's
 * {@link SignInAttempts} (so parallel guesses cannot slip past the limits, and a restart keeps
 * them); a refused attempt gets 429 with Retry-After. Every attempt, signed in, failed or refused,
 * is audited.
 */
public final class AuthApi {
  private final Accounts accounts;
  private final Sessions sessions;
  private final SignInAttempts attempts;
  private final AuditTrail audit;
  private final AccessGuard guard;
  private final Clock clock;
  private final String dummyHash;

  public AuthApi(
      Accounts accounts,
      Sessions sessions,
      SignInAttempts attempts,
      AuditTrail audit,
      AccessGuard guard,
      PasswordHasher hasher,
      Clock clock) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.attempts = attempts;
    this.audit = audit;
    this.guard = guard;
    this.clock = clock;
    this.dummyHash = hasher.hash("not-a-password-of-anyone".toCharArray());
  }

  public void addTo(RoutesConfig r) {
    r.post("/api/v1/session", this::signIn, Everyone.EVERYONE);
    r.get("/api/v1/session", this::current, Role.VIEWER);
    r.delete("/api/v1/session", this::signOut, Role.VIEWER);
  }

  void signIn(Context ctx) {
    JsonNode body = CredentialBody.object(ctx, " {\"user\":..,\"password\":..}");
    String user = CredentialBody.clip(CredentialBody.text(body, "user"));
    char[] password = CredentialBody.text(body, "password").toCharArray();
    String ip = guard.clientAddress(ctx);
    Agent who = new Agent(user, ip);
    Admission admission = attempts.admit(user, ip, clock.instant());
    if (!admission.allowed()) {
      Arrays.fill(password, '\0');
      long seconds = Math.max(1, (admission.retryAfter().toMillis() + 999) / 1000);
      audit.record(
          who,
          "session.refused",
          null,
          Map.of("limit", admission.limit().words(), "retryAfterSeconds", seconds));
      ctx.header("Retry-After", Long.toString(seconds));
      throw new ApiProblem(
              429,
              "/problems/too-many-sign-ins",
              "Too many failed sign-ins",
              "too many failed sign-ins for "
                  + admission.limit().words()
                  + "; try again in "
                  + seconds
                  + " s")
          .with("retryAfterSeconds", seconds);
    }
    Optional<Account> account = accounts.authenticate(user, password, dummyHash);
    Arrays.fill(password, '\0');
    if (account.isEmpty()) {
      audit.record(who, "session.failed", null, Map.of());
      throw ApiProblem.unauthorized("unknown account or wrong password");
    }
    attempts.succeeded(user, ip, clock.instant());
    Map.Entry<String, Session> opened = sessions.open(account.get(), ip);
    audit.record(who, "session.open", null, Map.of("role", account.get().role().id()));
    ctx.header("Set-Cookie", cookie(opened.getKey(), Sessions.LIFETIME, guard.secureCookies(ctx)));
    ctx.json(describe(opened.getValue()));
  }

  void current(Context ctx) {
    ctx.json(describe(AccessGuard.session(ctx)));
  }

  void signOut(Context ctx) {
    Session s = AccessGuard.session(ctx);
    sessions.close(ctx.cookie(AccessGuard.COOKIE));
    audit.record(new Agent(s.user(), guard.clientAddress(ctx)), "session.close", null, Map.of());
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
}
