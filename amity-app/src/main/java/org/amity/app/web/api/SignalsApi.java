package org.amity.app.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amity.app.json.SignalJson;
import org.amity.app.web.ApiProblem;
import org.amity.app.web.auth.Role;
import org.amity.signal.Alert;
import org.amity.signal.AlertFilter;
import org.amity.signal.AlertQuery;
import org.amity.signal.AnalystRecords;
import org.amity.signal.EvidenceRecords;
import org.amity.signal.Freshness;
import org.amity.signal.RelatedSituations;
import org.amity.signal.Scope;
import org.amity.signal.SignalReader;
import org.amity.signal.Situation;

/**
 * Alerts and situations, read-only: lists, one alert with its evidence, one situation whole (its
 * alerts with evidence and acknowledgements, and its notes). The shapes are those of {@code amity
 * alerts --json} and {@code amity situations --json}, with what analysts recorded beside them.
 */
public final class SignalsApi {
  static final String[] LEVELS = {"watch", "warning", "alert"};

  private final SignalReader signals;
  private final AnalystRecords records;
  private final ReadCache cache;

  public SignalsApi(SignalReader signals, AnalystRecords records, ReadCache cache) {
    this.signals = signals;
    this.records = records;
    this.cache = cache;
  }

  public void addTo(RoutesConfig r) {
    r.get("/api/v1/alerts", this::alerts, Role.VIEWER);
    r.get("/api/v1/alerts/{id}", this::alert, Role.VIEWER);
    r.get("/api/v1/alerts/{id}/evidence/{k}/records", this::evidenceRecords, Role.VIEWER);
    r.get("/api/v1/situations", this::situations, Role.VIEWER);
    r.get("/api/v1/situations/{id}", this::situation, Role.VIEWER);
    r.get("/api/v1/situations/{id}/notes", this::notes, Role.VIEWER);
  }

