package org.amity.response;

import org.amity.response.kb.Term;

/** Which view of preventive diplomacy the recommender takes (domain primer section 1). */
public enum Lens implements Term {
  /** Proximate operational diplomacy only: good offices, envoys, fact-finding, hotlines. */
  NARROW,
  /** Also structural measures and functional cooperation (ASEAN's practice). */
  BROAD
}
