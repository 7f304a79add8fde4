package org.amity.store.duckdb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Audit rows written by the store's own writers, in the caller's transaction (the same table and
 * layout as the web's audit log).
 */
final class AuditRows {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AuditRows() {}

  static void record(
      Connection c, String actor, String action, String target, String ip, Map<String, ?> detail)
      throws SQLException {
    String json;
    try {
      json = JSON.writeValueAsString(new LinkedHashMap<>(detail));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("audit detail is not JSON-ready", e);
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO audit_log (id, acted_at, actor, action, target, ip, detail)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      p.setLong(1, Sequences.next(c, "audit_id_seq"));
      p.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now()));
      p.setString(3, actor);
      p.setString(4, action);
      p.setString(5, target);
      p.setString(6, ip);
      p.setString(7, json);
      p.executeUpdate();
    }
  }
}
