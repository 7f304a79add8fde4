package org.amity.store.duckdb;

import com.fasterxml.jackson.core.type.TypeReference;
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
import org.amity.signal.AlertSummary;
import org.amity.signal.Level;
import org.amity.signal.Scope;
import org.amity.signal.Situation;
import org.amity.signal.SituationGrouper;

/**
 * Stores situations with stable ids: after a watch, the alerts of each touched subject are
 * regrouped, and each group takes the id of the stored situation it overlaps (or a new one).
 */
final class SituationTables {
  private static final String ORDER =
      "CASE level WHEN 'alert' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, updated DESC, id";
  private final Connection c;

  SituationTables(Connection c) {
    this.c = c;
  }

  void regroup(Scope scope, String subject, int gapDays) throws SQLException {
    List<AlertSummary> alerts = alerts(scope, subject);
    List<List<AlertSummary>> groups = SituationGrouper.group(alerts, gapDays);
    List<long[]> stored = new ArrayList<>(); // id, opened epoch day, end epoch day
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT id, opened, coalesce(closed, DATE '9999-12-31') FROM situations WHERE scope ="
                + " ? AND subject = ? AND status <> 'withdrawn' ORDER BY opened")) {
      p.setString(1, scope.key());
      p.setString(2, subject);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          stored.add(
              new long[] {
                rs.getLong(1),
                rs.getObject(2, LocalDate.class).toEpochDay(),
                rs.getObject(3, LocalDate.class).toEpochDay()
              });
        }
      }
    }
    boolean[] used = new boolean[stored.size()];
    for (List<AlertSummary> g : groups) {
      SituationGrouper.Draft d = SituationGrouper.summarise(scope, subject, g);
      long start = d.opened().toEpochDay();
      long end = d.open() ? Long.MAX_VALUE : d.closed().toEpochDay();
      long id = -1;
      for (int i = 0; i < stored.size(); i++) {
        long[] s = stored.get(i);
        if (!used[i] && s[1] <= end && start <= s[2]) {
          used[i] = true;
          id = s[0];
          break;
        }
      }
      if (id < 0) {
        id = nextId();
        try (Statement s = c.createStatement()) {
          s.execute(
              "INSERT INTO situations (id, scope, subject, title, level, status, opened, updated,"
                  + " parties, threat_types, great_power_party, outside_power_share, humanitarian,"
                  + " themes) VALUES ("
                  + id
                  + ", '"
                  + scope.key()
                  + "', '"
                  + subject.replace("'", "''")
                  + "', '', 'watch', 'open', DATE '"
                  + d.opened()
                  + "', DATE '"
                  + d.updated()
                  + "', '[]', '{}', false, 0, false, '[]')");
        }
      }
      write(id, d);
    }
    for (int i = 0; i < stored.size(); i++) {
      if (!used[i]) {
        try (Statement s = c.createStatement()) {
          s.execute("UPDATE situations SET status = 'withdrawn' WHERE id = " + stored.get(i)[0]);
        }
      }
    }
  }

  private long nextId() throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM situations")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void write(long id, SituationGrouper.Draft d) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "UPDATE situations SET title = ?, level = ?, status = ?, opened = ?, updated = ?,"
                + " closed = ?, parties = ?, threat_types = ?, domain = ?, stage = ?,"
                + " great_power_party = ?, outside_power_share = ?, humanitarian = ?, themes = ?"
                + " WHERE id = ?")) {
      p.setString(1, d.title());
      p.setString(2, d.level().key());
      p.setString(3, d.status());
      p.setObject(4, d.opened());
      p.setObject(5, d.updated());
      p.setObject(6, d.closed());
      p.setString(7, AlertTables.json(d.parties()));
      p.setString(8, AlertTables.json(d.threatShares()));
      p.setString(9, d.domain());
      p.setString(10, d.stage());
      p.setBoolean(11, d.greatPowerParty());
      p.setDouble(12, d.outsidePowerShare());
      p.setBoolean(13, d.humanitarian());
      p.setString(14, AlertTables.json(d.themes()));
      p.setLong(15, id);
      p.executeUpdate();
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "UPDATE alerts SET situation_id = "
              + id
              + " WHERE id IN ("
              + String.join(",", d.alertIds().stream().map(String::valueOf).toList())
              + ")");
    }
  }

  private List<AlertSummary> alerts(Scope scope, String subject) throws SQLException {
    List<AlertSummary> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT id, indicator, level, peak_level, status, opened, period_end, closed,"
                + " threat_types, great_power_party, outside_power_share, themes, maritime_share,"
                + " humanitarian_share FROM alerts WHERE scope = ? AND subject = ? AND status <>"
                + " 'withdrawn'")) {
      p.setString(1, scope.key());
      p.setString(2, subject);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(
              new AlertSummary(
                  rs.getLong(1),
                  rs.getString(2),
                  Level.parse(rs.getString(3)),
                  Level.parse(rs.getString(4)),
                  rs.getString(5).equals("open"),
                  rs.getString(5).equals("protracted"),
                  rs.getObject(6, LocalDate.class),
                  rs.getObject(7, LocalDate.class),
                  rs.getObject(8, LocalDate.class),
                  AlertTables.parse(rs.getString(9), new TypeReference<Map<String, Double>>() {}),
                  rs.getBoolean(10),
                  rs.getDouble(11),
                  AlertTables.parse(rs.getString(12), new TypeReference<List<String>>() {}),
                  rs.getDouble(13),
                  rs.getDouble(14)));
        }
      }
    }
    return out;
  }

  /** How many situations have this status ("all": every one not withdrawn). */
  int count(String status, LocalDate from, LocalDate to) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM situations WHERE "
                    + (status.equals("all")
                        ? "status IN ('open', 'protracted', 'closed')"
                        : "status = '" + status + "'")
                    + Ongoing.in(from, to))) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /**
   * Situations by status ("open", "protracted", "closed", or "all") ongoing in a date range ({@link
   * Ongoing}; nulls: no bound), most severe and most recent first; or the one with {@code onlyId},
   * whatever its status.
   *
   * @param limit at most this many, 0 for all
   */
  List<Situation> read(
      String status, Long onlyId, LocalDate from, LocalDate to, int limit, int offset)
      throws SQLException {
    String page = (limit > 0 ? " LIMIT " + limit : "") + (offset > 0 ? " OFFSET " + offset : "");
    String where =
        onlyId != null
            ? "id = " + onlyId
            : switch (status) {
                  case "all" -> "status IN ('open', 'protracted', 'closed')";
                  default -> "status = '" + status + "'";
                }
                + Ongoing.in(from, to);
    Map<Long, List<Long>> alertIds = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT situation_id, id FROM alerts WHERE status <> 'withdrawn' AND situation_id"
                    + (onlyId != null
                        ? " = " + onlyId
                        : " IN (SELECT id FROM situations WHERE "
                            + where
                            + " ORDER BY "
                            + ORDER
                            + page
                            + ")")
                    + " ORDER BY id")) {
      while (rs.next()) {
        alertIds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
      }
    }
    List<Situation> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT * FROM situations WHERE " + where + " ORDER BY " + ORDER + page)) {
      while (rs.next()) {
        Map<String, Double> shares =
            AlertTables.parse(
                rs.getString("threat_types"), new TypeReference<Map<String, Double>>() {});
        long id = rs.getLong("id");
        out.add(
            new Situation(
                id,
                Scope.parse(rs.getString("scope")),
                rs.getString("subject"),
                rs.getString("title"),
                Level.parse(rs.getString("level")),
                rs.getString("status"),
                rs.getObject("opened", LocalDate.class),
                rs.getObject("updated", LocalDate.class),
                rs.getObject("closed", LocalDate.class),
                AlertTables.parse(rs.getString("parties"), new TypeReference<List<String>>() {}),
                org.amity.typology.ThreatProfile.reported(shares),
                shares,
                rs.getString("domain"),
                rs.getString("stage"),
                rs.getBoolean("great_power_party"),
                rs.getDouble("outside_power_share"),
                rs.getBoolean("humanitarian"),
                AlertTables.parse(rs.getString("themes"), new TypeReference<List<String>>() {}),
                alertIds.getOrDefault(id, List.of())));
      }
    }
    return out;
  }
}
