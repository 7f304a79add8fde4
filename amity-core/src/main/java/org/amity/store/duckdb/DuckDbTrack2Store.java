package org.amity.store.duckdb;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amity.response.track2.Track2Meeting;
import org.amity.response.track2.Track2Store;
import org.amity.store.StoreException;

/**
 * Track II meetings in the embedded store. Names are written to their own table and read from it
 * only for {@link Clearance#CONVENOR}; the audit row of a meeting holds its id and counts.
 */
public final class DuckDbTrack2Store implements Track2Store {
  private final Connection c;

  public DuckDbTrack2Store(DuckDbEventStore store) {
    this.c = store.connection();
  }

  @Override
  public long add(Track2Meeting m, String author, String address) {
    List<String> problems = m.problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    synchronized (c) {
      try {
        c.setAutoCommit(false);
        try {
          long id = Sequences.next(c, "track2_id_seq");
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO track2_meetings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, id);
            p.setObject(2, m.date());
            p.setString(3, m.title());
            p.setString(4, AlertTables.json(nonNull(m.organisers())));
            p.setInt(5, m.participantCount());
            p.setString(
                6, AlertTables.json(m.affiliations() == null ? Map.of() : m.affiliations()));
            p.setString(7, AlertTables.json(nonNull(m.findings())));
            p.setString(8, author);
            p.setTimestamp(9, Timestamp.valueOf(LocalDateTime.now()));
            p.executeUpdate();
          }
          try (PreparedStatement p =
              c.prepareStatement("INSERT INTO track2_participants VALUES (?, ?)")) {
            for (String name : nonNull(m.participants())) {
              p.setLong(1, id);
              p.setString(2, name);
              p.executeUpdate();
            }
          }
          int recommendations = 0;
          try (PreparedStatement p =
              c.prepareStatement("INSERT INTO track2_recommendations VALUES (?, ?, ?, ?, ?)")) {
            for (Track2Meeting.Recommendation r : nonNull(m.recommendations())) {
              for (long entry : nonNull(r.linkedEntries())) {
                checkEntry(entry);
              }
              p.setLong(1, Sequences.next(c, "track2_id_seq"));
              p.setLong(2, id);
              p.setString(3, r.text());
              p.setString(4, r.status());
              p.setString(5, AlertTables.json(nonNull(r.linkedEntries())));
              p.executeUpdate();
              recommendations++;
            }
          }
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("meeting", id);
          detail.put("participants", m.participantCount());
          detail.put("recommendations", recommendations);
          AuditRows.record(c, author, "track2.add", "track2/" + id, address, detail);
          c.commit();
          return id;
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        } finally {
          c.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw new StoreException("the track II meeting was not stored: " + e.getMessage(), e);
      }
    }
  }

  @Override
  public List<Track2Meeting> meetings(Clearance clearance) {
    synchronized (c) {
      try {
        Map<Long, List<Track2Meeting.Recommendation>> recs = recommendations();
        Map<Long, List<String>> names = clearance == Clearance.CONVENOR ? participants() : Map.of();
        List<Track2Meeting> out = new ArrayList<>();
        try (PreparedStatement p =
                c.prepareStatement(
                    "SELECT id, meeting_date, title, organisers, participant_count, affiliations,"
                        + " findings FROM track2_meetings ORDER BY meeting_date DESC, id DESC");
            ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            long id = rs.getLong(1);
            out.add(
                new Track2Meeting(
                    id,
                    rs.getObject(2, LocalDate.class),
                    rs.getString(3),
                    AlertTables.parse(rs.getString(4), new TypeReference<List<String>>() {}),
                    rs.getInt(5),
                    AlertTables.parse(
                        rs.getString(6), new TypeReference<Map<String, Integer>>() {}),
                    AlertTables.parse(rs.getString(7), new TypeReference<List<String>>() {}),
                    recs.getOrDefault(id, List.of()),
                    clearance == Clearance.CONVENOR ? names.getOrDefault(id, List.of()) : null));
          }
        }
        return out;
      } catch (SQLException e) {
        throw new StoreException("cannot read track II meetings: " + e.getMessage(), e);
      }
    }
  }

  private Map<Long, List<Track2Meeting.Recommendation>> recommendations() throws SQLException {
    Map<Long, List<Track2Meeting.StatusChange>> changes = statusChanges();
    Map<Long, List<Long>> links = laterLinks();
    Map<Long, List<Track2Meeting.Recommendation>> out = new HashMap<>();
    try (PreparedStatement p =
            c.prepareStatement(
                "SELECT r.meeting_id, r.id, r.text, r.status, r.linked, m.meeting_date,"
                    + " m.recorded_by, m.recorded_at FROM track2_recommendations r JOIN"
                    + " track2_meetings m ON m.id = r.meeting_id ORDER BY r.id");
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        long id = rs.getLong(2);
        List<Track2Meeting.StatusChange> history = new ArrayList<>();
        history.add(
            new Track2Meeting.StatusChange(
                rs.getString(4),
                rs.getObject(6, LocalDate.class),
                "recorded with the meeting",
                rs.getString(7),
                rs.getTimestamp(8).toLocalDateTime()));
        history.addAll(changes.getOrDefault(id, List.of()));
        List<Long> linked =
            new ArrayList<>(AlertTables.parse(rs.getString(5), new TypeReference<List<Long>>() {}));
        for (long e : links.getOrDefault(id, List.of())) {
          if (!linked.contains(e)) {
            linked.add(e);
          }
        }
        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
            .add(
                new Track2Meeting.Recommendation(
                    id,
                    rs.getString(3),
                    history.get(history.size() - 1).status(),
                    List.copyOf(linked),
                    List.copyOf(history)));
      }
    }
    return out;
  }

  private Map<Long, List<Track2Meeting.StatusChange>> statusChanges() throws SQLException {
    Map<Long, List<Track2Meeting.StatusChange>> out = new HashMap<>();
    try (PreparedStatement p =
            c.prepareStatement(
                "SELECT recommendation_id, status, status_date, note, changed_by, changed_at FROM"
                    + " track2_status_changes ORDER BY id");
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
            .add(
                new Track2Meeting.StatusChange(
                    rs.getString(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getTimestamp(6).toLocalDateTime()));
      }
    }
    return out;
  }

  private Map<Long, List<Long>> laterLinks() throws SQLException {
    Map<Long, List<Long>> out = new HashMap<>();
    try (PreparedStatement p =
            c.prepareStatement(
                "SELECT recommendation_id, entry_id FROM track2_links ORDER BY linked_at");
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
      }
    }
    return out;
  }

  @Override
  public Track2Meeting.Recommendation changeStatus(
      long recommendationId,
      String status,
      LocalDate date,
      String note,
      String author,
      String address) {
    if (!Track2Meeting.STATUSES.contains(status)) {
      throw new IllegalArgumentException(
          "status must be submitted, discussed, adopted or declined, not '" + status + "'");
    }
    LocalDate when = date == null ? LocalDate.now() : date;
    return write(
        recommendationId,
        () -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO track2_status_changes VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, Sequences.next(c, "track2_id_seq"));
            p.setLong(2, recommendationId);
            p.setString(3, status);
            p.setObject(4, when);
            p.setString(5, note == null || note.isBlank() ? null : note.strip());
            p.setString(6, author);
            p.setTimestamp(7, Timestamp.valueOf(LocalDateTime.now()));
            p.executeUpdate();
          }
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("recommendation", recommendationId);
          detail.put("status", status);
          detail.put("date", when.toString());
          AuditRows.record(
              c,
              author,
              "track2.status",
              "track2/recommendation/" + recommendationId,
              address,
              detail);
        });
  }

  @Override
  public Track2Meeting.Recommendation link(
      long recommendationId, long entryId, String author, String address) {
    return write(
        recommendationId,
        () -> {
          checkEntry(entryId);
          try (PreparedStatement p =
              c.prepareStatement("INSERT INTO track2_links VALUES (?, ?, ?, ?)")) {
            p.setLong(1, recommendationId);
            p.setLong(2, entryId);
            p.setString(3, author);
            p.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now()));
            p.executeUpdate();
          }
          AuditRows.record(
              c,
              author,
              "track2.link",
              "track2/recommendation/" + recommendationId,
              address,
              Map.of("recommendation", recommendationId, "entry", entryId));
        });
  }

  /** Work on the SQL of one recommendation. */
  private interface Step {
    void run() throws SQLException;
  }

  /** Runs a write on an existing recommendation in one transaction; returns it afterwards. */
  private Track2Meeting.Recommendation write(long recommendationId, Step step) {
    synchronized (c) {
      try {
        c.setAutoCommit(false);
        try {
          if (!recommendationExists(recommendationId)) {
            throw new IllegalArgumentException("no track II recommendation " + recommendationId);
          }
          step.run();
          c.commit();
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        } finally {
          c.setAutoCommit(true);
        }
        return recommendations().values().stream()
            .flatMap(List::stream)
            .filter(r -> r.id() == recommendationId)
            .findFirst()
            .orElseThrow();
      } catch (SQLException e) {
        throw new StoreException("the change was not stored: " + e.getMessage(), e);
      }
    }
  }

  private boolean recommendationExists(long id) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT count(*) FROM track2_recommendations WHERE id = ?")) {
      p.setLong(1, id);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  private Map<Long, List<String>> participants() throws SQLException {
    Map<Long, List<String>> out = new HashMap<>();
    try (PreparedStatement p =
            c.prepareStatement("SELECT meeting_id, name FROM track2_participants ORDER BY name");
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    return out;
  }

  /** Refuses a link to a timeline entry that is not stored. */
  private void checkEntry(long entry) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT count(*) FROM timeline_entries WHERE id = ?")) {
      p.setLong(1, entry);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        if (rs.getLong(1) == 0) {
          throw new IllegalArgumentException(
              "a recommendation links timeline entry " + entry + ", which is not stored");
        }
      }
    }
  }

  private static <T> List<T> nonNull(List<T> l) {
    return l == null ? List.of() : l;
  }
}
