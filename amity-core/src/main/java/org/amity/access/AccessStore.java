package org.amity.access;

/** The stores behind accounts and sign-in, opened together on one database. */
public interface AccessStore extends AutoCloseable {
  AccountStore accounts();

  SessionStore sessions();

  AuditTrail audit();

  SignInAttempts signIns();

  /** Releases what this access holds (not the database itself). */
  @Override
  void close();
}
