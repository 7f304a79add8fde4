package org.amity.access;

import java.time.LocalDateTime;

/**
 * A stored account, without its password hash.
 *
 * @param singleUse the password works for one sign-in and is then voided (the demo's login)
 * @param disabled a disabled account cannot sign in and has no sessions; it can be enabled again
 */
public record Account(
    String name,
    Role role,
    LocalDateTime createdAt,
    String createdBy,
    boolean singleUse,
    boolean disabled) {}
