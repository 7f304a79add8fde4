package org.amity.app.web.auth;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.amity.access.Account;
import org.amity.access.AccountStore;
import org.amity.access.Agent;
import org.amity.access.Credentials;
import org.amity.access.PasswordPolicy;
import org.amity.access.Role;

/**
 * Who may sign in, with which role: the one way every face (command line, API, dashboard, demo)
 * creates accounts and sets passwords, so the name rule and the password policy hold on every path.
 * Changes are audited by the store, with who made them.
 */
public final class Accounts {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9._-]{1,31}");

  private final AccountStore store;
  private final PasswordHasher hasher;
  private final PasswordPolicy policy;

  public Accounts(AccountStore store, PasswordHasher hasher, PasswordPolicy policy) {
    this.store = store;
    this.hasher = hasher;
    this.policy = policy;
  }

  /**
   * Creates an account.
   *
   * @throws IllegalArgumentException for a bad name, a password the policy refuses, or a name
   *     already taken
   */
  public Account add(String name, Role role, char[] password, Agent by, boolean singleUse) {
    checkName(name);
    policy.check(password, name);
    return store.add(name, role, hasher.hash(password), singleUse, by);
  }

  /** Sets a new password (the policy applies) and ends the account's sessions. */
  public void setPassword(String name, char[] password, Agent by) {
    checkName(name);
    policy.check(password, name);
    store.setPasswordHash(name, hasher.hash(password), by);
  }

  /** Every account, disabled ones too, by name. */
  public List<Account> list() {
    return store.list();
  }

  /** The account of that name. */
  public Optional<Account> find(String name) {
    return store.find(name);
  }

  /** Disables (ending its sessions) or enables an account; false when it already was. */
  public boolean setDisabled(String name, boolean disabled, Agent by) {
    return store.setDisabled(name, disabled, by);
  }

  /** Removes an account and its sessions. */
  public void remove(String name, Agent by) {
    store.remove(name, by);
  }

  /** Ends every session of an account; returns how many. */
  public int revokeSessions(String name, Agent by) {
    return store.revokeSessions(name, by);
  }

  /**
   * The account if {@code password} is its password. A hash is checked either way (against {@code
   * dummyHash} for an unknown or disabled name), so an unknown name takes as long as a wrong
   * password. A single-use password is voided by its successful check.
   */
  Optional<Account> authenticate(String name, char[] password, String dummyHash) {
    Optional<Credentials> found = store.credentials(name);
    boolean ok = hasher.verify(password, found.map(Credentials::passwordHash).orElse(dummyHash));
    if (!ok || found.isEmpty()) {
      return Optional.empty();
    }
    Credentials c = found.get();
    if (c.account().singleUse() && !store.voidSingleUse(name, c.passwordHash())) {
      return Optional.empty(); // someone else used it in the meantime
    }
    return Optional.of(c.account());
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
