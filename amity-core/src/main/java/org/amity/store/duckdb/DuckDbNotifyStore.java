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
import java.util.Optional;
import org.amity.notify.Follow;
import org.amity.notify.Notification;
import org.amity.notify.NotifyStore;
import org.amity.signal.Level;
import org.amity.signal.Scope;

/**
 * The one reader and writer of {@code follows}, {@code feed_tokens}, {@code webhooks}, {@code
 * notifications} and {@code webhook_deliveries}. Writes run one at a time, each in one transaction
 * with its audit row.
 */
final class DuckDbNotifyStore implements NotifyStore {
  private static final String NOTIFICATION_COLUMNS =
      "n.id, n.user_name, n.alert_id, n.situation_id, n.kind, n.level, n.scope, n.subject,"
          + " n.subject_name, n.indicator, n.resolution, n.opened, n.period_start, n.period_end,"
          + " n.value, n.baseline, n.created_at";

  private final Connections db;

  DuckDbNotifyStore(Connections db) {
    this.db = db;
  }

  @Override
  public Follow follow(String user, Scope scope, String subject, String address) {
    return db.write(
        c -> {
          for (Follow f : follows(c, user)) {
            if (f.covers(scope, subject)) {
              return f;
            }
          }
          long id = Connections.nextValue(c, "notify_id_seq");
          LocalDateTime now = LocalDateTime.now();
          try (PreparedStatement p = c.prepareStatement("INSERT INTO follows VALUES (?,?,?,?,?)")) {
            p.setLong(1, id);
            p.setString(2, user);
            p.setString(3, scope.key());
            p.setString(4, subject);
            p.setTimestamp(5, Timestamp.valueOf(now));
            p.executeUpdate();
          }
          AuditRows.record(
              c, user, "follow.add", scope.key() + "/" + subject, address, Map.of("follow", id));
          return new Follow(id, user, scope, subject, now);
        });
  }

  @Override
  public boolean unfollow(String user, long followId, String address) {
    return db.write(
        c -> {
          int n;
          try (PreparedStatement p =
              c.prepareStatement("DELETE FROM follows WHERE id = ? AND user_name = ?")) {
            p.setLong(1, followId);
            p.setString(2, user);
            n = p.executeUpdate();
          }
          if (n > 0) {
            AuditRows.record(
                c,
                user,
                "follow.remove",
                "follow/" + followId,
                address,
                Map.of("follow", followId));
          }
          return n > 0;
        });
  }

  @Override
  public List<Follow> follows(String user) {
    return db.read(c -> follows(c, user));
  }

