package org.amity.access;

import java.time.LocalDateTime;

/**
 * One audit record: who did what, on what, when and from where.
 *
 * @param detail a JSON object with what changed (may be {@code {}})
 */
public record AuditEntry(
    long id,
    LocalDateTime at,
    String actor,
    String action,
    String target,
    String ip,
    String detail) {}
