package org.amity.response.kb;

/** The three kinds of security challenge (domain primer section 2). */
public enum ThreatType implements Term {
  INTER_STATE,
  INTRA_STATE,
  TRANS_STATE
}
