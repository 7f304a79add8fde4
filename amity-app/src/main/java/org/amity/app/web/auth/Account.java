package org.amity.app.web.auth;

import java.time.LocalDateTime;

/** A stored account (without its password hash). */
public record Account(
    String name, Role role, LocalDateTime createdAt, String createdBy, boolean singleUse) {}
