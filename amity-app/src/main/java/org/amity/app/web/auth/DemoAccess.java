package org.amity.app.web.auth;

import java.security.SecureRandom;
import org.amity.access.AccessStore;
import org.amity.access.Agent;
import org.amity.access.PasswordPolicy;
import org.amity.access.Role;
import org.amity.storage.Storage;

/**
 * The demo's way in: a fresh analyst account whose random password works for exactly one sign-in
 * (the password is voided by it; the session then lasts its normal lifetime). {@code amity demo}
 * prints the name and password beside the dashboard URL.
 */
public final class DemoAccess {
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY346789";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A name and password to print; the password is not stored anywhere but in its hash. */
  public record OneTimeLogin(String user, String password, String role) {}

  private DemoAccess() {}

  /**
   * Creates the account in {@code store} (call before the server opens it, or while it runs: the
   * store serialises writes on its connection).
   */
  public static OneTimeLogin createOneTimeLogin(Storage store) {
    String user = "demo-" + random(6).toLowerCase(java.util.Locale.ROOT);
    String password = random(20);
    try (AccessStore access = store.access()) {
      new Accounts(
              access.accounts(),
              new PasswordHasher(PasswordHasher.DEFAULT_COST),
              PasswordPolicy.standard())
          .add(user, Role.ANALYST, password.toCharArray(), new Agent("amity demo", null), true);
    }
    return new OneTimeLogin(user, password, Role.ANALYST.id());
  }

  /** A demo account's name and password, valid for as long as the demo runs. */
  public record Login(String user, String password, String role) {}

  /**
   * Creates an analyst account whose random password works for every sign-in (sign out and in
   * again, a second browser) while the demo runs; the demo's database is created afresh by the next
   * demo, and with it the account.
   */
  public static Login createLogin(Storage store) {
    String user = "demo-" + random(6).toLowerCase(java.util.Locale.ROOT);
    String password = random(20);
    try (AccessStore access = store.access()) {
      new Accounts(
              access.accounts(),
              new PasswordHasher(PasswordHasher.DEFAULT_COST),
              PasswordPolicy.standard())
          .add(user, Role.ANALYST, password.toCharArray(), new Agent("amity demo", null), false);
    }
    return new Login(user, password, Role.ANALYST.id());
  }

  private static String random(int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }
}
