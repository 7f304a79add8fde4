package org.amity.signal;

import java.time.LocalDate;
import java.util.List;

/**
 * Which stored alerts to read. Withdrawn alerts are never read. The CLI's {@code alerts} and the
 * API's {@code /api/v1/alerts} both build one from their options, so they answer alike.
 *
 * @param status "open", "protracted", "closed" or "all" (every one of these)
 * @param minLevel lowest level to include, or null for every level
 * @param scope only alerts of this scope, or null for all
 * @param subject only alerts on this subject ("THA", "CHN-VNM"), or null for all
 * @param from only alerts whose span (opened to closed, or to now) reaches this day, or null
 * @param to only alerts opened on or before this day, or null
 * @param situationId only the alerts of this situation, or null for all
 * @param limit at most this many; 0 for no limit
 * @param offset skip this many first
 * @param withEvidence whether to read each alert's evidence (false leaves {@code evidence} empty,
 *     for readers that need only the alerts themselves)
 * @param currentSpan whether {@code from} reads an alert's span as a current warning, which ends
 *     the day before it became protracted or closed (as the weekly trend counts warnings), rather
 *     than the day before it closed
 */
public record AlertQuery(
    String status,
    Level minLevel,
    Scope scope,
    String subject,
    LocalDate from,
    LocalDate to,
    Long situationId,
    int limit,
    int offset,
    boolean withEvidence,
    boolean currentSpan) {

  /** The statuses an alert list can ask for. */
  public static final List<String> STATUSES = List.of("open", "protracted", "closed", "all");

  public AlertQuery {
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException(
          "status must be open, protracted, closed or all, not " + status);
    }
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must not be negative");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("the date range ends (" + to + ") before it starts");
    }
  }

  /** Every alert of a status, no paging. */
  public static AlertQuery status(String status) {
    return new AlertQuery(status, null, null, null, null, null, null, 0, 0, true, false);
  }

  /** The same alerts without their evidence. */
  public AlertQuery withoutEvidence() {
    return copy(false, limit, offset, currentSpan);
  }

  /**
   * The same alerts, with {@code from} reading their span as a current warning: to the day before
   * they became protracted or closed, as the weekly trend counts them.
   */
  public AlertQuery asCurrent() {
    return copy(withEvidence, limit, offset, true);
  }

  /** The same alerts, from the page starting at {@code offset} with at most {@code limit}. */
  public AlertQuery page(int limit, int offset) {
    return copy(withEvidence, limit, offset, currentSpan);
  }

  private AlertQuery copy(boolean evidence, int limit, int offset, boolean current) {
    return new AlertQuery(
        status, minLevel, scope, subject, from, to, situationId, limit, offset, evidence, current);
  }

  /** The same filter without paging (to count what matches). */
  public AlertQuery unpaged() {
    return page(0, 0);
  }

  /** The alerts of one situation, open or closed. */
  public static AlertQuery ofSituation(long situationId) {
    return new AlertQuery("all", null, null, null, null, null, situationId, 0, 0, true, false);
  }
}
