package org.amity.response;

import org.amity.response.kb.Term;

/**
 * How options are worded. ASEAN practice avoids the words "preventive diplomacy" and cooperates
 * functionally instead, so {@code FUNCTIONAL} phrases the same options without them.
 */
public enum Label implements Term {
  PD,
  FUNCTIONAL
}
