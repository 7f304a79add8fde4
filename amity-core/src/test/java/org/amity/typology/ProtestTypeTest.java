package org.amity.typology;

import static org.amity.testing.CodedEvents.actor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.amity.event.Actor;
import org.amity.event.Event;
import org.amity.event.QuadClass;
import org.amity.testing.CodedEvents;
import org.junit.jupiter.api.Test;

/** Whom a protest is aimed at decides whether it is an internal matter (audit2 D13). */
class ProtestTypeTest {
  private static final ThreatTypeClassifier CLASSIFIER = new ThreatTypeClassifier();

  private static Event protest(Actor protesters, Actor target) {
    return CodedEvents.between(
        "icews-daily",
        LocalDate.of(2014, 5, 14),
        protesters,
        target,
        "145",
        QuadClass.MATERIAL_CONFLICT,
        -7.5);
  }

  @Test
  void aRiotAgainstAnotherCountrysStateIsNotAnInternalMatter() {
    // Viet Nam, May 2014: protesters riot against China over the oil rig
    Event e = protest(actor("VNM", "OPP", "Protester (Vietnam)"), actor("CHN", "GOV", "China"));
    assertThat(CLASSIFIER.classify(e)).doesNotContain(ThreatType.INTRA_STATE);
  }

  @Test
  void aProtestAgainstTheCountrysOwnGovernmentStaysIntraState() {
    Event e =
        protest(
            actor("THA", "OPP", "Protester (Thailand)"),
            actor("THA", "GOV", "Government (Thailand)"));
    assertThat(CLASSIFIER.classify(e)).contains(ThreatType.INTRA_STATE);
  }

  @Test
  void aProtestAgainstForeignBusinessesInsideTheCountryStaysIntraState() {
    // rioters burning foreign-owned factories: violence inside the country, no state on the other
    // side
    Event e =
        protest(
            actor("VNM", "OPP", "Protester (Vietnam)"), actor("CHN", "BUS", "Business (China)"));
    assertThat(CLASSIFIER.classify(e)).contains(ThreatType.INTRA_STATE);
  }
}
