package org.amity.app.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.amity.app.web.ApiProblem;
import org.amity.app.web.WebJson;
import org.amity.app.web.auth.AccessGuard;
import org.amity.app.web.auth.Role;
import org.amity.app.web.auth.Session;
import org.amity.response.track2.Track2Meeting;
import org.amity.response.track2.Track2Store;

/**
 * Track II meetings under non-attribution: {@code GET /api/v1/track2} (names only for the {@code
 * track2-convenor} role; the store redacts them for every other clearance), {@code POST
 * /api/v1/track2} (record a meeting; only the convenor may give names), and following a
 * recommendation: {@code POST /api/v1/track2/recommendations/{id}/status} and {@code .../links}.
 */
public final class Track2Api {
  private final Track2Store store;
  private final AccessGuard guard;

  public Track2Api(Track2Store store, AccessGuard guard) {
    this.store = store;
    this.guard = guard;
  }

  public void addTo(RoutesConfig r) {
    r.get("/api/v1/track2", this::list, Role.VIEWER);
    r.post("/api/v1/track2", this::add, Role.ANALYST);
    r.post("/api/v1/track2/recommendations/{id}/status", this::status, Role.ANALYST);
    r.post("/api/v1/track2/recommendations/{id}/links", this::link, Role.ANALYST);
  }

  /** The store's clearance for a session: names for the convenor role alone. */
  static Track2Store.Clearance clearance(Session s) {
    return s.role() == Role.TRACK2_CONVENOR
        ? Track2Store.Clearance.CONVENOR
        : Track2Store.Clearance.REDACTED;
  }

  void list(Context ctx) {
    Params.only(ctx);
    ctx.json(store.meetings(clearance(AccessGuard.session(ctx))));
  }

  void add(Context ctx) {
    Params.only(ctx);
    Track2Meeting m;
    try {
      m = WebJson.MAPPER.readValue(ctx.body(), Track2Meeting.class);
    } catch (JsonProcessingException e) {
      throw ApiProblem.badRequest("the body is not a meeting: " + e.getOriginalMessage());
    }
    if (m == null) {
      throw ApiProblem.badRequest("the body must be a JSON object");
    }
    Session s = AccessGuard.session(ctx);
    if (m.participants() != null
        && !m.participants().isEmpty()
        && clearance(s) != Track2Store.Clearance.CONVENOR) {
      throw ApiProblem.forbidden(
          "only the track2-convenor role records participants' names; give the count and"
              + " affiliation types");
    }
    long id;
    try {
      id = store.add(m, s.user(), guard.clientAddress(ctx));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage());
    }
    Track2Meeting stored =
        store.meetings(clearance(s)).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    ctx.status(201).json(stored);
  }

  void status(Context ctx) {
    Params.only(ctx);
    long id = Params.id(ctx, "id");
    JsonNode n = body(ctx, "status", "date", "note");
    LocalDate date;
    try {
      date = n.hasNonNull("date") ? LocalDate.parse(n.get("date").asText()) : null;
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest("date must be YYYY-MM-DD, not '" + n.get("date").asText() + "'");
    }
    ctx.json(
        answer(
            () ->
                store.changeStatus(
                    id,
                    n.path("status").asText(""),
                    date,
                    n.hasNonNull("note") ? n.get("note").asText() : null,
                    AccessGuard.session(ctx).user(),
                    guard.clientAddress(ctx))));
  }

  void link(Context ctx) {
    Params.only(ctx);
    long id = Params.id(ctx, "id");
    JsonNode n = body(ctx, "entry");
    if (!n.path("entry").canConvertToLong()) {
      throw ApiProblem.badRequest("give the timeline entry's id as entry");
    }
    ctx.json(
        answer(
            () ->
                store.link(
                    id,
                    n.get("entry").asLong(),
                    AccessGuard.session(ctx).user(),
                    guard.clientAddress(ctx))));
  }

  private static Track2Meeting.Recommendation answer(
      java.util.function.Supplier<Track2Meeting.Recommendation> work) {
    try {
      return work.get();
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("no track II recommendation")) {
        throw ApiProblem.notFound(e.getMessage());
      }
      throw ApiProblem.badRequest(e.getMessage());
    }
  }

  private static JsonNode body(Context ctx, String... fields) {
    JsonNode n;
    try {
      n = WebJson.MAPPER.readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw ApiProblem.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) {
      throw ApiProblem.badRequest("the body must be a JSON object");
    }
    java.util.List<String> known = java.util.List.of(fields);
    n.fieldNames()
        .forEachRemaining(
            f -> {
              if (!known.contains(f)) {
                throw ApiProblem.badRequest(
                    "unknown field '" + f + "'; known: " + String.join(", ", known));
              }
            });
    return n;
  }
}
