package org.amity.access;

import java.time.Duration;
import java.time.Instant;

/**
 * How repeated sign-in attempts are slowed down. Attempts are counted before the password is
 * checked (and given back when it was right), under three keys:
 *
 * <ul>
 *   <li>one account from one address: a few free attempts (people mistype), then each further
 *       attempt waits twice as long as the one before, up to {@link #maxWait};
 *   <li>one address over all accounts (one machine guessing many names): more free attempts, since
 *       people behind one NAT share it, then the same doubling;
 *   <li>one account over all addresses (a guesser spread over many machines): more free attempts
 *       still, then a doubling wait bounded by {@link #maxAccountWait}, short enough that the
 *       owner, from a new address, gets a check within minutes. An address from which the account
 *       signed in before is not held by this account-wide wait, so a distributed guesser cannot
 *       keep the owner out from their usual place.
 * </ul>
 *
 * Counts are forgotten {@link #forgetAfter} after the last attempt; an administrator can forget an
 * account's counts at once ({@code amity user unlock}).
 */
public record SignInLimits(
    int freePerAccountAtAddress,
    int freePerAddress,
    int freePerAccount,
    Duration firstWait,
    Duration maxWait,
    Duration maxAccountWait,
    Duration forgetAfter) {

  /** 5 per account and address, 20 per address, 10 per account; 1 s doubling to 15 min (5 min). */
  public static SignInLimits standard() {
    return new SignInLimits(
        5,
        20,
        10,
        Duration.ofSeconds(1),
        Duration.ofMinutes(15),
        Duration.ofMinutes(5),
        Duration.ofHours(1));
  }

  /** Which limit holds an attempt back (for the refusal and the audit trail). */
  public enum Limit {
    ACCOUNT_AT_ADDRESS("this account from this address"),
    ADDRESS("this address"),
    ACCOUNT("this account");

    private final String words;

    Limit(String words) {
      this.words = words;
    }

    /** The limit in words: "too many failed sign-ins for ...". */
    public String words() {
      return words;
    }
  }

  /**
   * How long an attempt must still wait, given the attempts counted so far under one key and the
   * time of the last one; zero when it may go on.
   */
  public Duration waitFor(Limit limit, int attempts, Instant last, Instant now) {
    if (last == null || !last.plus(forgetAfter).isAfter(now)) {
      return Duration.ZERO;
    }
    int free =
        switch (limit) {
          case ACCOUNT_AT_ADDRESS -> freePerAccountAtAddress;
          case ADDRESS -> freePerAddress;
          case ACCOUNT -> freePerAccount;
        };
    if (attempts < free) {
      return Duration.ZERO;
    }
    Duration cap = limit == Limit.ACCOUNT ? maxAccountWait : maxWait;
    int doublings = Math.min(attempts - free, 30);
    Duration wait = firstWait.multipliedBy(1L << doublings);
    if (wait.compareTo(cap) > 0) {
      wait = cap;
    }
    Duration left = Duration.between(now, last.plus(wait));
    return left.isNegative() ? Duration.ZERO : left;
  }
}
