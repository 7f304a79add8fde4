package org.amity.access;

/** An enabled account with its stored password hash, for checking a sign-in. */
public record Credentials(Account account, String passwordHash) {}
