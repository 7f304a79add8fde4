package org.amity.access;

import java.util.List;
import java.util.Optional;

/**
 * The accounts. Every change is stored together with its audit record (one transaction), and every
 * change that should end someone's access (disable, remove, new password) ends that account's
 * sessions in the same transaction.
 */
public interface AccountStore {
  /**
   * Creates an account.
   *
   * @throws IllegalArgumentException when the name is taken
   */
  Account add(String name, Role role, String passwordHash, boolean singleUse, Agent by);

  /** Every account, disabled ones too, by name. */
  List<Account> list();

  /** The account of that name, enabled or not. */
  Optional<Account> find(String name);

  /** The hash of an enabled account (what a sign-in is checked against). */
  Optional<Credentials> credentials(String name);

  /**
   * Voids a single-use password after its one successful sign-in: true if this call voided it,
   * false if another sign-in did so first.
   */
  boolean voidSingleUse(String name, String passwordHash);

  /**
   * Disables or enables an account; disabling ends its sessions. Returns false when it was already
   * so.
   *
   * @throws IllegalArgumentException for an unknown account
   */
  boolean setDisabled(String name, boolean disabled, Agent by);

  /**
   * Sets a new password hash (no longer single-use) and ends the account's sessions.
   *
   * @throws IllegalArgumentException for an unknown account
   */
  void setPasswordHash(String name, String passwordHash, Agent by);

  /**
   * Removes an account and its sessions; its audit records stay.
   *
   * @throws IllegalArgumentException for an unknown account
   */
  void remove(String name, Agent by);

  /**
   * Ends every session of an account; returns how many there were.
   *
   * @throws IllegalArgumentException for an unknown account
   */
  int revokeSessions(String name, Agent by);
}
