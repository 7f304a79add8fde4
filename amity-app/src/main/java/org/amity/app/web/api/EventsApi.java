package org.amity.app.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amity.app.json.EventJson;
import org.amity.app.web.ApiProblem;
import org.amity.app.web.auth.Role;
import org.amity.event.Event;
import org.amity.store.EventCursor;
import org.amity.store.EventQuery;
import org.amity.store.EventStore;

/**
 * Stored events, a page at a time. Every query is bounded by dates (at most {@link #MAX_DAYS} days;
 * without dates, the last 31 days that hold data) and by a page size, so one request never scans or
 * returns the whole store. A page is reached by {@code offset} or, cheaper and stable while events
 * arrive, by the {@code cursor} that the previous page gave as {@code next} (a keyset page).
 */
public final class EventsApi {
  static final int MAX_DAYS = 366;

  private final EventStore events;
  private final ReadCache cache;

  public EventsApi(EventStore events, ReadCache cache) {
    this.events = events;
    this.cache = cache;
  }

  public void addTo(RoutesConfig r) {
    r.get("/api/v1/events", this::events, Role.VIEWER);
  }

  void events(Context ctx) {
    Params.only(ctx, "country", "dataset", "from", "to", "limit", "offset", "cursor");
    String country = Params.country(ctx, "country");
    String dataset = ctx.queryParam("dataset");
    if (dataset != null && !dataset.matches("[a-z0-9_-]{1,32}")) {
      throw ApiProblem.badRequest(
          "dataset must be a dataset name such as gdelt or icews, got '"
              + Params.clip(dataset)
              + "'");
    }
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    Params.range(from, to);
    if (from != null && to != null && ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw ApiProblem.badRequest("from and to may span at most " + MAX_DAYS + " days");
    }
    int limit = Params.integer(ctx, "limit", 100, 1, 1000);
    int offset = Params.integer(ctx, "offset", 0, 0, 100_000);
    EventCursor cursor = cursor(ctx.queryParam("cursor"), offset);
    cache.json(ctx, () -> page(country, dataset, from, to, limit, offset, cursor));
  }

  private static EventCursor cursor(String token, int offset) {
    if (token == null) {
      return null;
    }
    if (offset != 0) {
      throw ApiProblem.badRequest("give either cursor or offset, not both");
    }
    try {
      return EventCursor.parse(token);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest("cursor: " + e.getMessage());
    }
  }

  private Map<String, Object> page(
      String country,
      String dataset,
      LocalDate from,
      LocalDate to,
      int limit,
      int offset,
      EventCursor cursor) {
    LocalDate[] window = window(from, to);
    List<Event> page =
        events.newestFirst(
            new EventQuery(country, window[0], window[1], dataset, limit, offset, cursor));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("from", window[0]);
    out.put("to", window[1]);
    out.put("limit", limit);
    out.put("offset", offset);
    boolean full = page.size() == limit;
    out.put("nextOffset", full && cursor == null ? offset + limit : null);
    out.put("next", full ? EventCursor.after(page.get(page.size() - 1)).token() : null);
    out.put("items", page.stream().map(EventJson::map).toList());
    return out;
  }

  /** The dates asked for; a missing bound is filled to give a window of at most 31 days. */
  private LocalDate[] window(LocalDate from, LocalDate to) {
    if (from != null && to != null) {
      return new LocalDate[] {from, to};
    }
    if (to == null && from != null) {
      return new LocalDate[] {from, from.plusDays(30)};
    }
    if (to == null) {
      to = events.lastEventDate().orElse(LocalDate.now());
    }
    return new LocalDate[] {to.minusDays(30), to};
  }
}
