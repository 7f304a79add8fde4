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
}
