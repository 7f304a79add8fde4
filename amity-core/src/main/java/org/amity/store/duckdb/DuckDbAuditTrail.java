package org.amity.store.duckdb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amity.access.Agent;
import org.amity.access.AuditEntry;
import org.amity.access.AuditTrail;

/** The {@code audit_log} table. */
public final class DuckDbAuditTrail implements AuditTrail {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final AccessConnection db;

  DuckDbAuditTrail(AccessConnection db) {
    this.db = db;
  }

  @Override
  public void record(Agent by, String action, String target, Map<String, ?> detail) {
    db.write(
        c -> {
          append(c, by, action, target, detail);
          return null;
        });
  }

  @Override
  public List<AuditEntry> newest(int limit, int offset) {
    return db.read(
        c -> {
          List<AuditEntry> out = new ArrayList<>();
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT id, acted_at, actor, action, target, ip, detail FROM audit_log"
                      + " ORDER BY id DESC LIMIT ? OFFSET ?")) {
            p.setInt(1, limit);
            p.setInt(2, offset);
            try (ResultSet rs = p.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new AuditEntry(
                        rs.getLong(1),
                        rs.getTimestamp(2).toLocalDateTime(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)));
              }
            }
          }
          return out;
        });
  }

  /**
   * Appends a record inside the caller's transaction, so a change and its record are stored
   * together (for every store in this package that writes on behalf of someone).
   */
  public static void append(
      Connection c, Agent by, String action, String target, Map<String, ?> detail)
      throws SQLException {
    long id;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT nextval('audit_id_seq')")) {
      rs.next();
      id = rs.getLong(1);
      AccessConnection.drain(rs);
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO audit_log (id, acted_at, actor, action, target, ip, detail)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      p.setLong(1, id);
      p.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now()));
      p.setString(3, by.name());
      p.setString(4, action);
      p.setString(5, target);
      p.setString(6, by.address());
      p.setString(7, json(detail));
      p.executeUpdate();
    }
  }

  private static String json(Map<String, ?> detail) {
    try {
      return JSON.writeValueAsString(detail == null ? Map.of() : new LinkedHashMap<>(detail));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("audit detail is not JSON-ready: " + e.getMessage(), e);
    }
  }
}
