package org.amity.response.kb;

/** Whose agreement an instrument needs before it acts. */
public enum ConsentKind implements Term {
  /** Every state party to the dispute. */
  ALL_DISPUTANTS,
  /** Acts at the request of the state concerned (disaster relief, patrols in its waters). */
  AFFECTED_STATE,
  /** All members of the instrument agree (ASEAN statements, meetings). */
  MEMBER_CONSENSUS,
  /** Consent was given by joining (information sharing among parties). */
  NONE,
  /** Consent given in advance by treaty, not for this dispute (UNCLOS Part XV). */
  COMPULSORY,
  /** Decided by a vote of others (the UN Security Council). */
  COUNCIL_VOTE
}
