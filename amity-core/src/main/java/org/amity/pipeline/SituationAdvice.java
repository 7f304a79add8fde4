package org.amity.pipeline;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import org.amity.response.Label;
import org.amity.response.Lens;
import org.amity.response.MeasureRecommender;
import org.amity.response.PrecedentSource;
import org.amity.response.Recommendation;
import org.amity.response.kb.KnowledgeBase;
import org.amity.signal.SignalReader;
import org.amity.signal.Situation;

/**
 * The one path from a stored situation to its recommendation, taken by {@code amity recommend
 * --situation}, the API, the situation report and the demo: the situation's profile ({@link
 * SituationProfiles}) and the knowledge base it is advised with.
 *
 * <p>A past situation is advised with the knowledge base as it stood in the year it opened ({@link
 * KnowledgeBase#asOf}): a closed situation opened before the current year. Its options are then
 * those the region had when the warning came (a 1993 South China Sea situation is not offered
 * bodies founded decades later, and Viet Nam, an ASEAN member from 1995, is not counted a member of
 * ASEAN's bodies). A situation still open or protracted is advised with today's knowledge base,
 * whatever its age, since what can be done about it now is what exists now; so is one opened this
 * year. Every recommendation says which knowledge base it used and why ({@link
 * Recommendation#knowledgeBase}).
 */
public final class SituationAdvice {
  private SituationAdvice() {}

  /** The recommendation for a stored situation, with the current year read from the clock. */
  public static Recommendation recommend(
      Situation s,
      SignalReader signals,
      KnowledgeBase today,
      PrecedentSource precedents,
      Lens lens,
      Label label) {
    return recommend(
        s, signals, today, precedents, lens, label, Year.now(ZoneOffset.UTC).getValue());
  }

  /**
   * The same, in a given current year.
   *
   * @param signals where the situation's alerts and evidence are read (null: from the situation's
   *     stored facts alone)
   */
  public static Recommendation recommend(
      Situation s,
      SignalReader signals,
      KnowledgeBase today,
      PrecedentSource precedents,
      Lens lens,
      Label label,
      int currentYear) {
    OptionalInt year = knowledgeBaseYear(s, currentYear);
    KnowledgeBase kb = year.isPresent() ? today.asOf(year.getAsInt()) : today;
    return new MeasureRecommender(kb, precedents)
        .recommend(SituationProfiles.of(s, kb), lens, label)
        .knowledgeBaseBecause(reason(s, year, currentYear));
  }

  /**
   * The year whose knowledge base advises the situation: the year it opened for a closed situation
   * opened before {@code currentYear}; empty (today's) otherwise.
   */
  public static OptionalInt knowledgeBaseYear(Situation s, int currentYear) {
    boolean closed = "closed".equals(s.status()) || s.closed() != null;
    if (closed && s.opened() != null && s.opened().getYear() < currentYear) {
      return OptionalInt.of(s.opened().getYear());
    }
    return OptionalInt.empty();
  }

  private static String reason(Situation s, OptionalInt year, int currentYear) {
    if (year.isPresent()) {
      return "the situation closed"
          + (s.closed() == null ? "" : " on " + s.closed())
          + ", so its options are those the region had in "
          + year.getAsInt()
          + ", the year it opened ("
          + s.opened()
          + ")";
    }
    if (s.opened() != null && s.opened().getYear() >= currentYear) {
      return "the situation opened this year (" + s.opened() + ")";
    }
    return "the situation is " + s.status() + ": what can act on it now is what exists now";
  }
}