  /**
   * Alerts by status, lowest level, scope, subject and date range (the same filters as {@code amity
   * alerts}, through {@link AlertFilter}), one page at a time. The array is the page; the headers
   * {@code X-Total-Count} and {@code X-Data-As-Of} say how many match in all and how current the
   * data is.
   */
  void alerts(Context ctx) {
    Params.only(ctx, "status", "level", "scope", "subject", "from", "to", "limit", "offset");
    String status = Params.oneOf(ctx, "status", "open", "open", "protracted", "closed", "all");
    String level = Params.oneOf(ctx, "level", null, LEVELS);
    String scope = Params.oneOf(ctx, "scope", null, Scope.keys().toArray(String[]::new));
    checkDyad(ctx);
    int limit = Params.integer(ctx, "limit", 200, 1, 1000);
    int offset = Params.integer(ctx, "offset", 0, 0, 1_000_000);
    AlertQuery all;
    try {
      all =
          AlertFilter.of(
              status,
              level,
              scope,
              ctx.queryParam("subject"),
              ctx.queryParam("from"),
              ctx.queryParam("to"));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage());
    }
    AlertQuery q = all.page(limit, offset);
    ctx.header(
        "X-Total-Count",
        String.valueOf(
            cache.value("count " + ReadCache.keyOf(ctx), () -> signals.countAlerts(all))));
    ctx.header("X-Data-As-Of", String.valueOf(freshness().dataAsOf()));
    cache.json(ctx, () -> withAcks(signals.alerts(q), false));
  }

  void alert(Context ctx) {
    Params.only(ctx);
    long id = Params.id(ctx, "id");
    cache.json(
        ctx,
        () -> {
          Map<String, Object> m =
              withAcks(
                      List.of(
                          signals
                              .alert(id)
                              .orElseThrow(() -> ApiProblem.notFound("no alert " + id))),
                      true)
                  .get(0);
          m.put("dataAsOf", asOf());
          return m;
        });
  }

  /**
   * The stored rows behind evidence item {@code k} (the first is 1) of an alert, the shape of
   * {@code amity alerts --id N --evidence K --json}; 404 when the alert or the item does not exist.
   */
  void evidenceRecords(Context ctx) {
    Params.only(ctx);
    long id = Params.id(ctx, "id");
    long k = Params.id(ctx, "k");
    cache.json(
        ctx,
        () -> {
          try {
            return SignalJson.evidenceRecords(
                signals.evidenceRecords(id, (int) Math.min(k, Integer.MAX_VALUE)));
          } catch (EvidenceRecords.Missing e) {
            throw ApiProblem.notFound(e.getMessage());
          }
        });
  }

  void situations(Context ctx) {
    Params.only(ctx, "status", "limit", "offset", "from", "to");
    String status = Params.oneOf(ctx, "status", "open", "open", "protracted", "closed", "all");
    int limit = Params.integer(ctx, "limit", 200, 1, 1000);
    int offset = Params.integer(ctx, "offset", 0, 0, 1_000_000);
    LocalDate[] range;
    try {
      range = AlertFilter.range(ctx.queryParam("from"), ctx.queryParam("to"));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage());
    }
    LocalDate from = range[0];
    LocalDate to = range[1];
    Freshness fresh = freshness();
    ctx.header(
        "X-Total-Count",
        String.valueOf(
            cache.value(
                "situations " + status + " " + from + " " + to,
                () -> signals.countSituations(status, from, to))));
    ctx.header("X-Data-As-Of", String.valueOf(fresh.dataAsOf()));
    cache.json(
        ctx,
        () -> {
          Map<Long, Integer> open = new HashMap<>();
          for (Alert a : signals.alerts(AlertQuery.status("open").withoutEvidence())) {
            if (a.situationId() != null) {
              open.merge(a.situationId(), 1, Integer::sum);
            }
          }
          List<Situation> page = signals.situations(status, from, to, limit, offset);
          Map<Long, List<RelatedSituations.Related>> related =
              RelatedSituations.read(signals, page);
          List<Map<String, Object>> out = new ArrayList<>();
          for (Situation s : page) {
            Map<String, Object> m = SignalJson.situation(s, fresh, related.get(s.id()));
            m.put("openAlertCount", open.getOrDefault(s.id(), 0));
            out.add(m);
          }
          return out;
        });
  }

  void situation(Context ctx) {
    Params.only(ctx);
    long id = Params.id(ctx, "id");
    cache.json(
        ctx,
        () -> {
          Situation s =
              signals.situation(id).orElseThrow(() -> ApiProblem.notFound("no situation " + id));
          return SignalJson.situationDetail(s, signals, records, freshness());
        });
  }

  void notes(Context ctx) {
    Params.only(ctx);
    long id = Params.id(ctx, "id");
    cache.json(
        ctx,
        () -> {
          if (signals.situation(id).isEmpty()) {
            throw ApiProblem.notFound("no situation " + id);
          }
          return records.notes(id);
        });
  }

  private String asOf() {
    var d = freshness().dataAsOf();
    return d == null ? null : d.toString();
  }

  /** How current the data is, read once per change of the store. */
  Freshness freshness() {
    return cache.value("freshness", signals::freshness);
  }

  /** Alerts in their JSON shape with the analysts' acknowledgements; lists leave evidence out. */
  private List<Map<String, Object>> withAcks(List<Alert> alerts, boolean evidence) {
    return SignalJson.alertsWithAcks(alerts, records, evidence);
  }

  /**
   * A dyad subject's two codes checked as every dyad parameter of the API is (known ISO3 codes, two
   * different countries); {@link AlertFilter#subject} reads every subject, conflict areas such as
   * "deep-south" (which hold a dash) included, and its error is the 400's message.
   */
  private static void checkDyad(Context ctx) {
    String v = ctx.queryParam("subject");
    if (v != null && v.contains("-") && org.amity.event.ConflictArea.parse(v).isEmpty()) {
      Params.dyad(ctx, "subject");
    }
  }
}
