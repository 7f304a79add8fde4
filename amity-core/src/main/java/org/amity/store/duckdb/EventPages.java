package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.amity.event.Event;
import org.amity.store.EventCursor;
import org.amity.store.EventQuery;

/**
 * Pages of events without {@code ORDER BY ... OFFSET} over the whole match. The events table is not
 * stored in date order, so a deep {@code OFFSET} sorts every matching row before it can skip them
 * (seconds on millions of rows). Instead, a {@link PageMap} (the matching events counted per day,
 * one cheap aggregate) turns an offset or a cursor into a band of days that surely holds the page:
 * the query then filters on that date band, skips only within its first day, and takes the page. A
 * cursor ({@link EventCursor}) is a keyset start: the page begins right after that event.
 */
final class EventPages {
  private EventPages() {}

  /**
   * Streams the page of {@code q} in order (newest first or oldest first); returns how many.
   *
   * @param map the page map of {@code q.filters()} in this order; null to stream without one (a
   *     plain export: no limit, offset or cursor)
   */
  static long read(
      Connection c, EventQuery q, boolean newestFirst, PageMap map, Consumer<Event> sink)
      throws SQLException {
    StringBuilder sql =
        new StringBuilder("SELECT " + EventColumns.NAMES + " FROM events WHERE true");
    List<Object> args = new ArrayList<>();
    filters(q, sql, args);
    long skip = q.offset();
    if (map != null) {
      PageMap.Band band =
          q.after() == null
              ? map.bandAtOffset(q.offset(), q.limit())
              : map.bandAfter(q.after().date(), q.offset(), q.limit());
      if (band == null) {
        return 0; // the page lies past the last matching event
      }
      sql.append(" AND event_date BETWEEN ? AND ?");
      args.add(band.first().isBefore(band.last()) ? band.first() : band.last());
      args.add(band.first().isBefore(band.last()) ? band.last() : band.first());
      skip = band.skip();
    }
    if (q.after() != null) {
      keyset(q.after(), newestFirst, sql, args);
    }
    sql.append(
        newestFirst
            ? " ORDER BY event_date DESC, dataset, native_id"
            : " ORDER BY event_date, dataset, native_id");
    if (q.limit() > 0) {
      sql.append(" LIMIT ").append(q.limit());
    }
    if (skip > 0) {
      sql.append(" OFFSET ").append(skip);
    }
    try (PreparedStatement p = c.prepareStatement(sql.toString())) {
      bind(p, args);
      long n = 0;
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          sink.accept(EventColumns.read(rs));
          n++;
        }
      }
      return n;
    }
  }

  /** Counts the events matching the filters of {@code q}, per day, in the order read. */
  static PageMap map(Connection c, EventQuery q, boolean newestFirst) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT event_date, count(*) FROM events WHERE true");
    List<Object> args = new ArrayList<>();
    filters(q, sql, args);
    sql.append(" GROUP BY event_date ORDER BY event_date").append(newestFirst ? " DESC" : "");
    List<LocalDate> days = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql.toString())) {
      bind(p, args);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          days.add(rs.getObject(1, LocalDate.class));
          counts.add(rs.getLong(2));
        }
      }
    }
    return new PageMap(days, counts, newestFirst);
  }

  /** Whether a query needs a page map: it skips, starts after a cursor, or is one page. */
  static boolean paged(EventQuery q) {
    return q.offset() > 0 || q.after() != null;
  }

  private static void filters(EventQuery q, StringBuilder sql, List<Object> args) {
    if (q.country() != null) {
      sql.append(" AND (src_country = ? OR tgt_country = ? OR action_country = ?)");
      args.add(q.country());
      args.add(q.country());
      args.add(q.country());
    }
    if (q.from() != null) {
      sql.append(" AND event_date >= ?");
      args.add(q.from());
    }
    if (q.to() != null) {
      sql.append(" AND event_date <= ?");
      args.add(q.to());
    }
    if (q.dataset() != null) {
      sql.append(" AND dataset = ?");
      args.add(q.dataset());
    }
  }

  /** Rows strictly after the cursor in the order read. */
  private static void keyset(
      EventCursor after, boolean newestFirst, StringBuilder sql, List<Object> args) {
    sql.append(" AND (event_date ")
        .append(newestFirst ? "<" : ">")
        .append(" ? OR (event_date = ? AND (dataset > ? OR (dataset = ? AND native_id > ?))))");
    args.add(after.date());
    args.add(after.date());
    args.add(after.dataset());
    args.add(after.dataset());
    args.add(after.nativeId());
  }

  private static void bind(PreparedStatement p, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      p.setObject(i + 1, args.get(i));
    }
  }
}
