package org.amity.app.web.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amity.app.web.StoreConnections;

/**
 * The audit log: one row per write (who, when, what, on what, from where). A write and its audit
 * row go in the same transaction, so there is never a change without its record.
 */
public final class AuditLog {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One audit row as the API shows it. */
  public record Entry(
      long id,
      LocalDateTime at,
      String actor,
      String action,
      String target,
      String ip,
      String detail) {}

  /**
   * Appends a record inside the caller's transaction.
   *
   * @param detail small JSON-ready map of what changed; may be empty
   */
  public void record(
      Connection c, String actor, String action, String target, String ip, Map<String, ?> detail)
      throws SQLException {
    long id = StoreConnections.nextValue(c, "audit_id_seq");
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO audit_log (id, acted_at, actor, action, target, ip, detail)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      p.setLong(1, id);
      p.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now()));
      p.setString(3, actor);
      p.setString(4, action);
      p.setString(5, target);
      p.setString(6, ip);
      p.setString(7, json(detail));
      p.executeUpdate();
    }
  }

  /** Appends a record in a transaction of its own (for events that change nothing else). */
  public void record(
      StoreConnections db,
      String actor,
      String action,
      String target,
      String ip,
      Map<String, ?> detail) {
    db.write(
        c -> {
          record(c, actor, action, target, ip, detail);
          return null;
        });
  }

  /** The newest records first. */
  public List<Entry> newest(StoreConnections db, int limit, int offset) {
    return db.read(
        c -> {
          List<Entry> out = new ArrayList<>();
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT id, acted_at, actor, action, target, ip, detail FROM audit_log"
                      + " ORDER BY id DESC LIMIT ? OFFSET ?")) {
            p.setInt(1, limit);
            p.setInt(2, offset);
            try (ResultSet rs = p.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new Entry(
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

  private static String json(Map<String, ?> detail) {
    try {
      return JSON.writeValueAsString(detail == null ? Map.of() : new LinkedHashMap<>(detail));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("audit detail is not JSON-ready: " + e.getMessage(), e);
    }
  }
}
