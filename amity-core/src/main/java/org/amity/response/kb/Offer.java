package org.amity.response.kb;

import java.util.Optional;
import java.util.Set;

/**
 * A measure an instrument can carry out. {@code since}, {@code readiness}, {@code threatTypes} and
 * {@code consent} are set only when they differ from the instrument's (the DOC hotline dates from
 * 2016; the ARF meets yearly but has never held an emergency session; the ASEAN Chair's good
 * offices under the Charter are for disputes between members; a court seized by a special agreement
 * of the parties acts with the consent of both, one seized under a treaty's compulsory procedure
 * does not).
 */
public record Offer(
    String measure,
    Integer since,
    Readiness readiness,
    Set<ThreatType> threatTypes,
    ConsentKind consent) {
  public Offer {
    threatTypes = threatTypes == null ? Set.of() : Set.copyOf(threatTypes);
  }

  /** An offer with the instrument's consent. */
  public Offer(String measure, Integer since, Readiness readiness, Set<ThreatType> threatTypes) {
    this(measure, since, readiness, threatTypes, null);
  }

  public Optional<ConsentKind> findConsent() {
    return Optional.ofNullable(consent);
  }

  public Optional<Integer> findSince() {
    return Optional.ofNullable(since);
  }

  public Optional<Readiness> findReadiness() {
    return Optional.ofNullable(readiness);
  }
}
