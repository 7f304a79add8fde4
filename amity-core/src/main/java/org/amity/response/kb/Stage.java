package org.amity.response.kb;

/** Where a situation stands in the life of a crisis. */
public enum Stage implements Term {
  LATENT,
  EMERGING,
  CRISIS,
  POST_CRISIS
}
