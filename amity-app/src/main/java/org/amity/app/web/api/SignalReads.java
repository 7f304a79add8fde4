package org.amity.app.web.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the signal tables (alerts, alert_evidence, situations) and the analysts' record
 * (alert_acks, situation_notes) into JSON-ready rows, in the field names of {@code amity alerts
 * --json}. Levels order as watch &lt; warning &lt; alert.
 */
final class SignalReads {
  static final String LEVEL_RANK =
      "CASE %s WHEN 'alert' THEN 3 WHEN 'warning' THEN 2 WHEN 'watch' THEN 1 ELSE 0 END";
  private static final Set<String> JSON = Set.of("threatTypes", "parties", "themes");

  static final String ALERT_COLUMNS =
      "a.id, a.situation_id AS situationId, a.level, a.peak_level AS peakLevel, a.status,"
          + " a.scope, a.subject, a.indicator, a.resolution, a.opened, a.updated, a.closed,"
          + " a.period_start AS periodStart, a.period_end AS periodEnd, a.value, a.baseline,"
          + " a.score, a.detector, a.threat_types AS threatTypes,"
          + " a.great_power_party AS greatPowerParty, a.outside_power_share AS outsidePowerShare,"
          + " (SELECT count(*) FROM alert_evidence e WHERE e.alert_id = a.id) AS evidenceCount";

  static final String SITUATION_COLUMNS =
      "s.id, s.scope, s.subject, s.title, s.level, s.status, s.opened, s.updated, s.closed,"
          + " s.parties, s.threat_types AS threatTypes, s.domain, s.stage,"
          + " s.great_power_party AS greatPowerParty, s.outside_power_share AS outsidePowerShare,"
          + " s.humanitarian, s.themes";

  private SignalReads() {}

  /**
   * Alerts, highest level first, then strongest score.
   *
   * @param status "open", "closed" or "all"
   * @param level lowest level to include, or null for all
   * @param subject "THA" or "CHN-VNM", or null for all
   */
  static List<Map<String, Object>> alerts(
      Connection c, String status, String level, String subject, int limit, int offset)
      throws SQLException {
    List<Object> args = new ArrayList<>();
    StringBuilder where = new StringBuilder(" WHERE true");
    if (!"all".equals(status)) {
      where.append(" AND a.status = ?");
      args.add(status);
    }
    if (level != null) {
      where.append(" AND ").append(LEVEL_RANK.formatted("a.level")).append(" >= ");
      where.append(LEVEL_RANK.formatted("?"));
      args.add(level);
    }
    if (subject != null) {
      where.append(" AND a.subject = ?");
      args.add(subject);
    }
    args.add(limit);
    args.add(offset);
    List<Map<String, Object>> rows =
        Rows.query(
            c,
            "SELECT "
                + ALERT_COLUMNS
                + " FROM alerts a"
                + where
                + " ORDER BY "
                + LEVEL_RANK.formatted("a.level")
                + " DESC, a.score DESC, a.id LIMIT ? OFFSET ?",
            JSON,
            args.toArray());
    attachAcks(c, rows);
    return rows;
  }

  /** One alert with its evidence, or empty. */
  static Optional<Map<String, Object>> alert(Connection c, long id) throws SQLException {
    List<Map<String, Object>> rows =
        Rows.query(c, "SELECT " + ALERT_COLUMNS + " FROM alerts a WHERE a.id = ?", JSON, id);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    attachAcks(c, rows);
    attachEvidence(c, rows);
    return Optional.of(rows.get(0));
  }

  /** Situations, highest level first, most recently updated next. */
  static List<Map<String, Object>> situations(Connection c, String status, int limit, int offset)
      throws SQLException {
    String where = "all".equals(status) ? "" : " WHERE s.status = ?";
    List<Object> args = new ArrayList<>();
    if (!"all".equals(status)) {
      args.add(status);
    }
    args.add(limit);
    args.add(offset);
    return Rows.query(
        c,
        "SELECT "
            + SITUATION_COLUMNS
            + ", (SELECT count(*) FROM alerts a WHERE a.situation_id = s.id) AS alertCount,"
            + " (SELECT count(*) FROM alerts a WHERE a.situation_id = s.id"
            + " AND a.status = 'open') AS openAlertCount FROM situations s"
            + where
            + " ORDER BY "
            + LEVEL_RANK.formatted("s.level")
            + " DESC, s.updated DESC, s.id LIMIT ? OFFSET ?",
        JSON,
        args.toArray());
  }

