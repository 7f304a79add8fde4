package org.amity.app.web.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.amity.access.Account;
import org.amity.access.SessionStore;
import org.amity.access.StoredSession;

/**
 * Sessions: a random 256-bit token in the cookie, its SHA-256 in the store (so sessions survive a
 * restart and a copy of the database does not let anyone in). Looked up in memory on every request,
 * and checked again in the store at least every {@link #RECHECK}, so a session ended by disabling,
 * removing or re-passwording its account, or by a revocation from another process, stops working
 * within that time. A session ends at its absolute expiry, after an idle period, when its owner
 * signs out, or when it is revoked.
 */
public final class Sessions {
  public static final Duration LIFETIME = Duration.ofHours(12);
  public static final Duration IDLE = Duration.ofHours(2);
  static final Duration RECHECK = Duration.ofSeconds(5);

  private static final SecureRandom RANDOM = new SecureRandom();

  private record Live(Session session, Instant lastSeen, Instant checked) {}

  private final SessionStore store;
  private final Clock clock;
  private final Map<String, Live> live = new ConcurrentHashMap<>();

  public Sessions(SessionStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** A new session for {@code account}: returns the cookie token and the session. */
  public Map.Entry<String, Session> open(Account account, String ip) {
    String token = randomToken();
    Instant now = clock.instant();
    Session s =
        new Session(account.name(), Role.of(account.role()), randomToken(), now.plus(LIFETIME));
    String key = sha256(token);
    store.open(
        new StoredSession(key, s.user(), account.role(), s.csrfToken(), s.expiresAt()), now, ip);
    live.put(key, new Live(s, now, now));
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
    if (l == null || !now.isBefore(l.checked().plus(RECHECK))) {
      Optional<StoredSession> stored = store.find(key);
      if (stored.isEmpty()) {
        live.remove(key);
        return Optional.empty();
      }
      StoredSession s = stored.get();
      Session session = new Session(s.user(), Role.of(s.role()), s.csrfToken(), s.expiresAt());
      l = new Live(session, l == null ? now : l.lastSeen(), now);
      live.put(key, l);
    }
    if (!now.isBefore(l.session().expiresAt()) || !now.isBefore(l.lastSeen().plus(IDLE))) {
      live.remove(key);
      return Optional.empty();
    }
    if (Duration.between(l.lastSeen(), now).getSeconds() >= 10) {
      live.put(key, new Live(l.session(), now, l.checked()));
    }
    return Optional.of(l.session());
  }

  /** Ends the session of a token (sign-out). */
  public void close(String token) {
    String key = sha256(token);
    live.remove(key);
    store.close(key);
  }

  /**
   * Drops this server's memory of a user's sessions after the store ended them (revocation,
   * disabling, removal, new password), so they stop at once rather than within {@link #RECHECK}.
   */
  public void forget(String user) {
    live.values().removeIf(l -> l.session().user().equals(user));
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
}
