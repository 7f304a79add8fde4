package org.amity.app.web.auth;

import java.time.Instant;

/**
 * A signed-in session.
 *
 * @param csrfToken the synchronizer token the client must send in {@code X-CSRF-Token} on every
 *     state-changing request
 * @param expiresAt absolute end, whatever the activity
 */
public record Session(String user, Role role, String csrfToken, Instant expiresAt) {}
