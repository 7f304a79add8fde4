package org.amity.app.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import org.amity.app.json.TimelineJson;
import org.amity.app.web.ApiProblem;
import org.amity.app.web.WebJson;
import org.amity.app.web.auth.AccessGuard;
import org.amity.app.web.auth.Role;
import org.amity.app.web.auth.Session;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.timeline.EntryDraft;
import org.amity.response.timeline.EntryJson;
import org.amity.response.timeline.EntryRules;
import org.amity.response.timeline.GapMetrics;
import org.amity.response.timeline.GapReport;
import org.amity.response.timeline.TimelineEntry;
import org.amity.response.timeline.TimelineRecorder;
import org.amity.response.timeline.TimelineStore;
import org.amity.response.timeline.Visibility;

/**
 * Response timelines and the gap: {@code GET /api/v1/situations/{id}/timeline} (entries the
 * reader's role may see), {@code POST} to the same path (analysts record an entry; audited in the
 * same transaction) and {@code GET /api/v1/gap?from=&to=}. Track II has its own {@link Track2Api}.
 */
public final class TimelineApi {
  private final TimelineStore store;
  private final TimelineRecorder recorder;
  private final AccessGuard guard;

  public TimelineApi(TimelineStore store, KnowledgeBase kb, AccessGuard guard) {
    this.store = store;
    this.recorder = new TimelineRecorder(store, new EntryRules(kb));
    this.guard = guard;
  }

  public void addTo(RoutesConfig r) {
    r.get("/api/v1/situations/{id}/timeline", this::timeline, Role.VIEWER);
    r.post("/api/v1/situations/{id}/timeline", this::add, Role.ANALYST);
    r.get("/api/v1/gap", this::gap, Role.VIEWER);
  }

  /** The clearance of a role: the highest visibility whose namesake role it includes. */
  static Visibility clearance(Role role) {
    Visibility best = Visibility.VIEWER;
    for (Visibility v : Visibility.values()) {
      try {
        if (role.includes(Role.of(v.key()))) {
          best = v;
        }
      } catch (IllegalArgumentException e) {
        // a visibility without a role of its name grants nothing
      }
    }
    return best;
  }

  void timeline(Context ctx) {
    Params.only(ctx);
    long id = Params.id(ctx, "id");
    if (store.situation(id).isEmpty()) {
      throw ApiProblem.notFound("no situation " + id);
    }
    Visibility v = clearance(AccessGuard.session(ctx).role());
    ctx.json(TimelineJson.entries(store.timeline(id, v)));
  }

  void add(Context ctx) {
    Params.only(ctx);
    long id = Params.id(ctx, "id");
    JsonNode n;
    try {
      n = WebJson.MAPPER.readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw ApiProblem.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) {
      throw ApiProblem.badRequest("the body must be a JSON object");
    }
    if (n.has("situation") || n.has("scope") || n.has("subject")) {
      throw ApiProblem.badRequest(
          "the situation is the one in the path; leave out situation," + " scope and subject");
    }
    ObjectNode o = ((ObjectNode) n).deepCopy();
    o.put("situation", id);
    if (!o.hasNonNull("date")) {
      o.put("date", LocalDate.now().toString());
    }
    EntryDraft d;
    try {
      d = EntryJson.read(o);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage());
    }
    Session s = AccessGuard.session(ctx);
    Visibility mine = clearance(s.role());
    if (!d.visibility().visibleTo(mine)) {
      throw ApiProblem.badRequest(
          "visibility " + d.visibility().key() + " would hide the entry from its own author");
    }
    TimelineEntry e;
    try {
      e =
          recorder.record(
              d, "analyst", new TimelineStore.Writer(s.user(), guard.clientAddress(ctx)));
    } catch (IllegalArgumentException x) {
      if (x.getMessage() != null && x.getMessage().startsWith("no situation")) {
        throw ApiProblem.notFound(x.getMessage());
      }
      throw ApiProblem.badRequest(x.getMessage());
    }
    ctx.status(201).json(TimelineJson.entry(e));
  }

  void gap(Context ctx) {
    Params.only(ctx, "from", "to");
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    if (from != null && to != null) {
      Params.range(from, to);
    }
    Visibility v = clearance(AccessGuard.session(ctx).role());
    GapReport r = GapMetrics.compute(store.warnings(), store.all(v), from, to);
    ctx.json(TimelineJson.gap(r));
  }
}