  /** A situation with its alerts (each with evidence and acknowledgements) and its notes. */
  static Optional<Map<String, Object>> situation(Connection c, long id) throws SQLException {
    List<Map<String, Object>> rows =
        Rows.query(
            c, "SELECT " + SITUATION_COLUMNS + " FROM situations s WHERE s.id = ?", JSON, id);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> s = rows.get(0);
    List<Map<String, Object>> alerts =
        Rows.query(
            c,
            "SELECT "
                + ALERT_COLUMNS
                + " FROM alerts a WHERE a.situation_id = ? ORDER BY "
                + LEVEL_RANK.formatted("a.level")
                + " DESC, a.score DESC, a.id",
            JSON,
            id);
    attachAcks(c, alerts);
    attachEvidence(c, alerts);
    s.put("alerts", alerts);
    s.put("notes", notes(c, id));
    return Optional.of(s);
  }

  static boolean situationExists(Connection c, long id) throws SQLException {
    return !Rows.query(c, "SELECT 1 FROM situations WHERE id = ?", Set.of(), id).isEmpty();
  }

  /** The alert's situation id, empty when the alert does not exist (0 when it has none). */
  static Optional<Long> situationOfAlert(Connection c, long alertId) throws SQLException {
    List<Map<String, Object>> r =
        Rows.query(
            c, "SELECT coalesce(situation_id, 0) AS s FROM alerts WHERE id = ?", Set.of(), alertId);
    return r.isEmpty() ? Optional.empty() : Optional.of(((Number) r.get(0).get("s")).longValue());
  }

  /** Notes and actions on a situation, oldest first. */
  static List<Map<String, Object>> notes(Connection c, long situationId) throws SQLException {
    return Rows.query(
        c,
        "SELECT id, kind, author, created_at AS createdAt, text, instrument, taken_on AS takenOn,"
            + " alert_id AS alertId FROM situation_notes WHERE situation_id = ? ORDER BY id",
        Set.of(),
        situationId);
  }

  private static void attachAcks(Connection c, List<Map<String, Object>> alerts)
      throws SQLException {
    attach(
        c,
        alerts,
        "acknowledgements",
        "SELECT alert_id AS alertId, user_name AS \"user\", acked_at AS \"at\", comment FROM alert_acks"
            + " WHERE alert_id IN (%s) ORDER BY acked_at");
  }

  private static void attachEvidence(Connection c, List<Map<String, Object>> alerts)
      throws SQLException {
    attach(
        c,
        alerts,
        "evidence",
        "SELECT alert_id AS alertId, rank, event_date AS date, dataset, native_id AS nativeId,"
            + " source, target, code, goldstein, reports, url FROM alert_evidence"
            + " WHERE alert_id IN (%s) ORDER BY alert_id, rank");
    org.amity.event.EventWords words = org.amity.event.EventWords.standard();
    for (Map<String, Object> a : alerts) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> evidence = (List<Map<String, Object>>) a.get("evidence");
      for (Map<String, Object> e : evidence) {
        e.put("description", words.description((String) e.get("code")));
        e.put("sourceName", words.actor((String) e.get("source"), null));
        e.put("targetName", words.actor((String) e.get("target"), null));
      }
    }
  }

  /** Adds to each alert the rows of a child table, in one query for all of them. */
  private static void attach(
      Connection c, List<Map<String, Object>> alerts, String field, String sqlWithIds)
      throws SQLException {
    Map<Long, List<Map<String, Object>>> byAlert = new LinkedHashMap<>();
    for (Map<String, Object> a : alerts) {
      List<Map<String, Object>> children = new ArrayList<>();
      byAlert.put(((Number) a.get("id")).longValue(), children);
      a.put(field, children);
    }
    if (byAlert.isEmpty()) {
      return;
    }
    String ids = String.join(",", byAlert.keySet().stream().map(String::valueOf).toList());
    for (Map<String, Object> row : Rows.query(c, sqlWithIds.formatted(ids), Set.of())) {
      long alertId = ((Number) row.remove("alertId")).longValue();
      byAlert.get(alertId).add(row);
    }
  }
}
