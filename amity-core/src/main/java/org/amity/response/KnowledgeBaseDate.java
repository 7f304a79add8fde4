package org.amity.response;

/**
 * Which knowledge base a recommendation's options were drawn from: the one recorded today, or the
 * one as it stood in a past year ({@link org.amity.response.kb.KnowledgeBase#asOf}), and why. Every
 * recommendation says it, so that a reader of the options for a past situation knows whether they
 * are what the region had then or what it has now.
 *
 * @param year the year the knowledge base stands as of, null for today's
 * @param reason why that one was chosen, empty when no reason was given (a situation typed by hand)
 */
public record KnowledgeBaseDate(Integer year, String reason) {
  public KnowledgeBaseDate {
    reason = reason == null ? "" : reason;
  }

  /** Today's knowledge base, no reason given. */
  public static KnowledgeBaseDate today() {
    return new KnowledgeBaseDate(null, "");
  }

  /** "1993" or "today", for JSON. */
  public String asOf() {
    return year == null ? "today" : Integer.toString(year);
  }

  /**
   * In words: "the knowledge base as of 1993 (instruments and offers that existed then, members
   * that had joined by then, precedents from then or before; readiness as recorded today): REASON"
   * or "today's knowledge base (instruments, offers and members as recorded now)".
   */
  public String words() {
    String what =
        year == null
            ? "today's knowledge base (instruments, offers and members as recorded now)"
            : "the knowledge base as of "
                + year
                + " (instruments and offers that existed then, members that had joined by then,"
                + " precedents from then or before; readiness as recorded today)";
    return reason.isEmpty() ? what : what + ": " + reason;
  }

  /** The same date with a reason. */
  public KnowledgeBaseDate because(String why) {
    return new KnowledgeBaseDate(year, why);
  }
}
