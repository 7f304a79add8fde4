package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.amity.access.Admission;
import org.amity.access.Agent;
import org.amity.access.SignInAttempts;
import org.amity.access.SignInLimits;
import org.amity.access.SignInLimits.Limit;

/**
 * The {@code sign_in_counts} and {@code sign_in_addresses} tables. Admission reads the three
 * counts, decides and counts in one transaction on the access connection, which runs one piece of
 * work at a time, so parallel attempts are decided one after the other.
 */
final class DuckDbSignInAttempts implements SignInAttempts {
  private record Count(int attempts, Instant last) {}

  private final AccessConnection db;
  private final SignInLimits limits;

  DuckDbSignInAttempts(AccessConnection db, SignInLimits limits) {
    this.db = db;
    this.limits = limits;
  }

  @Override
  public Admission admit(String account, String address, Instant now) {
    String ip = address == null ? "" : address;
    return db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("DELETE FROM sign_in_counts WHERE last_at <= ?")) {
            p.setTimestamp(1, AccessConnection.utc(now.minus(limits.forgetAfter())));
            p.executeUpdate();
          }
          Map<Limit, Count> counts = counts(c, account, ip);
          boolean known = known(c, account, ip);
          Admission held = held(counts, known, now);
          if (!held.allowed()) {
            // Trying again while held by this account-at-address or this address restarts that
            // wait; the account-wide wait is not restarted, so a guesser cannot prolong it for
            // the owner.
            for (Limit limit : new Limit[] {Limit.ACCOUNT_AT_ADDRESS, Limit.ADDRESS}) {
              Count n = counts.get(limit);
              if (n != null && n.last().isBefore(now)) {
                set(c, limit, account, ip, n.attempts(), now, true);
                counts.put(limit, new Count(n.attempts(), now));
              }
            }
            return held(counts, known, now);
          }
          for (Limit limit : Limit.values()) {
            Count n = counts.get(limit);
            int attempts = n == null ? 1 : n.attempts() + 1;
            set(c, limit, account, ip, attempts, now, n != null);
          }
          return Admission.admitted();
        });
  }

  @Override
  public void succeeded(String account, String address, Instant now) {
    String ip = address == null ? "" : address;
    db.write(
        c -> {
          delete(c, Limit.ACCOUNT_AT_ADDRESS, account, ip);
          delete(c, Limit.ACCOUNT, account, ip);
          try (PreparedStatement p =
              c.prepareStatement(
                  "UPDATE sign_in_counts SET attempts = attempts - 1"
                      + " WHERE scope = ? AND account = '' AND address = ? AND attempts > 0")) {
            p.setString(1, scope(Limit.ADDRESS));
            p.setString(2, ip);
            p.executeUpdate();
          }
          try (PreparedStatement p =
              c.prepareStatement(
                  "DELETE FROM sign_in_addresses WHERE account = ? AND address = ?")) {
            p.setString(1, account);
            p.setString(2, ip);
            p.executeUpdate();
          }
          try (PreparedStatement p =
              c.prepareStatement("INSERT INTO sign_in_addresses VALUES (?, ?, ?)")) {
            p.setString(1, account);
            p.setString(2, ip);
            p.setTimestamp(3, AccessConnection.utc(now));
            p.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public boolean unlock(String account, Agent by) {
    return db.write(
        c -> {
          int held;
          try (PreparedStatement p =
              c.prepareStatement("DELETE FROM sign_in_counts WHERE account = ?")) {
            p.setString(1, account);
            held = p.executeUpdate();
          }
          DuckDbAuditTrail.append(c, by, "user.unlock", account, Map.of("countsCleared", held));
          return held > 0;
        });
  }

  /** The longest wait any key imposes (the account-wide one not for a known address). */
  private Admission held(Map<Limit, Count> counts, boolean known, Instant now) {
    Limit worst = null;
    Duration longest = Duration.ZERO;
    for (Limit limit : Limit.values()) {
      Count n = counts.get(limit);
      if (n == null || (limit == Limit.ACCOUNT && known)) {
        continue;
      }
      Duration wait = limits.waitFor(limit, n.attempts(), n.last(), now);
      if (wait.compareTo(longest) > 0) {
        worst = limit;
        longest = wait;
      }
    }
    return worst == null ? Admission.admitted() : new Admission(worst, longest);
  }

  private static Map<Limit, Count> counts(Connection c, String account, String ip)
      throws SQLException {
    Map<Limit, Count> out = new EnumMap<>(Limit.class);
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT scope, attempts, last_at FROM sign_in_counts"
                + " WHERE (scope = ? AND account = ? AND address = ?)"
                + " OR (scope = ? AND account = '' AND address = ?)"
                + " OR (scope = ? AND account = ? AND address = '')")) {
      p.setString(1, scope(Limit.ACCOUNT_AT_ADDRESS));
      p.setString(2, account);
      p.setString(3, ip);
      p.setString(4, scope(Limit.ADDRESS));
      p.setString(5, ip);
      p.setString(6, scope(Limit.ACCOUNT));
      p.setString(7, account);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.put(
              limit(rs.getString(1)),
              new Count(rs.getInt(2), AccessConnection.instant(rs.getTimestamp(3))));
        }
      }
    }
    return out;
  }

  private static boolean known(Connection c, String account, String ip) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT count(*) FROM sign_in_addresses WHERE account = ? AND address = ?")) {
      p.setString(1, account);
      p.setString(2, ip);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        boolean known = rs.getLong(1) > 0;
        AccessConnection.drain(rs);
        return known;
      }
    }
  }

  private static void set(
      Connection c, Limit limit, String account, String ip, int attempts, Instant now, boolean had)
      throws SQLException {
    String[] key = key(limit, account, ip);
    String sql =
        had
            ? "UPDATE sign_in_counts SET attempts = ?, last_at = ?"
                + " WHERE scope = ? AND account = ? AND address = ?"
            : "INSERT INTO sign_in_counts (attempts, last_at, scope, account, address)"
                + " VALUES (?, ?, ?, ?, ?)";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setInt(1, attempts);
      p.setTimestamp(2, AccessConnection.utc(now));
      p.setString(3, scope(limit));
      p.setString(4, key[0]);
      p.setString(5, key[1]);
      p.executeUpdate();
    }
  }

  private static void delete(Connection c, Limit limit, String account, String ip)
      throws SQLException {
    String[] key = key(limit, account, ip);
    try (PreparedStatement p =
        c.prepareStatement(
            "DELETE FROM sign_in_counts WHERE scope = ? AND account = ? AND address = ?")) {
      p.setString(1, scope(limit));
      p.setString(2, key[0]);
      p.setString(3, key[1]);
      p.executeUpdate();
    }
  }

  /** The (account, address) columns of a key: '' where the scope does not use one. */
  private static String[] key(Limit limit, String account, String ip) {
    return switch (limit) {
      case ACCOUNT_AT_ADDRESS -> new String[] {account, ip};
      case ADDRESS -> new String[] {"", ip};
      case ACCOUNT -> new String[] {account, ""};
    };
  }

  private static String scope(Limit limit) {
    return limit.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static Limit limit(String scope) {
    return Limit.valueOf(scope.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
  }
}
