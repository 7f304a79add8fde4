package org.amity.response.kb;

/** How sure the knowledge base is of an entry's facts. */
public enum Confidence implements Term {
  HIGH,
  MEDIUM,
  LOW
}
