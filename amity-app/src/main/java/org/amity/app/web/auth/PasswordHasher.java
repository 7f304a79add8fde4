package org.amity.app.web.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/**
 * bcrypt (at.favre.lib:bcrypt, Apache-2.0): a slow, salted hash whose cost and salt are kept in the
 * hash string itself, so raising the cost later leaves old hashes verifiable. Cost 12 takes a few
 * hundred milliseconds per check on the reference machine: cheap for a person, expensive for a
 * guesser.
 */
public final class PasswordHasher {
  /** The cost for new passwords (2^12 rounds). */
  public static final int DEFAULT_COST = 12;

  /** bcrypt reads at most 72 bytes of a password; longer ones are refused rather than cut. */
  public static final int MAX_PASSWORD_BYTES = 72;

  private final int cost;

  public PasswordHasher(int cost) {
    if (cost < 4 || cost > 31) {
      throw new IllegalArgumentException("bcrypt cost must be 4..31, got " + cost);
    }
    this.cost = cost;
  }

  /**
   * A new hash with a fresh random salt. Callers check the password policy first ({@link Accounts}
   * does, on every path that sets a password).
   */
  public String hash(char[] password) {
    checkLength(password);
    return BCrypt.withDefaults().hashToString(cost, password);
  }

  /** Whether {@code password} matches {@code hash}; false for a malformed or disabled hash. */
  public boolean verify(char[] password, String hash) {
    if (hash == null || !hash.startsWith("$2")) {
      return false;
    }
    if (new String(password).getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
      return false;
    }
    return BCrypt.verifyer().verify(password, hash.toCharArray()).verified;
  }

  /** Refuses passwords too long for bcrypt (it would silently cut them). */
  static void checkLength(char[] password) {
    if (new String(password).getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
      throw new IllegalArgumentException(
          "the password must have at most " + MAX_PASSWORD_BYTES + " bytes (a bcrypt limit)");
    }
  }
}
