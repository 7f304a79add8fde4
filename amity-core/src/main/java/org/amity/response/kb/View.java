package org.amity.response.kb;

/** Which view of preventive diplomacy counts a measure in (domain primer section 1). */
public enum View implements Term {
  /** Proximate, operational diplomacy by officials when a crisis is near. */
  NARROW,
  /** Also structural work and functional cooperation. */
  BROAD
}
