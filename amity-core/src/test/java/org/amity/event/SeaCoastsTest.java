package org.amity.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A place on land is on a piracy sea's coast by its division, or anywhere in Singapore. */
class SeaCoastsTest {
  private static Location at(String country, String adm1, GeoPrecision precision) {
    return new Location(country, adm1, Double.NaN, Double.NaN, precision, null);
  }

  @Test
  void aPlaceIsOnTheCoastOfTheSeaItsDivisionFacesKnownToTheDivisionOrBetter() {
    assertThat(SeaCoasts.of(at("MYS", "MY16", GeoPrecision.PLACE))).contains(SeaArea.SULU_CELEBES);
    assertThat(SeaCoasts.of(at("PHL", "RP60", GeoPrecision.ADM1))).contains(SeaArea.SULU_CELEBES);
    assertThat(SeaCoasts.of(at("IDN", "ID40", GeoPrecision.ADM1)))
        .contains(SeaArea.MALACCA_SINGAPORE);
    // a division field with only the country's precision says nothing about the coast
    assertThat(SeaCoasts.of(at("MYS", "MY16", GeoPrecision.COUNTRY))).isEmpty();
    // inland, and another sea's coast
    assertThat(SeaCoasts.of(at("MYS", "MY14", GeoPrecision.PLACE))).isEmpty();
    assertThat(SeaCoasts.of(at("PHL", "RP47", GeoPrecision.PLACE))).isEmpty();
  }

  @Test
  void anywhereInSingaporeIsOnItsStraitButAPlaceAtSeaIsNotOnACoast() {
    assertThat(SeaCoasts.of(at("SGP", null, GeoPrecision.COUNTRY)))
        .contains(SeaArea.MALACCA_SINGAPORE);
    assertThat(
            SeaCoasts.of(
                new Location(
                    "SGP", "SN00", 1.2, 103.8, GeoPrecision.PLACE, null, "MALACCA_SINGAPORE")))
        .isEmpty();
    assertThat(SeaCoasts.of(null)).isEmpty();
  }

  @Test
  void noDivisionIsOnTwoCoastsAndOnlyThePiracySeasHaveOne() {
    Set<String> seen = new HashSet<>();
    for (SeaArea a : SeaCoasts.areas()) {
      for (String d : SeaCoasts.divisions(a)) {
        assertThat(seen.add(d)).as(d).isTrue();
      }
    }
    assertThat(SeaCoasts.areas())
        .containsExactlyInAnyOrder(SeaArea.MALACCA_SINGAPORE, SeaArea.SULU_CELEBES);
    assertThat(SeaCoasts.divisions(SeaArea.SOUTH_CHINA_SEA)).isEmpty();
  }
}
