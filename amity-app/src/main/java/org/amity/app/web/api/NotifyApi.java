package org.amity.app.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amity.app.web.ApiProblem;
import org.amity.app.web.WebJson;
import org.amity.app.web.auth.AccessGuard;
import org.amity.app.web.auth.Everyone;
import org.amity.app.web.auth.Role;
import org.amity.notify.FeedTokens;
import org.amity.notify.Follow;
import org.amity.notify.Notification;
import org.amity.notify.NotificationRound;
import org.amity.notify.NotifyStore;
import org.amity.notify.WebhookSender;
import org.amity.signal.Scope;
import org.amity.signal.SubjectName;

/**
 * Notifications for the signed-in analyst: follows ({@code /api/v1/follows}), the feed address
 * ({@code /api/v1/feed}: issue, revoke), the webhook ({@code /api/v1/webhook}), the notifications
 * themselves, and the Atom feed at {@code /feeds/{token}.atom}, opened by its token alone.
 */
public final class NotifyApi {
  private static final int FEED_ENTRIES = 100;

  private final NotifyStore store;
  private final AccessGuard guard;

  public NotifyApi(NotifyStore store, AccessGuard guard) {
    this.store = store;
    this.guard = guard;
  }

  public void addTo(RoutesConfig r) {
    r.get("/api/v1/follows", this::follows, Role.ANALYST);
    r.post("/api/v1/follows", this::follow, Role.ANALYST);
    r.delete("/api/v1/follows/{id}", this::unfollow, Role.ANALYST);
    r.get("/api/v1/feed", this::feedState, Role.ANALYST);
    r.post("/api/v1/feed", this::issueFeed, Role.ANALYST);
    r.delete("/api/v1/feed", this::revokeFeed, Role.ANALYST);
    r.get("/api/v1/webhook", this::webhook, Role.ANALYST);
    r.put("/api/v1/webhook", this::setWebhook, Role.ANALYST);
    r.delete("/api/v1/webhook", this::removeWebhook, Role.ANALYST);
    r.get("/api/v1/notifications", this::notifications, Role.ANALYST);
    r.get("/feeds/{file}", this::atom, Everyone.EVERYONE);
  }

  private static String user(Context ctx) {
    return AccessGuard.session(ctx).user();
  }

  void follows(Context ctx) {
    Params.only(ctx);
    ctx.json(store.follows(user(ctx)).stream().map(NotifyApi::json).toList());
  }

  void follow(Context ctx) {
    Params.only(ctx);
    JsonNode n = body(ctx);
    for (var it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!f.equals("scope") && !f.equals("subject")) {
        throw ApiProblem.badRequest("unknown field '" + f + "': give scope and subject");
      }
    }
    Scope scope;
    String subject;
    try {
      scope = Scope.parse(n.path("scope").asText(""));
      if (scope == Scope.REGION) {
        throw new IllegalArgumentException("follow a country, a dyad or a sea area");
      }
      subject = Scope.subject(scope, n.path("subject").asText(""));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage());
    }
    Follow f = store.follow(user(ctx), scope, subject, guard.clientAddress(ctx));
    ctx.status(201).json(json(f));
  }

  void unfollow(Context ctx) {
    Params.only(ctx);
    long id = Params.id(ctx, "id");
    if (!store.unfollow(user(ctx), id, guard.clientAddress(ctx))) {
      throw ApiProblem.notFound("you have no follow " + id);
    }
    ctx.status(204);
  }

  void feedState(Context ctx) {
    Params.only(ctx);
    ctx.json(Map.of("active", store.hasFeedToken(user(ctx))));
  }

  void issueFeed(Context ctx) {
    Params.only(ctx);
    String token = FeedTokens.issue();
    store.issueFeedToken(user(ctx), FeedTokens.hash(token), guard.clientAddress(ctx));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", FeedTokens.path(token));
    m.put("url", base(ctx) + FeedTokens.path(token));
    m.put("note", "shown once: any earlier feed address no longer works");
    ctx.status(201).json(m);
  }

  void revokeFeed(Context ctx) {
    Params.only(ctx);
    if (!store.revokeFeedToken(user(ctx), guard.clientAddress(ctx))) {
      throw ApiProblem.notFound("you have no feed address");
    }
    ctx.status(204);
  }

  void webhook(Context ctx) {
    Params.only(ctx);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("url", store.webhook(user(ctx)).orElse(null));
    m.put("deliveries", store.deliveries(user(ctx), 20));
    ctx.json(m);
  }

  void setWebhook(Context ctx) {
    Params.only(ctx);
    JsonNode n = body(ctx);
    String url;
    try {
      url = WebhookSender.checkUrl(n.path("url").asText(""));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage());
    }
    store.setWebhook(user(ctx), url, guard.clientAddress(ctx));
    ctx.json(Map.of("url", url));
  }

  void removeWebhook(Context ctx) {
    Params.only(ctx);
    if (!store.removeWebhook(user(ctx), guard.clientAddress(ctx))) {
      throw ApiProblem.notFound("you have no webhook");
    }
    ctx.status(204);
  }

  void notifications(Context ctx) {
    Params.only(ctx, "limit");
    int limit = Params.integer(ctx, "limit", 50, 1, 500);
    List<Notification> list = store.notifications(user(ctx), limit);
    ctx.contentType("application/json")
        .result(
            "[" + String.join(",", list.stream().map(NotificationRound::payload).toList()) + "]");
  }

  /** The Atom feed; an unknown or revoked token is 404, saying no more. */
  void atom(Context ctx) {
    String file = ctx.pathParam("file");
    if (!file.endsWith(".atom") || !file.matches("[A-Za-z0-9_-]{20,100}\\.atom")) {
      throw ApiProblem.notFound("no such feed");
    }
    String token = file.substring(0, file.length() - ".atom".length());
    String user =
        store
            .feedUser(FeedTokens.hash(token))
            .orElseThrow(() -> ApiProblem.notFound("no such feed (revoked or never issued)"));
    String base = base(ctx);
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("application/atom+xml; charset=utf-8")
        .result(
            AtomFeed.render(
                user,
                store.notifications(user, FEED_ENTRIES),
                base,
                base + FeedTokens.path(token)));
  }

  private static String base(Context ctx) {
    return ctx.scheme() + "://" + ctx.host();
  }

  private static JsonNode body(Context ctx) {
    JsonNode n;
    try {
      n = WebJson.MAPPER.readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw ApiProblem.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) {
      throw ApiProblem.badRequest("the body must be a JSON object");
    }
    return n;
  }

  private static Map<String, Object> json(Follow f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", f.id());
    m.put("scope", f.scope().key());
    m.put("subject", f.subject());
    m.put("subjectName", SubjectName.of(f.scope(), f.subject()));
    m.put("since", f.createdAt());
    return m;
  }
}
