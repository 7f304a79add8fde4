package org.amity.app.web.auth;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.amity.app.web.StoreConnections;

/**
 * The {@code users} table: who may sign in, with which role. Creating an account is a write and is
 * audited with who created it.
 */
public final class Accounts {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9._-]{1,31}");

  /** A stored hash that no password matches: what a used single-use password becomes. */
  static final String VOID_HASH = "!void";

  private final StoreConnections db;
  private final PasswordHasher hasher;
  private final AuditLog audit;

  public Accounts(StoreConnections db, PasswordHasher hasher, AuditLog audit) {
    this.db = db;
    this.hasher = hasher;
    this.audit = audit;
  }

  /**
   * Creates an account.
   *
   * @param createdBy who did it, for the audit log (e.g. "cli:alice")
   * @throws IllegalArgumentException for a bad name or password, or a name already taken
   */
  public Account add(String name, Role role, char[] password, String createdBy, boolean singleUse) {
    checkName(name);
    String hash = hasher.hash(password);
    LocalDateTime now = LocalDateTime.now();
    return db.write(
        c -> {
          if (find(c, name).isPresent()) {
            throw new IllegalArgumentException("an account named '" + name + "' already exists");
          }
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO users (name, role, password_hash, created_at, created_by,"
                      + " disabled, single_use) VALUES (?, ?, ?, ?, ?, false, ?)")) {
            p.setString(1, name);
            p.setString(2, role.id());
            p.setString(3, hash);
            p.setTimestamp(4, Timestamp.valueOf(now));
            p.setString(5, createdBy);
            p.setBoolean(6, singleUse);
            p.executeUpdate();
          }
          audit.record(
              c,
              createdBy,
              "user.add",
              name,
              null,
              Map.of("role", role.id(), "singleUse", singleUse));
          return new Account(name, role, now, createdBy, singleUse);
        });
  }

  /** Every account, by name. */
  public List<Account> list() {
    return db.read(
        c -> {
          List<Account> out = new ArrayList<>();
          try (PreparedStatement p =
                  c.prepareStatement(
                      "SELECT name, role, created_at, created_by, single_use FROM users"
                          + " WHERE NOT disabled ORDER BY name");
              ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
              out.add(account(rs));
            }
          }
          return out;
        });
  }

  /**
   * The account if {@code password} is its password. A single-use password is voided by the
   * successful check, in the same transaction.
   */
  Optional<Account> authenticate(String name, char[] password, String dummyHash) {
    String[] hash = new String[1];
    Optional<Account> account =
        db.read(
            c -> {
              try (PreparedStatement p =
                  c.prepareStatement(
                      "SELECT name, role, created_at, created_by, single_use, password_hash"
                          + " FROM users WHERE name = ? AND NOT disabled")) {
                p.setString(1, name);
                try (ResultSet rs = p.executeQuery()) {
                  if (!rs.next()) {
                    return Optional.empty();
                  }
                  hash[0] = rs.getString(6);
                  return Optional.of(account(rs));
                }
              }
            });
    // Check a hash either way, so an unknown name takes as long as a wrong password.
    boolean ok = hasher.verify(password, account.isPresent() ? hash[0] : dummyHash);
    if (!ok || account.isEmpty()) {
      return Optional.empty();
    }
    if (account.get().singleUse() && !voidSingleUse(name, hash[0])) {
      return Optional.empty(); // someone else used it in the meantime
    }
    return account;
  }

  private boolean voidSingleUse(String name, String hash) {
    return db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "UPDATE users SET password_hash = ? WHERE name = ? AND password_hash = ?")) {
            p.setString(1, VOID_HASH);
            p.setString(2, name);
            p.setString(3, hash);
            return p.executeUpdate() == 1;
          }
        });
  }

  static Optional<Account> find(java.sql.Connection c, String name) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT name, role, created_at, created_by, single_use FROM users WHERE name = ?")) {
      p.setString(1, name);
      try (ResultSet rs = p.executeQuery()) {
        Optional<Account> found = rs.next() ? Optional.of(account(rs)) : Optional.empty();
        while (rs.next()) {
          // drained: an early close aborts a DuckDB transaction (see StoreConnections)
        }
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
        rs.getBoolean(5));
  }

  /** Lower-case letter first, then 2-32 of letters, digits, '.', '_' or '-'. */
  public static void checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "bad account name '"
              + name
              + "': use 2-32 lower-case letters, digits, '.', '_' or '-', starting with a letter");
    }
  }
}
