package org.amity.response.kb;

/** The machine check behind each ARF principle; the recommender implements one per value. */
public enum PrincipleRule implements Term {
  MODE_IS_DIPLOMATIC,
  NOT_COERCIVE,
  STAGE_SUITS_MEASURE,
  PARTIES_TRUST_THIRD_PARTY,
  DECIDED_BY_CONSENSUS,
  CONSENT_OF_PARTIES,
  BETWEEN_STATES,
  LAWFUL
}
