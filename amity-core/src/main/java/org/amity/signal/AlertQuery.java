package org.amity.signal;

/**
 * Which stored alerts to read. Withdrawn alerts are never read.
 *
 * @param status "open", "closed" or "all" (open and closed)
 * @param minLevel lowest level to include, or null for every level
 * @param subject only alerts on this subject ("THA", "CHN-VNM"), or null for all
 * @param situationId only the alerts of this situation, or null for all
 * @param limit at most this many; 0 for no limit
 * @param offset skip this many first
 * @param withEvidence whether to read each alert's evidence (false leaves {@code evidence} empty,
 *     for readers that need only the alerts themselves)
 */
public record AlertQuery(
    String status,
    Level minLevel,
    String subject,
    Long situationId,
    int limit,
    int offset,
    boolean withEvidence) {

  public AlertQuery {
    if (!status.equals("open") && !status.equals("closed") && !status.equals("all")) {
      throw new IllegalArgumentException("status must be open, closed or all, not " + status);
    }
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must not be negative");
    }
  }

  /** Every alert of a status, no paging. */
  public static AlertQuery status(String status) {
    return new AlertQuery(status, null, null, null, 0, 0, true);
  }

  /** The same alerts without their evidence. */
  public AlertQuery withoutEvidence() {
    return new AlertQuery(status, minLevel, subject, situationId, limit, offset, false);
  }

  /** The alerts of one situation, open or closed. */
  public static AlertQuery ofSituation(long situationId) {
    return new AlertQuery("all", null, null, situationId, 0, 0, true);
  }
}
