package org.amity.store.duckdb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amity.signal.Alert;
import org.amity.signal.AlertDraft;
import org.amity.signal.AlertQuery;
import org.amity.signal.Evidence;
import org.amity.signal.Level;
import org.amity.signal.Resolution;
import org.amity.signal.Scope;
import org.amity.signal.SignalReader;

/**
 * Stores alerts so that an alert keeps its id from one watch to the next: a newly detected run is
 * matched to the stored alert of the same series whose period overlaps it, and updated in place;
 * stored alerts no later run supports are marked withdrawn, never deleted (analysts may have acted
 * on them).
 */
final class AlertTables {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final String COLUMNS =
      "id, situation_id, level, peak_level, status, scope, subject, threat_types, opened, updated,"
          + " closed, indicator, resolution, period_start, period_end, value, baseline, score,"
          + " great_power_party, outside_power_share, protracted";

  private final Connection c;

  AlertTables(Connection c) {
    this.c = c;
  }

  /**
   * Signatures of the stored alerts (see {@link AlertDraft#signature}), keyed
   * "indicator|scope|subject|resolution|opened".
   */
  Map<String, String> signatures() throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT indicator, scope, subject, resolution, opened, closed, level, peak_level,"
                    + " value, baseline, score, protracted FROM alerts WHERE status <>"
                    + " 'withdrawn'")) {
      while (rs.next()) {
        LocalDate opened = rs.getObject(5, LocalDate.class);
        out.put(
            rs.getString(1)
                + "|"
                + rs.getString(2)
                + "|"
                + rs.getString(3)
                + "|"
                + rs.getString(4)
                + "|"
                + opened,
            AlertDraft.signature(
                opened,
                rs.getObject(6, LocalDate.class),
                rs.getObject(12, LocalDate.class),
                Level.parse(rs.getString(7)),
                Level.parse(rs.getString(8)),
                rs.getDouble(9),
                rs.getDouble(10),
                rs.getDouble(11)));
      }
    }
    return out;
  }

  static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static <T> T parse(String s, TypeReference<T> type) {
    try {
      return JSON.readValue(s, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("corrupt JSON in the store: " + s, e);
    }
  }

  /**
   * The rank of the highest level an alert reached: the level lists show, sort by and filter on
   * ({@link org.amity.signal.AlertWords#shownLevel}).
   */
  private static final String LEVEL_RANK =
      "CASE peak_level WHEN 'alert' THEN 3 WHEN 'warning' THEN 2 WHEN 'watch' THEN 1 ELSE 0 END";

  /**
   * Alerts as asked, the highest level reached first, then strongest score, then id; never
   * withdrawn.
   */
  List<Alert> read(AlertQuery q) throws SQLException {
    List<Object> args = new ArrayList<>();
    String where = where(q, args);
    String page =
        (q.limit() > 0 ? " LIMIT " + q.limit() : "")
            + (q.offset() > 0 ? " OFFSET " + q.offset() : "");
    return read(where, args, page, q.withEvidence());
  }

  /** How many alerts the query matches, paging aside. */
  int count(AlertQuery q) throws SQLException {
    List<Object> args = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement("SELECT count(*) FROM alerts WHERE " + where(q, args))) {
      for (int i = 0; i < args.size(); i++) {
        p.setObject(i + 1, args.get(i));
      }
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static String where(AlertQuery q, List<Object> args) {
    StringBuilder where =
        new StringBuilder(
            switch (q.status()) {
              case "all" -> "status IN ('open', 'protracted', 'closed')";
              default -> "status = '" + q.status() + "'";
            });
    if (q.minLevel() != null) {
      where.append(" AND ").append(LEVEL_RANK).append(" >= ").append(q.minLevel().ordinal());
    }
    if (q.scope() != null) {
      where.append(" AND scope = ?");
      args.add(q.scope().key());
    }
    if (q.subject() != null) {
      where.append(" AND subject = ?");
      args.add(q.subject());
    }
    where.append(Ongoing.in(q.from(), q.to(), q.currentSpan() ? Ongoing.currentEnd("") : "closed"));
    if (q.situationId() != null) {
      where.append(" AND situation_id = ?");
      args.add(q.situationId());
    }
    return where.toString();
  }

  /** One alert by id, whatever its status (a withdrawn alert says so). */
  Optional<Alert> read(long id) throws SQLException {
    return read("id = ?", List.of(id), "", true).stream().findFirst();
  }

  private List<Alert> read(String where, List<Object> args, String page, boolean withEvidence)
      throws SQLException {
    List<Alert> out = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM alerts WHERE "
                + where
                + " ORDER BY "
                + LEVEL_RANK
                + " DESC, score DESC, id"
                + page)) {
      for (int i = 0; i < args.size(); i++) {
        p.setObject(i + 1, args.get(i));
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          rows.add(Row.of(rs));
        }
      }
    }
    Map<Long, List<Evidence>> evidence =
        withEvidence ? evidence(rows.stream().map(Row::id).toList()) : Map.of();
    for (Row r : rows) {
      out.add(r.alert(evidence.getOrDefault(r.id(), List.of())));
    }
    return out;
  }

  /** An alert row before its evidence is attached. */
  private record Row(long id, ResultSetValues v) {
    static Row of(ResultSet rs) throws SQLException {
      return new Row(rs.getLong("id"), ResultSetValues.of(rs));
    }

    Alert alert(List<Evidence> evidence) {
      Map<String, Double> shares =
          parse(v.text("threat_types"), new TypeReference<Map<String, Double>>() {});
      return new Alert(
          id,
          v.id("situation_id"),
          Level.parse(v.text("level")),
          Level.parse(v.text("peak_level")),
          v.text("status"),
          Scope.parse(v.text("scope")),
          v.text("subject"),
          org.amity.typology.ThreatProfile.reported(shares),
          shares,
          v.date("opened"),
          v.date("updated"),
          v.date("closed"),
          v.text("indicator"),
          Resolution.parse(v.text("resolution")),
          v.date("period_start"),
          v.date("period_end"),
          v.number("value"),
          v.number("baseline"),
          v.number("score"),
          v.flag("great_power_party"),
          v.number("outside_power_share"),
          v.date("protracted"),
          evidence);
    }
  }

  /** How many alerts and situations are open (counted, not read). */
  static SignalReader.OpenCounts openCounts(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT (SELECT count(*) FROM alerts WHERE status = 'open'), (SELECT count(*) FROM"
                    + " situations WHERE status = 'open')")) {
      rs.next();
      return new SignalReader.OpenCounts(rs.getInt(1), rs.getInt(2));
    }
  }

  /**
   * Alerts open during each of the last weeks, by peak level (see SignalReader): open on one of its
   * days from {@code opened} to the day before it closed or became protracted ({@link Ongoing}).
   */
  List<SignalReader.WeeklyAlerts> openByWeek(int weeks, LocalDate to) throws SQLException {
    List<SignalReader.WeeklyAlerts> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "WITH bounds AS (SELECT date_trunc('week', coalesce(CAST(? AS DATE), max(updated),"
                + " current_date))::DATE AS last FROM alerts WHERE status <> 'withdrawn'), w AS (SELECT (last -"
                + " INTERVAL (7 * i) DAY)::DATE AS week FROM bounds, range(?) t(i))"
                + " SELECT w.week,"
                + " count(a.id) FILTER (WHERE a.peak_level = 'watch') AS watch,"
                + " count(a.id) FILTER (WHERE a.peak_level = 'warning') AS warning,"
                + " count(a.id) FILTER (WHERE a.peak_level = 'alert') AS alert"
                + " FROM w LEFT JOIN alerts a ON a.status <> 'withdrawn' AND a.opened < w.week + 7"
                + " AND "
                + Ongoing.endsAfter(Ongoing.currentEnd("a."), "w.week")
                + " GROUP BY w.week ORDER BY w.week")) {
      p.setObject(1, to);
      p.setInt(2, weeks);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(
              new SignalReader.WeeklyAlerts(
                  rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
        }
      }
    }
    return out;
  }

  /** The event's deaths (columns 14 to 16), null when its source does not count them. */
  private static org.amity.event.Fatalities deaths(ResultSet rs) throws SQLException {
    int best = rs.getInt(14);
    if (rs.wasNull()) {
      return null;
    }
    int low = rs.getInt(15);
    low = rs.wasNull() ? best : low;
    int high = rs.getInt(16);
    high = rs.wasNull() ? best : high;
    return new org.amity.event.Fatalities(best, low, high);
  }

  /** The evidence of these alerts, in rank order per alert. */
  private Map<Long, List<Evidence>> evidence(List<Long> ids) throws SQLException {
    Map<Long, List<Evidence>> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    String in = String.join(",", ids.stream().map(String::valueOf).toList());
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT v.alert_id, v.event_date, v.source, v.target, v.code, v.goldstein,"
                    + " v.reports, v.url, v.dataset, v.native_id, e.src_name, e.tgt_name,"
                    + " e.narrative, e.fatalities, e.fatalities_low, e.fatalities_high"
                    + " FROM alert_evidence v LEFT JOIN events e ON e.dataset ="
                    + " v.dataset AND e.native_id = v.native_id WHERE v.alert_id IN ("
                    + in
                    + ") ORDER BY v.alert_id, v.rank")) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
            .add(
                Evidence.described(
                    rs.getObject(2, LocalDate.class),
                    rs.getString(3),
                    rs.getString(11),
                    rs.getString(4),
                    rs.getString(12),
                    rs.getString(5),
                    rs.getDouble(6),
                    rs.getInt(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getString(10),
                    rs.getString(13),
                    deaths(rs)));
      }
    }
    return out;
  }
}
