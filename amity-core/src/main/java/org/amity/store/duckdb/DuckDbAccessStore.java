package org.amity.store.duckdb;

import org.amity.access.AccessStore;
import org.amity.access.AccountStore;
import org.amity.access.AuditTrail;
import org.amity.access.SessionStore;
import org.amity.access.SignInAttempts;
import org.amity.access.SignInLimits;

/**
 * Accounts, sessions, audit and sign-in attempts in the DuckDB store, on one connection of their
 * own.
 */
public final class DuckDbAccessStore implements AccessStore {
  private final AccessConnection db;
  private final DuckDbAccounts accounts;
  private final DuckDbSessions sessions;
  private final DuckDbAuditTrail audit;
  private final DuckDbSignInAttempts signIns;

  private DuckDbAccessStore(DuckDbEventStore store, SignInLimits limits) {
    this.db = new AccessConnection(store);
    this.accounts = new DuckDbAccounts(db);
    this.sessions = new DuckDbSessions(db);
    this.audit = new DuckDbAuditTrail(db);
    this.signIns = new DuckDbSignInAttempts(db, limits);
  }

  /** The access tables of an open store, with the standard sign-in limits. */
  public static DuckDbAccessStore on(DuckDbEventStore store) {
    return new DuckDbAccessStore(store, SignInLimits.standard());
  }

  /** The same with other limits (tests). */
  public static DuckDbAccessStore on(DuckDbEventStore store, SignInLimits limits) {
    return new DuckDbAccessStore(store, limits);
  }

  @Override
  public AccountStore accounts() {
    return accounts;
  }

  @Override
  public SessionStore sessions() {
    return sessions;
  }

  @Override
  public AuditTrail audit() {
    return audit;
  }

  @Override
  public SignInAttempts signIns() {
    return signIns;
  }

  @Override
  public void close() {
    db.close();
  }
}
