package org.amity.access;

import java.time.Instant;

/**
 * A signed-in session as stored: the SHA-256 of its cookie token (never the token), its owner and
 * role, the CSRF token the client must echo, and its absolute end.
 */
public record StoredSession(
    String tokenSha256, String user, Role role, String csrfToken, Instant expiresAt) {}
