package org.amity.app.web.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amity.access.Account;
import org.amity.access.Agent;
import org.amity.access.SignInAttempts;
import org.amity.app.web.ApiProblem;

/**
 * Account management for admins, under {@code /api/v1/users}: list, create, disable and enable, set
 * a new password, end a user's sessions, lift a sign-in lock-out, remove. Every change is audited
 * with the admin and address; changes that end access end the user's sessions at once. An admin
 * cannot disable or remove their own account here (that is done at the command line, so the
 * dashboard never locks out its last admin by a slip).
 */
public final class UsersApi {
  private final Accounts accounts;
  private final Sessions sessions;
  private final SignInAttempts attempts;
  private final AccessGuard guard;

  public UsersApi(
      Accounts accounts, Sessions sessions, SignInAttempts attempts, AccessGuard guard) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.attempts = attempts;
    this.guard = guard;
  }

  public void addTo(RoutesConfig r) {
    r.get("/api/v1/users", this::list, Role.ADMIN);
    r.post("/api/v1/users", this::create, Role.ADMIN);
    r.delete("/api/v1/users/{name}", this::remove, Role.ADMIN);
    r.post("/api/v1/users/{name}/disable", ctx -> setDisabled(ctx, true), Role.ADMIN);
    r.post("/api/v1/users/{name}/enable", ctx -> setDisabled(ctx, false), Role.ADMIN);
    r.post("/api/v1/users/{name}/password", this::password, Role.ADMIN);
    r.post("/api/v1/users/{name}/revoke", this::revoke, Role.ADMIN);
    r.post("/api/v1/users/{name}/unlock", this::unlock, Role.ADMIN);
  }

  void list(Context ctx) {
    List<Map<String, Object>> out = accounts.list().stream().map(UsersApi::describe).toList();
    ctx.json(out);
  }

  void create(Context ctx) {
    JsonNode body = CredentialBody.object(ctx, "");
    String name = CredentialBody.text(body, "name");
    org.amity.access.Role role;
    try {
      role = org.amity.access.Role.of(CredentialBody.text(body, "role"));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage());
    }
    char[] password = CredentialBody.text(body, "password").toCharArray();
    try {
      Account a = accounts.add(name, role, password, agent(ctx), false);
      ctx.status(201).json(describe(a));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage());
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  void setDisabled(Context ctx, boolean disabled) {
    String name = target(ctx, disabled ? "disable" : null);
    boolean changed = accounts.setDisabled(name, disabled, agent(ctx));
    sessions.forget(name);
    ctx.json(Map.of("user", name, "disabled", disabled, "changed", changed));
  }

  void password(Context ctx) {
    String name = target(ctx, null);
    char[] password = CredentialBody.text(CredentialBody.object(ctx, ""), "password").toCharArray();
    try {
      accounts.setPassword(name, password, agent(ctx));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage());
    } finally {
      Arrays.fill(password, '\0');
    }
    sessions.forget(name);
    ctx.status(204);
  }

  void revoke(Context ctx) {
    String name = target(ctx, null);
    int ended = accounts.revokeSessions(name, agent(ctx));
    sessions.forget(name);
    ctx.json(Map.of("user", name, "sessionsEnded", ended));
  }

  void unlock(Context ctx) {
    String name = target(ctx, null);
    boolean held = attempts.unlock(name, agent(ctx));
    ctx.json(Map.of("user", name, "wasHeld", held));
  }

  void remove(Context ctx) {
    String name = target(ctx, "remove");
    accounts.remove(name, agent(ctx));
    sessions.forget(name);
    ctx.status(204);
  }

  /** The account named in the path; it must exist, and not be the admin's own for {@code self}. */
  private String target(Context ctx, String notOnSelf) {
    String name = ctx.pathParam("name");
    if (accounts.find(name).isEmpty()) {
      throw ApiProblem.notFound("no account named '" + CredentialBody.clip(name) + "'");
    }
    if (notOnSelf != null && name.equals(AccessGuard.session(ctx).user())) {
      throw new ApiProblem(
          409,
          "/problems/own-account",
          "Not on your own account",
          "an admin cannot "
              + notOnSelf
              + " their own account here; use 'amity user "
              + notOnSelf
              + "' at the command line");
    }
    return name;
  }

  private Agent agent(Context ctx) {
    return new Agent(AccessGuard.session(ctx).user(), guard.clientAddress(ctx));
  }

  static Map<String, Object> describe(Account a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", a.name());
    m.put("role", a.role().id());
    m.put("createdAt", a.createdAt().toString());
    m.put("createdBy", a.createdBy());
    m.put("disabled", a.disabled());
    m.put("singleUse", a.singleUse());
    return m;
  }
}
