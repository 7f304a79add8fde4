package org.amity.response.kb;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A regional (or outside) instrument that can act on a situation: a treaty, body, office,
 * arrangement or practice.
 *
 * @param members ISO3 codes of the member states, groups expanded; empty when open to all
 * @param joined the year a member joined, for members that came later than the others (ASEAN's
 *     bodies: Viet Nam 1995, Cambodia 1999...; the TAC: China 2003...); replays ({@link
 *     KnowledgeBase#asOf}) count such a member only from then, any other from {@code since}. Empty
 *     when all are counted from the start
 * @param openToAll any state can use it (UN bodies, courts, private mediators)
 * @param otherMembers members that are not states (the EU) or a note that the list is partial
 * @param forces the forces it binds when it binds only some (CUES: navy); empty when not
 *     force-bound
 * @param geography sea, land or both
 * @param sectors the fields it works in
 * @param mandate the themes (norms.yaml) it was created for, by its founding document; empty for a
 *     general body (a summit, a foreign ministers' meeting) that takes up whatever comes
 * @param binding whether its outcomes bind the parties
 * @param waters for an instrument made for the disputes of one sea (the DOC: the South China Sea),
 *     that sea and the states whose disputes there it was made for; null when it is not tied to one
 *     sea's disputes
 */
public record Instrument(
    String id,
    String name,
    String kind,
    int since,
    Set<String> members,
    Map<String, Integer> joined,
    boolean openToAll,
    String otherMembers,
    Set<String> forces,
    Lead lead,
    Set<PdFunction> functions,
    Set<ThreatType> threatTypes,
    Set<Domain> geography,
    Set<Sector> sectors,
    Set<String> mandate,
    ConsentKind consent,
    boolean binding,
    Readiness readiness,
    List<Offer> offers,
    List<String> sources,
    Confidence confidence,
    String notes,
    Waters waters) {

  /**
   * The sea an instrument was made for and the states whose disputes there it addresses.
   *
   * @param area the sea, in words ("the South China Sea")
   * @param parties ISO3 codes of the states whose disputes in it the instrument was made for
   */
  public record Waters(String area, Set<String> parties) {
    public Waters {
      parties = Set.copyOf(parties);
    }
  }

  public Instrument {
    members = Set.copyOf(members);
    joined = Map.copyOf(joined);
    forces = Set.copyOf(forces);
    functions = Set.copyOf(functions);
    threatTypes = Set.copyOf(threatTypes);
    geography = Set.copyOf(geography);
    sectors = Set.copyOf(sectors);
    mandate = Set.copyOf(mandate);
    offers = List.copyOf(offers);
    sources = List.copyOf(sources);
  }

  /** Whether {@code iso3} is a member (always true for instruments open to all). */
  public boolean covers(String iso3) {
    return openToAll || members.contains(iso3);
  }

  /**
   * Whether {@code iso3} was a member in {@code year} (a member counts from the year it joined).
   */
  public boolean memberIn(String iso3, int year) {
    return members.contains(iso3) && joined.getOrDefault(iso3, since) <= year;
  }

  /** Whether it was made for one specific set of challenges rather than taking up any. */
  public boolean specialised() {
    return !mandate.isEmpty();
  }

  /** The readiness of one of its offers: the offer's own, else the instrument's. */
  public Readiness readinessOf(Offer offer) {
    return offer.findReadiness().orElse(readiness);
  }

  /** The consent an offer needs: the offer's own, else the instrument's. */
  public ConsentKind consentOf(Offer offer) {
    return offer.findConsent().orElse(consent);
  }

  /** The sea and disputants it was made for, when it was made for one sea's disputes. */
  public java.util.Optional<Waters> findWaters() {
    return java.util.Optional.ofNullable(waters);
  }

  /** The threat types an offer applies to: the offer's own, else the instrument's. */
  public Set<ThreatType> threatTypesOf(Offer offer) {
    return offer.threatTypes().isEmpty() ? threatTypes : offer.threatTypes();
  }

  /** The year an offer became available: the offer's own, else the instrument's. */
  public int sinceOf(Offer offer) {
    return offer.findSince().orElse(since);
  }
}
