package org.amity.store.duckdb;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.amity.signal.AnalystRecords;

/**
 * The one reader and writer of {@code alert_acks} and {@code situation_notes}. Each write and its
 * {@code audit_log} row go in one transaction.
 */
final class DuckDbAnalystRecords implements AnalystRecords {
  private final Connections db;

  DuckDbAnalystRecords(Connections db) {
    this.db = db;
  }

  @Override
  public Map<Long, List<Acknowledgement>> acknowledgements(Collection<Long> alertIds) {
    Map<Long, List<Acknowledgement>> out = new LinkedHashMap<>();
    if (alertIds.isEmpty()) {
      return out;
    }
    String in = String.join(",", alertIds.stream().map(String::valueOf).toList());
    return db.read(
        c -> {
          try (PreparedStatement p =
                  c.prepareStatement(
                      "SELECT alert_id, user_name, acked_at, comment FROM alert_acks WHERE"
                          + " alert_id IN ("
                          + in
                          + ") ORDER BY alert_id, acked_at");
              ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
              out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(
                      new Acknowledgement(
                          rs.getLong(1),
                          rs.getString(2),
                          rs.getTimestamp(3).toLocalDateTime(),
                          rs.getString(4)));
            }
          }
          return out;
        });
  }

  @Override
  public List<Note> notes(long situationId) {
    return db.read(c -> notes(c, situationId, null));
  }

  private static List<Note> notes(Connection c, long situationId, Long onlyId) throws SQLException {
    List<Note> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT id, situation_id, kind, author, created_at, text, instrument, taken_on,"
                + " alert_id FROM situation_notes WHERE situation_id = ?"
                + (onlyId == null ? "" : " AND id = " + onlyId)
                + " ORDER BY id")) {
      p.setLong(1, situationId);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          long alert = rs.getLong(9);
          Long alertId = rs.wasNull() ? null : alert;
          out.add(
              new Note(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getTimestamp(5).toLocalDateTime(),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getObject(8, LocalDate.class),
                  alertId));
        }
      }
    }
    return out;
  }

  @Override
  public boolean acknowledge(long alertId, String comment, Author author, LocalDateTime at) {
    return db.write(
        c -> {
          if (situationOfAlert(c, alertId) == null) {
            throw new NoSuchElementException("no alert " + alertId);
          }
          int updated;
          try (PreparedStatement p =
              c.prepareStatement(
                  "UPDATE alert_acks SET acked_at = ?, comment = ? WHERE alert_id = ?"
                      + " AND user_name = ?")) {
            p.setTimestamp(1, Timestamp.valueOf(at));
            p.setString(2, comment);
            p.setLong(3, alertId);
            p.setString(4, author.user());
            updated = p.executeUpdate();
          }
          if (updated == 0) {
            try (PreparedStatement p =
                c.prepareStatement("INSERT INTO alert_acks VALUES (?, ?, ?, ?)")) {
              p.setLong(1, alertId);
              p.setString(2, author.user());
              p.setTimestamp(3, Timestamp.valueOf(at));
              p.setString(4, comment);
              p.executeUpdate();
            }
          }
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("comment", comment);
          audit(c, author, "alert.acknowledge", "alert/" + alertId, detail);
          return updated == 0;
        });
  }

  @Override
  public Note addNote(long situationId, NewNote note, Author author, LocalDateTime at) {
    return db.write(
        c -> {
          if (!situationExists(c, situationId)) {
            throw new NoSuchElementException("no situation " + situationId);
          }
          if (note.alertId() != null) {
            Long of = situationOfAlert(c, note.alertId());
            if (of == null || of != situationId) {
              throw new IllegalArgumentException(
                  "alert " + note.alertId() + " is not an alert of situation " + situationId);
            }
          }
          long id = Connections.nextValue(c, "note_id_seq");
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO situation_notes (id, situation_id, alert_id, kind, author,"
                      + " created_at, text, instrument, taken_on) VALUES (?, ?, ?, ?, ?, ?,"
                      + " ?, ?, ?)")) {
            p.setLong(1, id);
            p.setLong(2, situationId);
            p.setObject(3, note.alertId());
            p.setString(4, note.kind());
            p.setString(5, author.user());
            p.setTimestamp(6, Timestamp.valueOf(at));
            p.setString(7, note.text());
            p.setString(8, note.instrument());
            p.setObject(9, note.takenOn());
            p.executeUpdate();
          }
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("kind", note.kind());
          detail.put("instrument", note.instrument());
          detail.put("noteId", id);
          audit(c, author, "situation.note", "situation/" + situationId, detail);
          return notes(c, situationId, id).get(0);
        });
  }

  /** The alert's situation id (0 when it has none), null when there is no such alert. */
  private static Long situationOfAlert(Connection c, long alertId) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT coalesce(situation_id, 0) FROM alerts WHERE id = ?")) {
      p.setLong(1, alertId);
      try (ResultSet rs = p.executeQuery()) {
        Long out = rs.next() ? rs.getLong(1) : null;
        while (rs.next()) {
          // drained: an early close aborts a DuckDB transaction (see Connections.nextValue)
        }
        return out;
      }
    }
  }

  private static boolean situationExists(Connection c, long id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM situations WHERE id = ?")) {
      p.setLong(1, id);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  /**
   * The audit row of an analyst's write, in the write's transaction. (The audit log as a whole
   * belongs to the accounts feature; this writes its rows the same way.)
   */
  private static void audit(
      Connection c, Author who, String action, String target, Map<String, Object> detail)
      throws SQLException {
    long id = Connections.nextValue(c, "audit_id_seq");
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO audit_log (id, acted_at, actor, action, target, ip, detail)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      p.setLong(1, id);
      p.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now()));
      p.setString(3, who.user());
      p.setString(4, action);
      p.setString(5, target);
      p.setString(6, who.ip());
      try {
        p.setString(7, AlertTables.JSON.writeValueAsString(detail));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("audit detail is not JSON-ready: " + detail, e);
      }
      p.executeUpdate();
    }
  }
}
