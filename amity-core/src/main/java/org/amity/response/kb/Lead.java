package org.amity.response.kb;

/**
 * Who leads an instrument. ASEAN centrality is the region's answer to great-power rivalry, so the
 * lead matters for acceptability (sovereignty) and for the great-power modifier.
 */
public enum Lead implements Term {
  /** ASEAN, its chair or its bodies lead. */
  ASEAN(0.0),
  /**
   * Southeast Asian states act together outside ASEAN's bodies, or one member helps another at its
   * request: barely external.
   */
  REGIONAL(0.15),
  /** Led or decided from outside the region. */
  EXTERNAL(1.0);

  private final double externality;

  Lead(double externality) {
    this.externality = externality;
  }

  /** 0 for ASEAN-led, 1 for external: the value the sovereignty norm is strained by. */
  public double externality() {
    return externality;
  }
}
