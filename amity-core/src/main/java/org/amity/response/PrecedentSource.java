package org.amity.response;

import java.util.List;

/**
 * Finds documented uses of an instrument that resemble a situation. The recommender asks it for
 * every ranked option; it never changes a score or a rank (precedents are evidence for the reader,
 * not an input to the ranking, so the case replay stays a fair test).
 */
@FunctionalInterface
public interface PrecedentSource {
  /** No cases: every option has no precedent. */
  PrecedentSource NONE = (instrumentId, situation) -> List.of();

  /** The cases in which {@code instrumentId} was used, nearest to the situation first. */
  List<Precedent> nearest(String instrumentId, SituationProfile situation);

  /**
   * The same, citing only cases whose response began in {@code year} or before: a situation advised
   * as of a past year ({@link org.amity.response.kb.KnowledgeBase#asOf}) cites only what could have
   * been known then. This default drops later cases from {@link #nearest(String,
   * SituationProfile)}; a source that limits how many it cites should drop them before the limit.
   */
  default List<Precedent> nearest(String instrumentId, SituationProfile situation, int year) {
    return nearest(instrumentId, situation).stream().filter(p -> p.year() <= year).toList();
  }

  /**
   * How many documented uses of {@code instrumentId} began in {@code year} or before, cited or not:
   * with no precedent cited, more than zero means the instrument was used but in no situation close
   * to this one. This default knows of none.
   */
  default int uses(String instrumentId, int year) {
    return 0;
  }
}
