package org.amity.app.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down repeated failed sign-ins, per account name and per client address. A few failures are
 * free (people mistype); after that each further attempt must wait twice as long as the one before,
 * up to a cap, and is refused unchecked until then (HTTP 429 with Retry-After). Nothing sleeps on
 * the server, so a guesser cannot tie up its threads. Counts fade an hour after the last failure; a
 * successful sign-in clears the account's count, not the address's.
 */
public final class LoginThrottle {
  /** Free failures before waiting starts: per account, and per address (shared by NAT users). */
  static final int FREE_PER_USER = 5;

  static final int FREE_PER_ADDRESS = 20;
  static final Duration FIRST_WAIT = Duration.ofSeconds(1);
  static final Duration MAX_WAIT = Duration.ofMinutes(15);
  static final Duration FORGET_AFTER = Duration.ofHours(1);
  private static final int MAX_TRACKED = 100_000;

  private record Failures(int count, Instant last) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long the caller must still wait before a sign-in is checked; zero when it may go on. */
  public Duration waitFor(String user, String address) {
    Duration a = wait("user:" + user, FREE_PER_USER);
    Duration b = wait("ip:" + address, FREE_PER_ADDRESS);
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** Counts a failed sign-in against the account name and the address. */
  public void failed(String user, String address) {
    if (failures.size() > MAX_TRACKED) {
      forgetOld();
    }
    Instant now = clock.instant();
    for (String key : new String[] {"user:" + user, "ip:" + address}) {
      failures.merge(
          key,
          new Failures(1, now),
          (old, one) -> new Failures(fresh(old, now) ? old.count() + 1 : 1, now));
    }
  }

  /** A successful sign-in: the account starts afresh. */
  public void succeeded(String user) {
    failures.remove("user:" + user);
  }

  private Duration wait(String key, int free) {
    Failures f = failures.get(key);
    Instant now = clock.instant();
    if (f == null || !fresh(f, now) || f.count() < free) {
      return Duration.ZERO;
    }
    int doublings = Math.min(f.count() - free, 20);
    Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
    if (wait.compareTo(MAX_WAIT) > 0) {
      wait = MAX_WAIT;
    }
    Duration left = Duration.between(now, f.last().plus(wait));
    return left.isNegative() ? Duration.ZERO : left;
  }

  private static boolean fresh(Failures f, Instant now) {
    return f.last().plus(FORGET_AFTER).isAfter(now);
  }

  private void forgetOld() {
    Instant now = clock.instant();
    failures.values().removeIf(f -> !fresh(f, now));
  }
}
