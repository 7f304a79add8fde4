package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amity.access.Account;
import org.amity.access.AccountStore;
import org.amity.access.Agent;
import org.amity.access.Credentials;
import org.amity.access.Role;

/** The {@code users} table; every change with its audit record, in one transaction. */
final class DuckDbAccounts implements AccountStore {
  /** A stored hash that no password matches: what a used single-use password becomes. */
  static final String VOID_HASH = "!void";

  private static final String COLUMNS =
      "name, role, created_at, created_by, single_use, disabled, password_hash";

  private final AccessConnection db;

  DuckDbAccounts(AccessConnection db) {
    this.db = db;
  }

  @Override
  public Account add(String name, Role role, String passwordHash, boolean singleUse, Agent by) {
    LocalDateTime now = LocalDateTime.now();
    return db.write(
        c -> {
          if (row(c, name).isPresent()) {
            throw new IllegalArgumentException("an account named '" + name + "' already exists");
          }
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO users (name, role, password_hash, created_at, created_by,"
                      + " disabled, single_use) VALUES (?, ?, ?, ?, ?, false, ?)")) {
            p.setString(1, name);
            p.setString(2, role.id());
            p.setString(3, passwordHash);
            p.setTimestamp(4, Timestamp.valueOf(now));
            p.setString(5, by.name());
            p.setBoolean(6, singleUse);
            p.executeUpdate();
          }
          DuckDbAuditTrail.append(
              c, by, "user.add", name, Map.of("role", role.id(), "singleUse", singleUse));
          return new Account(name, role, now, by.name(), singleUse, false);
        });
  }

  @Override
  public List<Account> list() {
    return db.read(
        c -> {
          List<Account> out = new ArrayList<>();
          try (PreparedStatement p =
                  c.prepareStatement("SELECT " + COLUMNS + " FROM users ORDER BY name");
              ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
              out.add(account(rs));
            }
          }
          return out;
        });
  }

  @Override
  public Optional<Account> find(String name) {
    return db.read(c -> row(c, name).map(Credentials::account));
  }

  @Override
  public Optional<Credentials> credentials(String name) {
    return db.read(c -> row(c, name).filter(r -> !r.account().disabled()));
  }

  @Override
  public boolean voidSingleUse(String name, String passwordHash) {
    return db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "UPDATE users SET password_hash = ? WHERE name = ? AND password_hash = ?")) {
            p.setString(1, VOID_HASH);
            p.setString(2, name);
            p.setString(3, passwordHash);
            return p.executeUpdate() == 1;
          }
        });
  }

  @Override
  public boolean setDisabled(String name, boolean disabled, Agent by) {
    return db.write(
        c -> {
          Account a = existing(c, name);
          if (a.disabled() == disabled) {
            return false;
          }
          update(c, "UPDATE users SET disabled = ? WHERE name = ?", disabled, name);
          int ended = disabled ? endSessions(c, name) : 0;
          DuckDbAuditTrail.append(
              c,
              by,
              disabled ? "user.disable" : "user.enable",
              name,
              disabled ? Map.of("sessionsEnded", ended) : Map.of());
          return true;
        });
  }

  @Override
  public void setPasswordHash(String name, String passwordHash, Agent by) {
    db.write(
        c -> {
          existing(c, name);
          update(
              c,
              "UPDATE users SET password_hash = ?, single_use = false WHERE name = ?",
              passwordHash,
              name);
          int ended = endSessions(c, name);
          DuckDbAuditTrail.append(c, by, "user.passwd", name, Map.of("sessionsEnded", ended));
          return null;
        });
  }

  @Override
  public void remove(String name, Agent by) {
    db.write(
        c -> {
          Account a = existing(c, name);
          int ended = endSessions(c, name);
          update(c, "DELETE FROM users WHERE name = ?", name);
          update(c, "DELETE FROM sign_in_counts WHERE account = ?", name);
          update(c, "DELETE FROM sign_in_addresses WHERE account = ?", name);
          DuckDbAuditTrail.append(
              c, by, "user.remove", name, Map.of("role", a.role().id(), "sessionsEnded", ended));
          return null;
        });
  }

  @Override
  public int revokeSessions(String name, Agent by) {
    return db.write(
        c -> {
          existing(c, name);
          int ended = endSessions(c, name);
          DuckDbAuditTrail.append(c, by, "user.revoke", name, Map.of("sessionsEnded", ended));
          return ended;
        });
  }

  private static int endSessions(Connection c, String name) throws SQLException {
    return update(c, "DELETE FROM sessions WHERE user_name = ?", name);
  }

  private static int update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        p.setObject(i + 1, values[i]);
      }
      return p.executeUpdate();
    }
  }

  private static Account existing(Connection c, String name) throws SQLException {
    return row(c, name)
        .map(Credentials::account)
        .orElseThrow(() -> new IllegalArgumentException("no account named '" + name + "'"));
  }

  private static Optional<Credentials> row(Connection c, String name) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT " + COLUMNS + " FROM users WHERE name = ?")) {
      p.setString(1, name);
      try (ResultSet rs = p.executeQuery()) {
        Optional<Credentials> found =
            rs.next()
                ? Optional.of(new Credentials(account(rs), rs.getString(7)))
                : Optional.empty();
        AccessConnection.drain(rs);
        return found;
      }
    }
  }

  private static Account account(ResultSet rs) throws SQLException {
    return new Account(
        rs.getString(1),
        Role.of(rs.getString(2)),
        rs.getTimestamp(3).toLocalDateTime(),
        rs.getString(4),
        rs.getBoolean(5),
        rs.getBoolean(6));
  }
}
