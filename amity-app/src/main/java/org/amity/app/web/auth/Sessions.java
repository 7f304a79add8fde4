package org.amity.app.web.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.amity.app.web.StoreConnections;

/**
 * Sessions: a random 256-bit token in the cookie, its SHA-256 in the store (so sessions survive a
 * restart and a copy of the database does not let anyone in). Looked up in memory on every request;
 * the store is read only for a token not yet seen by this process. A session ends at its absolute
 * expiry, after an idle period, or when its owner signs out.
 */
public final class Sessions {
  public static final Duration LIFETIME = Duration.ofHours(12);
  public static final Duration IDLE = Duration.ofHours(2);

  private static final SecureRandom RANDOM = new SecureRandom();

  private record Live(Session session, Instant lastSeen) {}

  private final StoreConnections db;
  private final Clock clock;
  private final Map<String, Live> live = new ConcurrentHashMap<>();

  public Sessions(StoreConnections db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** A new session for {@code account}: returns the cookie token and the session. */
  public Map.Entry<String, Session> open(Account account, String ip) {
    String token = randomToken();
    Instant now = clock.instant();
    Session s = new Session(account.name(), account.role(), randomToken(), now.plus(LIFETIME));
    db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO sessions (token_sha256, user_name, csrf_token, created_at,"
                      + " expires_at, ip) VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setString(1, sha256(token));
            p.setString(2, s.user());
            p.setString(3, s.csrfToken());
            p.setTimestamp(4, timestamp(now));
            p.setTimestamp(5, timestamp(s.expiresAt()));
            p.setString(6, ip);
            p.executeUpdate();
          }
          // expired sessions are removed as new ones come, so the table stays small
          try (PreparedStatement p =
              c.prepareStatement("DELETE FROM sessions WHERE expires_at < ?")) {
            p.setTimestamp(1, timestamp(now));
            p.executeUpdate();
          }
          return null;
        });
    live.put(sha256(token), new Live(s, now));
    return Map.entry(token, s);
  }

  /** The live session of a cookie token, if any (and marks it as used now). */
  public Optional<Session> find(String token) {
    if (token == null || token.isEmpty() || token.length() > 100) {
      return Optional.empty();
    }
    String key = sha256(token);
    Instant now = clock.instant();
    Live l = live.get(key);
    if (l == null) {
      l = load(key, now);
      if (l == null) {
        return Optional.empty();
      }
    }
    if (!now.isBefore(l.session().expiresAt()) || !now.isBefore(l.lastSeen().plus(IDLE))) {
      live.remove(key);
      return Optional.empty();
    }
    if (Duration.between(l.lastSeen(), now).getSeconds() >= 10) {
      live.put(key, new Live(l.session(), now));
    }
    return Optional.of(l.session());
  }

  /** Ends the session of a token (sign-out). */
  public void close(String token) {
    String key = sha256(token);
    live.remove(key);
    db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("DELETE FROM sessions WHERE token_sha256 = ?")) {
            p.setString(1, key);
            return p.executeUpdate();
          }
        });
  }

  private Live load(String key, Instant now) {
    return db.read(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT s.user_name, u.role, s.csrf_token, s.expires_at FROM sessions s"
                      + " JOIN users u ON u.name = s.user_name"
                      + " WHERE s.token_sha256 = ? AND NOT u.disabled")) {
            p.setString(1, key);
            try (ResultSet rs = p.executeQuery()) {
              if (!rs.next()) {
                return null;
              }
              Session s =
                  new Session(
                      rs.getString(1),
                      Role.of(rs.getString(2)),
                      rs.getString(3),
                      rs.getTimestamp(4).toLocalDateTime().toInstant(ZoneOffset.UTC));
              Live l = new Live(s, now);
              live.put(key, l);
              return l;
            }
          }
        });
  }

  static String randomToken() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static String sha256(String token) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  /** Stored in UTC, so a session's expiry does not move with the server's time zone. */
  private static Timestamp timestamp(Instant i) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
  }
}
