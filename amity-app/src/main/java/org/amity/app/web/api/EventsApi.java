package org.amity.app.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amity.app.web.ApiProblem;
import org.amity.app.web.StoreConnections;
import org.amity.app.web.auth.Role;

/**
 * Stored events, a page at a time. Every query is bounded by dates (at most {@link #MAX_DAYS} days;
 * without dates, the last 31 days that hold data) and by a page size, so one request never scans or
 * returns the whole store.
 */
public final class EventsApi {
  static final int MAX_DAYS = 366;
  private static final String COLUMNS =
      "dataset, native_id AS nativeId, event_date AS date, src_code AS sourceCode,"
          + " src_name AS sourceName, src_country AS sourceCountry, tgt_code AS targetCode,"
          + " tgt_name AS targetName, tgt_country AS targetCountry, event_code AS code,"
          + " root_code AS rootCode, quad_class AS quadClass, goldstein,"
          + " num_mentions AS mentions, num_sources AS sources, num_articles AS articles,"
          + " avg_tone AS tone, action_country AS actionCountry, action_lat AS lat,"
          + " action_lon AS lon, action_precision AS \"precision\","
          + " action_centroid AS centroid, action_name AS place, source_url AS url";

  private final StoreConnections db;
  private final ReadCache cache;

  public EventsApi(StoreConnections db, ReadCache cache) {
    this.db = db;
    this.cache = cache;
  }

  public void addTo(RoutesConfig r) {
    r.get("/api/v1/events", this::events, Role.VIEWER);
  }

  void events(Context ctx) {
    Params.only(ctx, "country", "dataset", "from", "to", "limit", "offset");
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
    cache.json(ctx, () -> db.read(c -> page(c, country, dataset, from, to, limit, offset)));
  }

  private static Map<String, Object> page(
      Connection c,
      String country,
      String dataset,
      LocalDate from,
      LocalDate to,
      int limit,
      int offset)
      throws SQLException {
    LocalDate[] window = window(c, from, to);
    StringBuilder sql =
        new StringBuilder("SELECT " + COLUMNS + " FROM events WHERE event_date BETWEEN ? AND ?");
    List<Object> args = new ArrayList<>(List.of(window[0], window[1]));
    if (country != null) {
      sql.append(" AND (src_country = ? OR tgt_country = ? OR action_country = ?)");
      args.addAll(List.of(country, country, country));
    }
    if (dataset != null) {
      sql.append(" AND dataset = ?");
      args.add(dataset);
    }
    sql.append(" ORDER BY event_date DESC, dataset, native_id LIMIT ? OFFSET ?");
    args.add(limit);
    args.add(offset);
    List<Map<String, Object>> items = Rows.query(c, sql.toString(), Set.of(), args.toArray());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("from", window[0]);
    out.put("to", window[1]);
    out.put("limit", limit);
    out.put("offset", offset);
    out.put("nextOffset", items.size() == limit ? offset + limit : null);
    out.put("items", items);
    return out;
  }

  /** The dates asked for; a missing bound is filled to give a window of at most 31 days. */
  private static LocalDate[] window(Connection c, LocalDate from, LocalDate to)
      throws SQLException {
    if (from != null && to != null) {
      return new LocalDate[] {from, to};
    }
    if (to == null && from != null) {
      return new LocalDate[] {from, from.plusDays(30)};
    }
    if (to == null) {
      Object last =
          Rows.query(c, "SELECT max(event_date) AS d FROM events", Set.of()).get(0).get("d");
      to = last == null ? LocalDate.now() : (LocalDate) last;
    }
    return new LocalDate[] {to.minusDays(30), to};
  }
}
