package org.amity.response.kb;

/** How a measure works; ARF principle 1 asks for diplomatic means. */
public enum Mode implements Term {
  DIPLOMATIC,
  FUNCTIONAL,
  LEGAL,
  COERCIVE
}
