package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.amity.response.timeline.EntryDraft;
import org.amity.response.timeline.EntryKind;
import org.amity.response.timeline.SuggestedOutcome;
import org.amity.response.timeline.TimelineEntry;
import org.amity.response.timeline.Visibility;
import org.amity.signal.Scope;

/** The stored timeline entries: appended, never changed; read with their supersessions. */
final class TimelineRows {
  private static final String COLUMNS =
      "id, situation_id, scope, subject, kind, event_date, until_date, text, reference,"
          + " instrument, measure, body, track, decision, outcome, actor, visibility, supersedes,"
          + " about, author, recorded_at, origin, suggested_outcome, suggestion_basis";

  private final Connection c;

  TimelineRows(Connection c) {
    this.c = c;
  }

  /** Inserts one entry (scope and subject already filled); returns its id. */
  long insert(EntryDraft d, SuggestedOutcome s, String author, String origin, LocalDateTime now)
      throws SQLException {
    long id = Sequences.next(c, "timeline_id_seq");
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO timeline_entries ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?)")) {
      p.setLong(1, id);
      p.setObject(2, d.situationId());
      p.setString(3, d.scope().key());
      p.setString(4, d.subject());
      p.setString(5, d.kind().key());
      p.setObject(6, d.date());
      p.setObject(7, d.until());
      p.setString(8, d.text());
      p.setString(9, d.reference());
      p.setString(10, d.instrument());
      p.setString(11, d.measure());
      p.setString(12, d.body());
      p.setObject(13, d.track());
      p.setString(14, d.decision());
      p.setString(15, d.outcome());
      p.setString(16, d.actor());
      p.setString(17, d.visibility().key());
      p.setObject(18, d.supersedes());
      p.setObject(19, d.about());
      p.setString(20, author);
      p.setTimestamp(21, Timestamp.valueOf(now));
      p.setString(22, origin);
      p.setString(23, s == null ? null : s.outcome());
      p.setString(24, s == null ? null : s.basis());
      p.executeUpdate();
    }
    return id;
  }

  /** Entries matching a condition on the table (with its parameters), oldest event first. */
  List<TimelineEntry> where(String condition, Object... params) throws SQLException {
    List<TimelineEntry> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM timeline_entries WHERE "
                + condition
                + " ORDER BY event_date, id")) {
      for (int i = 0; i < params.length; i++) {
        p.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(entry(rs));
        }
      }
    }
    return withSupersessions(out);
  }

  /** Marks each entry with the id of the entry that supersedes it (all of them are read). */
  private List<TimelineEntry> withSupersessions(List<TimelineEntry> entries) throws SQLException {
    Map<Long, Long> by = new HashMap<>();
    try (PreparedStatement p =
            c.prepareStatement(
                "SELECT supersedes, min(id) FROM timeline_entries WHERE supersedes IS NOT NULL"
                    + " GROUP BY supersedes");
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        by.put(rs.getLong(1), rs.getLong(2));
      }
    }
    List<TimelineEntry> out = new ArrayList<>(entries.size());
    for (TimelineEntry e : entries) {
      out.add(
          new TimelineEntry(
              e.id(),
              e.situationId(),
              e.what(),
              e.author(),
              e.recordedAt(),
              e.origin(),
              e.suggestion(),
              by.get(e.id())));
    }
    return out;
  }

  /** Whether an entry equal in what it says is stored. */
  boolean holds(EntryDraft d) throws SQLException {
    for (TimelineEntry e :
        where(
            "scope = ? AND subject = ? AND kind = ? AND event_date = ?",
            d.scope().key(),
            d.subject(),
            d.kind().key(),
            d.date())) {
      if (Objects.equals(e.what().text(), d.text())
          && Objects.equals(e.what().reference(), d.reference())
          && Objects.equals(e.what().instrument(), d.instrument())
          && Objects.equals(e.what().measure(), d.measure())) {
        return true;
      }
    }
    return false;
  }

  private static TimelineEntry entry(ResultSet rs) throws SQLException {
    Object sid = rs.getObject("situation_id");
    Object track = rs.getObject("track");
    EntryDraft d =
        new EntryDraft(
            sid == null ? null : ((Number) sid).longValue(),
            Scope.parse(rs.getString("scope")),
            rs.getString("subject"),
            EntryKind.parse(rs.getString("kind")),
            rs.getObject("event_date", LocalDate.class),
            rs.getObject("until_date", LocalDate.class),
            rs.getString("text"),
            rs.getString("reference"),
            rs.getString("instrument"),
            rs.getString("measure"),
            rs.getString("body"),
            track == null ? null : ((Number) track).intValue(),
            rs.getString("decision"),
            rs.getString("outcome"),
            rs.getString("actor"),
            Visibility.parse(rs.getString("visibility")),
            longOrNull(rs, "supersedes"),
            longOrNull(rs, "about"));
    String suggested = rs.getString("suggested_outcome");
    return new TimelineEntry(
        rs.getLong("id"),
        d.situationId(),
        d,
        rs.getString("author"),
        rs.getTimestamp("recorded_at").toLocalDateTime(),
        rs.getString("origin"),
        suggested == null
            ? null
            : new SuggestedOutcome(suggested, rs.getString("suggestion_basis")),
        null);
  }

  private static Long longOrNull(ResultSet rs, String column) throws SQLException {
    Object v = rs.getObject(column);
    return v == null ? null : ((Number) v).longValue();
  }
}
