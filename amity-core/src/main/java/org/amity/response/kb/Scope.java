package org.amity.response.kb;

/** Whether a measure acts on a situation or makes crises rarer. */
public enum Scope implements Term {
  OPERATIONAL,
  STRUCTURAL
}
