package org.amity.response.timeline;

import java.util.Locale;

/** The kinds of timeline entry, in the order a response usually runs. */
public enum EntryKind {
  /** The watch raised an alert at warning level or above (written by the watch only). */
  WARNING,
  /** An alert of the situation changed level or ended (written by the watch only). */
  LEVEL,
  /** Someone saw the warning and is looking at it. */
  ACKNOWLEDGED,
  /** A meeting about the situation: who met, the format, track I or II, the body. */
  CONSULTATION,
  /** An instrument and measure proposed, both from the knowledge base. */
  PROPOSAL,
  /** A body adopted, declined or deferred a proposal. */
  DECISION,
  /** A measure carried out, by whom, from and to which dates. */
  ACTION,
  /** What followed: de-escalated, unchanged or escalated. */
  OUTCOME,
  /** The situation is closed for the record. */
  CLOSED;

  /** The lower-case name used in files, the API and the command line. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether only the watch writes this kind. */
  public boolean byWatch() {
    return this == WARNING || this == LEVEL;
  }

  /** Whether this kind counts as the region answering a warning (a consultation or an action). */
  public boolean answers() {
    return this == CONSULTATION || this == ACTION;
  }

  /** Parses a key in any case; names the kinds allowed when it is none. */
  public static EntryKind parse(String s) {
    for (EntryKind k : values()) {
      if (k.key().equalsIgnoreCase(s == null ? "" : s.strip())) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "kind must be one of acknowledged, consultation, proposal, decision, action, outcome,"
            + " closed (warning and level are written by the watch), not '"
            + s
            + "'");
  }
}
