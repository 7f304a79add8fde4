package org.amity.response.kb;

import java.util.List;

/** One of the eight ARF principles of preventive diplomacy, with the check that applies it. */
public record Principle(
    String id,
    int number,
    String name,
    String statement,
    PrincipleRule rule,
    List<String> sources) {

  public Principle {
    sources = List.copyOf(sources);
  }
}
