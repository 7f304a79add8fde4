package org.amity.app.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.amity.app.web.auth.Role;
import org.amity.event.CountryTable;
import org.amity.signal.Alert;
import org.amity.signal.AlertQuery;
import org.amity.signal.Scope;
import org.amity.signal.SignalReader;
import org.amity.signal.Situation;

/**
 * The regional picture: each country's highest open level (for the map) and the weekly count of
 * open alerts by level (the regional trend).
 */
public final class OverviewApi {
  private final SignalReader signals;
  private final ReadCache cache;

  public OverviewApi(SignalReader signals, ReadCache cache) {
    this.signals = signals;
    this.cache = cache;
  }

  public void addTo(RoutesConfig r) {
    r.get("/api/v1/overview", this::overview, Role.VIEWER);
    r.get("/api/v1/trend", this::trend, Role.VIEWER);
  }

  void overview(Context ctx) {
    Params.only(ctx);
    cache.json(ctx, this::countryLevels);
  }

  void trend(Context ctx) {
    Params.only(ctx, "weeks");
    int weeks = Params.integer(ctx, "weeks", 52, 1, 520);
    cache.json(ctx, () -> weeklyOpenAlerts(weeks));
  }

  /**
   * A country takes the highest level among the open alerts on it (a country alert, or either side
   * of a dyad alert) and the open situations it is a party to. Sea-area alerts name no country and
   * colour none.
   */
  Map<String, Object> countryLevels() {
    Map<String, Integer> rank = new TreeMap<>();
    Map<String, Integer> situations = new TreeMap<>();
    for (Alert a : signals.alerts(AlertQuery.status("open").withoutEvidence())) {
      if (a.scope() != Scope.COUNTRY && a.scope() != Scope.DYAD) {
        continue;
      }
      int r = rank(a.level().key());
      for (String country : a.subject().split("[->]")) {
        if (r > 0) {
          rank.merge(country, r, Math::max);
        }
      }
    }
    for (Situation s : signals.situations("open", 0, 0)) {
      int r = rank(s.level().key());
      for (String party : s.parties()) {
        if (r > 0) {
          rank.merge(party, r, Math::max);
        }
        situations.merge(party, 1, Integer::sum);
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

  /** For each of the last {@code weeks} weeks, how many alerts were open, by peak level. */
  Map<String, Object> weeklyOpenAlerts(int weeks) {
    List<SignalReader.WeeklyAlerts> rows = signals.openAlertsByWeek(weeks);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("resolution", "week");
    out.put("weeks", rows);
    out.put("to", rows.isEmpty() ? LocalDate.now() : rows.get(rows.size() - 1).week());
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
