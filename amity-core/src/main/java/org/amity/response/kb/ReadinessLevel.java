package org.amity.response.kb;

/**
 * Whether an instrument can act now. The factor is the readiness part of an option's score: an
 * instrument that has never been used would first have to be stood up, so its expected effect is
 * much lower than that of one in regular use.
 */
public enum ReadinessLevel implements Term {
  ACTIVE(1.0),
  LIMITED(0.7),
  DORMANT(0.35),
  NEVER_USED(0.2);

  private final double factor;

  ReadinessLevel(double factor) {
    this.factor = factor;
  }

  public double factor() {
    return factor;
  }

  /** Active or limited: can act without first being revived. */
  public boolean usable() {
    return this == ACTIVE || this == LIMITED;
  }
}
