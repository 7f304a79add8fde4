package org.amity.response.kb;

/** Entrenched norms constrain what is acceptable; emerging norms widen it. */
public enum NormKind implements Term {
  ENTRENCHED,
  EMERGING
}
