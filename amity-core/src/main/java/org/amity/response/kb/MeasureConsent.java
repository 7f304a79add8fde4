package org.amity.response.kb;

/** Whose consent a measure itself needs, on top of what its instrument needs. */
public enum MeasureConsent implements Term {
  ALL_PARTIES,
  HOST_STATE,
  MEMBER_CONSENSUS,
  NONE
}
