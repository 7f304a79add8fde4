package org.amity.access;

import java.time.Instant;

/**
 * Sign-in attempts counted in the store, so a restart keeps them, per account at an address, per
 * address and per account (see {@link SignInLimits}).
 */
public interface SignInAttempts {
  /**
   * Atomically decides whether an attempt may have its password checked and, if so, counts it under
   * all three keys before the check. Parallel attempts therefore cannot all slip through between a
   * check and a count.
   */
  Admission admit(String account, String address, Instant now);

  /**
   * The password was right: the account's counts (at this address and overall) start afresh, the
   * address gets its counted attempt back, and the address is remembered as one the account signs
   * in from.
   */
  void succeeded(String account, String address, Instant now);

  /**
   * Forgets an account's counts at every address (an administrator's unlock), audited; returns
   * whether any were held.
   */
  boolean unlock(String account, Agent by);
}
