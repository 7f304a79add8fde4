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
import org.amity.signal.Freshness;
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
    Params.only(ctx, "weeks", "to");
    int weeks = Params.integer(ctx, "weeks", 52, 1, 520);
    LocalDate to = Params.date(ctx, "to");
    cache.json(ctx, () -> weeklyOpenAlerts(weeks, to));
  }

  /**
   * A country takes the highest level among the current warnings on it (open alerts on a country,
   * either side of a dyad, or a conflict area in it, whose subject still has recent data) and the
   * current situations it is a party to. Protracted, stale and closed ones are counted apart and
   * colour nothing. Sea-area alerts name no country and colour none.
   */
  Map<String, Object> countryLevels() {
    Map<String, Integer> rank = new TreeMap<>();
    Map<String, Integer> situations = new TreeMap<>();
    Freshness fresh = signals.freshness();
    int current = 0;
    int staleAlerts = 0;
    for (Alert a : signals.alerts(AlertQuery.status("open").withoutEvidence())) {
      if (fresh.stale(a.scope(), a.subject())) {
        staleAlerts++;
        continue;
      }
      current++;
      if (a.scope() != Scope.COUNTRY && a.scope() != Scope.DYAD && a.scope() != Scope.THEATRE) {
        continue;
      }
      int r = rank(a.level().key());
      // a conflict area's alert colours its country
      for (String country : Scope.involved(a.scope(), a.subject())) {
        if (r > 0) {
          rank.merge(country, r, Math::max);
        }
      }
    }
    int staleSituations = 0;
    int currentSituations = 0;
    for (Situation s : signals.situations("open", 0, 0)) {
      if (fresh.stale(s.scope(), s.subject())) {
        staleSituations++;
        continue;
      }
      currentSituations++;
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
    out.put("dataAsOf", fresh.dataAsOf() == null ? null : fresh.dataAsOf().toString());
    out.put("currentWarnings", current);
    out.put("currentSituations", currentSituations);
    out.put("staleWarnings", staleAlerts);
    out.put("staleSituations", staleSituations);
    out.put("protractedAlerts", signals.countAlerts(AlertQuery.status("protracted")));
    out.put(
        "countsNote",
        "Counts current open alerts only, at any level (watch, warning or alert): open alerts"
            + " whose subject has had data within its resolution's allowance before the data's"
            + " newest day. Protracted, stale and closed alerts are on the Alerts page.");
    return out;
  }

  /** For each of the last {@code weeks} weeks, how many alerts were open, by peak level. */
  Map<String, Object> weeklyOpenAlerts(int weeks, LocalDate to) {
    List<SignalReader.WeeklyAlerts> rows = signals.openAlertsByWeek(weeks, to);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("resolution", "week");
    out.put("weeks", rows);
    out.put(
        "colours",
        "Each bar counts the alerts open on some day of the week, stacked by the highest level"
            + " each reached (watch, warning, alert). An alert is open from the day it opened to"
            + " the day before it closed (the closing day is the first back to normal), a"
            + " protracted one to the day before it became protracted.");
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
