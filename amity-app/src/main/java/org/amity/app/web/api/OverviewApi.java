package org.amity.app.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.amity.app.web.StoreConnections;
import org.amity.app.web.auth.Role;
import org.amity.event.CountryTable;

/**
 * The regional picture: each country's highest open level (for the map) and the weekly count of
 * open alerts by level (the regional trend).
 */
public final class OverviewApi {
  private final StoreConnections db;
  private final ReadCache cache;

  public OverviewApi(StoreConnections db, ReadCache cache) {
    this.db = db;
    this.cache = cache;
  }

  public void addTo(RoutesConfig r) {
    r.get("/api/v1/overview", this::overview, Role.VIEWER);
    r.get("/api/v1/trend", this::trend, Role.VIEWER);
  }

  void overview(Context ctx) {
    Params.only(ctx);
    cache.json(ctx, () -> db.read(OverviewApi::countryLevels));
  }

  void trend(Context ctx) {
    Params.only(ctx, "weeks");
    int weeks = Params.integer(ctx, "weeks", 52, 1, 520);
    cache.json(ctx, () -> db.read(c -> weeklyOpenAlerts(c, weeks)));
  }

  /**
   * A country takes the highest level among the open alerts on it (a country alert, or either side
   * of a dyad alert) and the open situations it is a party to. Sea-area alerts name no country and
   * colour none.
   */
  static Map<String, Object> countryLevels(Connection c) throws SQLException {
    Map<String, Integer> rank = new TreeMap<>();
    Map<String, Integer> situations = new TreeMap<>();
    for (Map<String, Object> a :
        Rows.query(
            c,
            "SELECT scope, subject, level FROM alerts WHERE status = 'open'"
                + " AND scope IN ('country', 'dyad')",
            Set.of())) {
      int r = rank((String) a.get("level"));
      for (String country : ((String) a.get("subject")).split("-")) {
        if (r > 0) {
          rank.merge(country, r, Math::max);
        }
      }
    }
    for (Map<String, Object> s :
        Rows.query(
            c, "SELECT parties, level FROM situations WHERE status = 'open'", Set.of("parties"))) {
      int r = rank((String) s.get("level"));
      for (var party : (com.fasterxml.jackson.databind.JsonNode) s.get("parties")) {
        if (r > 0) {
          rank.merge(party.asText(), r, Math::max);
        }
        situations.merge(party.asText(), 1, Integer::sum);
      }
    }
    CountryTable table = CountryTable.standard();
    List<Map<String, Object>> countries = new ArrayList<>();
    for (Map.Entry<String, Integer> e : rank.entrySet()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("iso3", e.getKey());
      m.put("name", table.findByIso3(e.getKey()).map(x -> x.name()).orElse(e.getKey()));
      m.put("level", SignalsApi.LEVELS[e.getValue() - 1]);
      m.put("openSituations", situations.getOrDefault(e.getKey(), 0));
      countries.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("countries", countries);
    out.put("asean", table.aseanMembers());
    return out;
  }

  /**
   * For each of the last {@code weeks} weeks (Monday starts) up to the latest alert update, how
   * many alerts were open during that week, by their peak level.
   */
  static Map<String, Object> weeklyOpenAlerts(Connection c, int weeks) throws SQLException {
    List<Map<String, Object>> rows =
        Rows.query(
            c,
            "WITH bounds AS (SELECT date_trunc('week', coalesce(max(updated), current_date))::DATE"
                + " AS last FROM alerts), w AS (SELECT (last - INTERVAL (7 * i) DAY)::DATE AS week"
                + " FROM bounds, range(?) t(i))"
                + " SELECT w.week,"
                + " count(a.id) FILTER (WHERE a.peak_level = 'watch') AS watch,"
                + " count(a.id) FILTER (WHERE a.peak_level = 'warning') AS warning,"
                + " count(a.id) FILTER (WHERE a.peak_level = 'alert') AS alert"
                + " FROM w LEFT JOIN alerts a ON a.opened < w.week + 7"
                + " AND coalesce(a.closed, DATE '9999-12-31') >= w.week"
                + " GROUP BY w.week ORDER BY w.week",
            Set.of(),
            weeks);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("resolution", "week");
    out.put("weeks", rows);
    out.put("to", rows.isEmpty() ? LocalDate.now() : rows.get(rows.size() - 1).get("week"));
    return out;
  }

  private static int rank(String level) {
    for (int i = 0; i < SignalsApi.LEVELS.length; i++) {
      if (SignalsApi.LEVELS[i].equals(level)) {
        return i + 1;
      }
    }
    return 0; // not a level: colours nothing rather than guessing
  }
}
