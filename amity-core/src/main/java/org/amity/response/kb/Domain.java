package org.amity.response.kb;

/** Where a situation plays out: at sea or on land. */
public enum Domain implements Term {
  MARITIME,
  LAND
}
