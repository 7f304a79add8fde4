package org.amity.response;

import java.util.List;

/**
 * An option the recommender will not offer, and why: it breaks an ARF principle (listed), its
 * instrument's membership does not cover the parties, or it works only at sea or only on land.
 */
public record ExcludedOption(
    Ref instrument, Ref measure, String reason, List<String> principlesBroken) {
  public ExcludedOption {
    principlesBroken = List.copyOf(principlesBroken);
  }
}