  private static List<Follow> follows(Connection c, String user) throws SQLException {
    List<Follow> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT id, user_name, scope, subject, created_at FROM follows"
                + (user == null ? "" : " WHERE user_name = ?")
                + " ORDER BY id")) {
      if (user != null) {
        p.setString(1, user);
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Follow(
                  rs.getLong(1),
                  rs.getString(2),
                  Scope.parse(rs.getString(3)),
                  rs.getString(4),
                  rs.getTimestamp(5).toLocalDateTime()));
        }
      }
    }
    return out;
  }

  @Override
  public void issueFeedToken(String user, String tokenHash, String address) {
    db.write(
        c -> {
          boolean had = putOwn(c, "feed_tokens", "token_hash", "issued_at", user, tokenHash);
          AuditRows.record(c, user, "feed.issue", "feed/" + user, address, Map.of("replaced", had));
          return null;
        });
  }

  /**
   * Sets a user's one row in {@code table} (a value and the time it was set), inserting it when the
   * user has none; returns whether one was there. Table and column names are constants.
   */
  private static boolean putOwn(
      Connection c, String table, String column, String timeColumn, String user, String value)
      throws SQLException {
    boolean had = has(c, table, user);
    try (PreparedStatement p =
        c.prepareStatement(
            had
                ? "UPDATE "
                    + table
                    + " SET "
                    + column
                    + " = ?, "
                    + timeColumn
                    + " = ? WHERE user_name = ?"
                : "INSERT INTO "
                    + table
                    + " ("
                    + column
                    + ", "
                    + timeColumn
                    + ", user_name) VALUES (?,?,?)")) {
      p.setString(1, value);
      p.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now()));
      p.setString(3, user);
      p.executeUpdate();
    }
    return had;
  }

  @Override
  public boolean revokeFeedToken(String user, String address) {
    return deleteOwn("feed_tokens", "feed.revoke", "feed/", user, address);
  }

  @Override
  public Optional<String> feedUser(String tokenHash) {
    return db.read(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("SELECT user_name FROM feed_tokens WHERE token_hash = ?")) {
            p.setString(1, tokenHash);
            try (ResultSet rs = p.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
          }
        });
  }

  @Override
  public boolean hasFeedToken(String user) {
    return db.read(c -> has(c, "feed_tokens", user));
  }

  @Override
  public void setWebhook(String user, String url, String address) {
    db.write(
        c -> {
          putOwn(c, "webhooks", "url", "set_at", user, url);
          AuditRows.record(c, user, "webhook.set", "webhook/" + user, address, Map.of("url", url));
          return null;
        });
  }

  @Override
  public boolean removeWebhook(String user, String address) {
    return deleteOwn("webhooks", "webhook.remove", "webhook/", user, address);
  }

  @Override
  public Optional<String> webhook(String user) {
    return db.read(c -> webhook(c, user));
  }

  private static Optional<String> webhook(Connection c, String user) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT url FROM webhooks WHERE user_name = ?")) {
      p.setString(1, user);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  private boolean deleteOwn(
      String table, String action, String target, String user, String address) {
    return db.write(
        c -> {
          int n;
          try (PreparedStatement p =
              c.prepareStatement("DELETE FROM " + table + " WHERE user_name = ?")) {
            p.setString(1, user);
            n = p.executeUpdate();
          }
          if (n > 0) {
            AuditRows.record(c, user, action, target + user, address, Map.of());
          }
          return n > 0;
        });
  }

  private static boolean has(Connection c, String table, String user) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT count(*) FROM " + table + " WHERE user_name = ?")) {
      p.setString(1, user);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  @Override
  public Map<String, Level> notifiedLevels() {
    return db.read(c -> notifiedLevels(c));
  }

  private static Map<String, Level> notifiedLevels(Connection c) throws SQLException {
    Map<String, Level> out = new HashMap<>();
    try (PreparedStatement p =
            c.prepareStatement("SELECT user_name, alert_id, level FROM notifications");
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.merge(
            rs.getString(1) + "|" + rs.getLong(2),
            Level.parse(rs.getString(3)),
            (a, b) -> a.atLeast(b) ? a : b);
      }
    }
    return out;
  }

  @Override
  public List<Notification> record(List<Notification> drafts, LocalDateTime now) {
    return db.write(
        c -> {
          Map<String, Level> already = notifiedLevels(c);
          Map<String, Optional<String>> hooks = new HashMap<>();
          List<Notification> out = new ArrayList<>();
          for (Notification d : drafts) {
            Level before = already.get(d.user() + "|" + d.alertId());
            if (before != null && before.atLeast(d.level())) {
              continue;
            }
            long id = Connections.nextValue(c, "notify_id_seq");
            Notification n = withId(d, id, now);
            insert(c, n);
            already.put(d.user() + "|" + d.alertId(), d.level());
            Optional<String> hook = hooks.get(d.user());
            if (hook == null) {
              hook = webhook(c, d.user());
              hooks.put(d.user(), hook);
            }
            if (hook.isPresent()) {
              try (PreparedStatement p =
                  c.prepareStatement(
                      "INSERT INTO webhook_deliveries VALUES (?, ?, 'pending', 0, NULL, NULL, ?,"
                          + " NULL)")) {
                p.setLong(1, id);
                p.setString(2, hook.get());
                p.setTimestamp(3, Timestamp.valueOf(now));
                p.executeUpdate();
              }
            }
            out.add(n);
          }
          return out;
        });
  }

  private static Notification withId(Notification d, long id, LocalDateTime now) {
    return new Notification(
        id,
        d.user(),
        d.alertId(),
        d.situationId(),
        d.kind(),
        d.level(),
        d.scope(),
        d.subject(),
        d.subjectName(),
        d.indicator(),
        d.resolution(),
        d.opened(),
        d.periodStart(),
        d.periodEnd(),
        d.value(),
        d.baseline(),
        now);
  }

  private static void insert(Connection c, Notification n) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO notifications VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      p.setLong(1, n.id());
      p.setString(2, n.user());
      p.setLong(3, n.alertId());
      p.setObject(4, n.situationId());
      p.setString(5, n.kind());
      p.setString(6, n.level().key());
      p.setString(7, n.scope().key());
      p.setString(8, n.subject());
      p.setString(9, n.subjectName());
      p.setString(10, n.indicator());
      p.setString(11, n.resolution());
      p.setObject(12, n.opened());
      p.setObject(13, n.periodStart());
      p.setObject(14, n.periodEnd());
      p.setDouble(15, n.value());
      p.setDouble(16, n.baseline());
      p.setTimestamp(17, Timestamp.valueOf(n.createdAt()));
      p.executeUpdate();
    }
  }

  @Override
  public List<Notification> notifications(String user, int limit) {
    return db.read(
        c -> {
          List<Notification> out = new ArrayList<>();
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT "
                      + NOTIFICATION_COLUMNS
                      + " FROM notifications n WHERE n.user_name = ? ORDER BY n.id DESC LIMIT ?")) {
            p.setString(1, user);
            p.setInt(2, limit);
            try (ResultSet rs = p.executeQuery()) {
              while (rs.next()) {
                out.add(notification(rs));
              }
            }
          }
          return out;
        });
  }

  private static Notification notification(ResultSet rs) throws SQLException {
    long situation = rs.getLong(4);
    Long situationId = rs.wasNull() ? null : situation;
    return new Notification(
        rs.getLong(1),
        rs.getString(2),
        rs.getLong(3),
        situationId,
        rs.getString(5),
        Level.parse(rs.getString(6)),
        Scope.parse(rs.getString(7)),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getObject(12, LocalDate.class),
        rs.getObject(13, LocalDate.class),
        rs.getObject(14, LocalDate.class),
        rs.getDouble(15),
        rs.getDouble(16),
        rs.getTimestamp(17).toLocalDateTime());
  }

  @Override
  public List<PendingDelivery> dueDeliveries(LocalDateTime now) {
    return db.read(
        c -> {
          List<PendingDelivery> out = new ArrayList<>();
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT "
                      + NOTIFICATION_COLUMNS
                      + ", d.url, d.attempts FROM webhook_deliveries d JOIN notifications n ON"
                      + " n.id = d.notification_id WHERE d.status IN ('pending', 'retrying') AND"
                      + " d.next_attempt <= ? ORDER BY n.id")) {
            p.setTimestamp(1, Timestamp.valueOf(now));
            try (ResultSet rs = p.executeQuery()) {
              while (rs.next()) {
                out.add(new PendingDelivery(notification(rs), rs.getString(18), rs.getInt(19)));
              }
            }
          }
          return out;
        });
  }

  @Override
  public void recordAttempt(
      long notificationId,
      String status,
      int attempts,
      String error,
      LocalDateTime at,
      LocalDateTime nextAttempt) {
    db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "UPDATE webhook_deliveries SET status = ?, attempts = ?, last_error = ?,"
                      + " last_attempt = ?, next_attempt = ?, delivered_at = ? WHERE"
                      + " notification_id = ?")) {
            p.setString(1, status);
            p.setInt(2, attempts);
            p.setString(3, error);
            p.setTimestamp(4, Timestamp.valueOf(at));
            p.setTimestamp(5, nextAttempt == null ? null : Timestamp.valueOf(nextAttempt));
            p.setTimestamp(6, status.equals("delivered") ? Timestamp.valueOf(at) : null);
            p.setLong(7, notificationId);
            p.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public List<Delivery> deliveries(String user, int limit) {
    return db.read(
        c -> {
          List<Delivery> out = new ArrayList<>();
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT d.notification_id, d.url, d.status, d.attempts, d.last_error,"
                      + " d.delivered_at FROM webhook_deliveries d JOIN notifications n ON n.id ="
                      + " d.notification_id WHERE n.user_name = ? ORDER BY d.notification_id DESC"
                      + " LIMIT ?")) {
            p.setString(1, user);
            p.setInt(2, limit);
            try (ResultSet rs = p.executeQuery()) {
              while (rs.next()) {
                Timestamp t = rs.getTimestamp(6);
                out.add(
                    new Delivery(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        t == null ? null : t.toLocalDateTime()));
              }
            }
          }
          return out;
        });
  }
}
