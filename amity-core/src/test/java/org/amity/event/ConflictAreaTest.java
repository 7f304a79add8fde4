package org.amity.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConflictAreaTest {
  private static Location at(String adm1, GeoPrecision precision) {
    return new Location("PHL", adm1, 7.2, 124.2, precision, "x");
  }

  @Test
  void aPlaceInOneOfAnAreasDivisionsIsInThatArea() {
    assertThat(ConflictArea.of(at("RP56", GeoPrecision.PLACE))).contains(ConflictArea.MINDANAO);
    assertThat(ConflictArea.of(at("RP60", GeoPrecision.ADM1))).contains(ConflictArea.MINDANAO);
    assertThat(ConflictArea.of(at("TH69", GeoPrecision.PLACE))).contains(ConflictArea.DEEP_SOUTH);
    assertThat(ConflictArea.of(at("BM01", GeoPrecision.PLACE))).contains(ConflictArea.RAKHINE);
    assertThat(ConflictArea.of(at("BM11", GeoPrecision.ADM1))).contains(ConflictArea.KACHIN_SHAN);
    assertThat(ConflictArea.of(at("ID39", GeoPrecision.PLACE))).contains(ConflictArea.PAPUA);
    assertThat(ConflictArea.of(at("ID36", GeoPrecision.PLACE)))
        .as("Papua's later FIPS code counts as its earlier one does")
        .contains(ConflictArea.PAPUA);
  }

  @Test
  void aDivisionNamedInWordsIsInTheAreaOnlyInTheAreasCountry() {
    assertThat(ConflictArea.of(named("PHL", "Maguindanao province")))
        .contains(ConflictArea.MINDANAO);
    assertThat(ConflictArea.of(named("PHL", "Tawi-Tawi"))).contains(ConflictArea.MINDANAO);
    assertThat(ConflictArea.of(named("THA", "Narathiwat"))).contains(ConflictArea.DEEP_SOUTH);
    assertThat(ConflictArea.of(named("MMR", "Kachin State"))).contains(ConflictArea.KACHIN_SHAN);
    assertThat(ConflictArea.of(named("IDN", "Papua Province"))).contains(ConflictArea.PAPUA);
    assertThat(ConflictArea.of(named("IDN", "West Papua"))).contains(ConflictArea.PAPUA);
    assertThat(ConflictArea.of(named("IDN", "Irian Jaya Province")))
        .as("UCDP GED's older name for Papua")
        .contains(ConflictArea.PAPUA);
    assertThat(ConflictArea.of(named("LKA", "Yala"))).as("a Yala outside Thailand").isEmpty();
    assertThat(ConflictArea.of(named("PHL", "Davao del Sur province"))).isEmpty();
    assertThat(ConflictArea.of(named("PHL", "South Cotabato province"))).isEmpty();
    assertThat(
            ConflictArea.of(
                new Location("PHL", "Sulu province", 6.0, 121.0, GeoPrecision.COUNTRY, "x")))
        .as("placed only at the country")
        .isEmpty();
  }

  @Test
  void laterSplitsAndEarlierNamesOfAnAreasLandAreInTheArea() {
    assertThat(ConflictArea.of(named("PHL", "Zamboanga Sibugay province")))
        .as("split from Zamboanga del Sur in 2001; UCDP GED names it")
        .contains(ConflictArea.MINDANAO);
    assertThat(ConflictArea.of(named("PHL", "Shariff Kabunsuan"))).contains(ConflictArea.MINDANAO);
    assertThat(ConflictArea.of(named("MMR", "Arakan State"))).contains(ConflictArea.RAKHINE);
    assertThat(ConflictArea.of(named("IDN", "West Irian Jaya"))).contains(ConflictArea.PAPUA);
    assertThat(ConflictArea.of(named("PHL", "Zamboanga City"))).isEmpty();
    assertThat(ConflictArea.of(named("THA", "Arakan State"))).as("only in Myanmar").isEmpty();
  }

  @Test
  void aNameWithEveryWordCapitalisedIsTheSameDivision() {
    assertThat(ConflictArea.of(named("PHL", "Lanao Del Sur province")))
        .contains(ConflictArea.MINDANAO);
    assertThat(ConflictArea.of(named("PHL", "Zamboanga Del Norte Province")))
        .contains(ConflictArea.MINDANAO);
    assertThat(ConflictArea.of(named("IDN", "Papua Barat Daya"))).contains(ConflictArea.PAPUA);
    assertThat(ConflictArea.everyWordCapitalised("Tawi-tawi")).isEqualTo("Tawi-Tawi");
    assertThat(ConflictArea.of(named("PHL", "lanao del sur")))
        .as("other spellings are not guessed")
        .isEmpty();
  }

  private static Location named(String country, String adm1) {
    return new Location(country, adm1, 7.2, 124.2, GeoPrecision.PLACE, "x");
  }

  @Test
  void theDefinitionNamesEveryAreaWithItsDivisionsInAFixedOrder() {
    assertThat(ConflictArea.definition())
        .startsWith("MINDANAO=RP22,RP34,")
        .contains(";PAPUA=ID09,ID36,ID39|Papua,Papua Barat,")
        .isEqualTo(ConflictArea.definition());
  }

  @Test
  void aPlaceOutsideEveryAreasDivisionsIsInNoArea() {
    // Davao City (RPC3), Manila (RPD9), Bangkok (TH40), Yangon (BM17): no area
    for (String adm1 : new String[] {"RPC3", "RPD9", "TH40", "BM17", "ID00", "RP"}) {
      assertThat(ConflictArea.of(at(adm1, GeoPrecision.PLACE))).as(adm1).isEmpty();
    }
    assertThat(ConflictArea.of(at(null, GeoPrecision.PLACE))).isEmpty();
  }

  @Test
  void aPlaceKnownOnlyToTheCountryIsInNoAreaWhateverItsDivisionCode() {
    assertThat(ConflictArea.of(at("RP56", GeoPrecision.COUNTRY))).isEmpty();
    assertThat(ConflictArea.of(at("RP56", GeoPrecision.NONE))).isEmpty();
    assertThat(ConflictArea.of(Location.UNKNOWN)).isEmpty();
  }

  @Test
  void everyDivisionBelongsToOneAreaAndEveryAreaToItsCountrysCodes() {
    Set<String> seen = new HashSet<>();
    for (ConflictArea a : ConflictArea.values()) {
      for (String d : a.divisions()) {
        assertThat(seen.add(d)).as(d + " in one area only").isTrue();
        assertThat(CountryTable.standard().findByFips(d.substring(0, 2)))
            .as(d + " is a division of " + a.country())
            .map(Country::iso3)
            .contains(a.country());
      }
    }
  }

  @Test
  void namesAreReadInAnyCaseWithHyphensOrSpaces() {
    assertThat(ConflictArea.parse("deep-south")).contains(ConflictArea.DEEP_SOUTH);
    assertThat(ConflictArea.parse("Kachin Shan")).contains(ConflictArea.KACHIN_SHAN);
    assertThat(ConflictArea.parse("MINDANAO")).contains(ConflictArea.MINDANAO);
    assertThat(ConflictArea.parse("SULU_CELEBES")).isEmpty();
  }
}
