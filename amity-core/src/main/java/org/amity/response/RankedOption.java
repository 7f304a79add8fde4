package org.amity.response;

import java.util.List;
import org.amity.response.kb.Readiness;

/**
 * One recommended option: an instrument carrying out a measure.
 *
 * @param score the product of {@link #factors()}, rounded
 * @param consentRequired ISO3 codes of the states whose consent is needed
 * @param consentReason why those states must agree
 * @param readiness whether the instrument can act now, with evidence and date
 * @param flags caveats the user must see (partial membership, dormant instrument...)
 * @param principles the eight ARF principle checks, in order
 * @param precedents documented cases in which the instrument was used in a situation close to this
 *     one, nearest first (may be empty)
 * @param documentedUses how many documented cases used the instrument (as of the knowledge base's
 *     year), cited or not: with no precedent, more than zero means no close precedent, zero no
 *     documented use
 */
public record RankedOption(
    int rank,
    Ref instrument,
    Ref measure,
    double score,
    ScoreFactors factors,
    List<String> consentRequired,
    String consentReason,
    Readiness readiness,
    List<String> flags,
    List<PrincipleCheck> principles,
    List<Precedent> precedents,
    int documentedUses) {

  public RankedOption {
    consentRequired = List.copyOf(consentRequired);
    flags = List.copyOf(flags);
    principles = List.copyOf(principles);
    precedents = List.copyOf(precedents);
  }
}
