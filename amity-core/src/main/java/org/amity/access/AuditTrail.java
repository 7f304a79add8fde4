package org.amity.access;

import java.util.List;
import java.util.Map;

/**
 * The audit trail: one record per write and per sign-in attempt, good, failed or refused. Changes
 * of accounts write their own records (see {@link AccountStore}); this records events that change
 * nothing else.
 */
public interface AuditTrail {
  /**
   * Appends a record in a transaction of its own.
   *
   * @param detail a small map of plain values (strings, numbers, booleans); may be empty
   */
  void record(Agent by, String action, String target, Map<String, ?> detail);

  /** The newest records first. */
  List<AuditEntry> newest(int limit, int offset);
}
