package org.amity.typology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.amity.event.Actor;
import org.amity.event.CameoCode;
import org.amity.event.Event;
import org.amity.event.Location;
import org.amity.event.QuadClass;
import org.junit.jupiter.api.Test;

/** Whom a protest is aimed at decides whether it is an internal matter (audit2 D13). */
class ProtestTypeTest {
  private static final ThreatTypeClassifier CLASSIFIER = new ThreatTypeClassifier();

  private static Event protest(Actor protesters, Actor target) {
    return new Event(
        "icews-daily",
        "2014-05-14:test#1",
        LocalDate.of(2014, 5, 14),
        null,
        protesters,
        target,
        CameoCode.of("145"),
        true,
        QuadClass.MATERIAL_CONFLICT,
        -7.5,
        1,
        1,
        1,
        Double.NaN,
        Location.UNKNOWN,
        null,
        null,
        null);
  }

  private static Actor actor(String country, String type, String name) {
    return new Actor(country + type, name, country, null, null, null, List.of(type));
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
