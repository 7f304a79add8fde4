package org.amity.response.kb;

import java.util.Optional;
import java.util.Set;

/**
 * A measure an instrument can carry out. {@code since}, {@code readiness} and {@code threatTypes}
 * are set only when they differ from the instrument's (the DOC hotline dates from 2016; the ARF
 * meets yearly but has never held an emergency session; the ASEAN Chair's good offices under the
 * Charter are for disputes between members).
 */
public record Offer(
    String measure, Integer since, Readiness readiness, Set<ThreatType> threatTypes) {
  public Offer {
    threatTypes = threatTypes == null ? Set.of() : Set.copyOf(threatTypes);
  }

  public Optional<Integer> findSince() {
    return Optional.ofNullable(since);
  }

  public Optional<Readiness> findReadiness() {
    return Optional.ofNullable(readiness);
  }
}
