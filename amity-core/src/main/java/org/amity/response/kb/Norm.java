package org.amity.response.kb;

import java.util.List;

/**
 * A regional norm. An entrenched norm is strained by one attribute of an option ({@code
 * strainedBy}, with a weight for inter- and trans-state situations and a heavier one for
 * intra-state ones). An emerging norm eases the strain of the entrenched norms it names by {@code
 * share} when its condition holds.
 */
public record Norm(
    String id,
    String name,
    NormKind kind,
    NormAttribute strainedBy,
    double weight,
    double intraStateWeight,
    List<String> eases,
    double share,
    EaseCondition when,
    List<String> sources) {

  public Norm {
    eases = List.copyOf(eases);
    sources = List.copyOf(sources);
  }
}
