package org.amity.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CountryTableTest {
  private final CountryTable table = CountryTable.standard();

  @Test
  void mapsGdeltFipsGeoCodesToIso3() {
    assertThat(table.findByFips("RP")).map(Country::iso3).hasValue("PHL");
    assertThat(table.findByFips("BM")).map(Country::iso3).hasValue("MMR");
    assertThat(table.findByFips("VM")).map(Country::iso3).hasValue("VNM");
    assertThat(table.findByFips("TT")).map(Country::iso3).hasValue("TLS");
    assertThat(table.findByFips("CB")).map(Country::iso3).hasValue("KHM");
    byte[] b = "SN".getBytes(StandardCharsets.US_ASCII);
    assertThat(table.iso3OfFips(b, 0, 2)).isEqualTo("SGP");
  }

  @Test
  void givesDisputedSouthChinaSeaIslandsTheirOwnCodes() {
    assertThat(table.findByFips("PG")).map(Country::iso3).hasValue("XSP");
    assertThat(table.findByFips("PF")).map(Country::iso3).hasValue("XPI");
  }

  @Test
  void mapsCameoVariantsAndSpelledOutNames() {
    assertThat(table.findByCameo("TMP")).map(Country::iso3).hasValue("TLS");
    assertThat(table.findByCameo("PHL")).map(Country::iso3).hasValue("PHL");
    assertThat(table.findByCameo("SEA")).isEmpty();
    assertThat(table.findByName("Russian Federation")).map(Country::iso3).hasValue("RUS");
    assertThat(table.findByName("Timor-Leste")).map(Country::iso3).hasValue("TLS");
    assertThat(table.findByName("philippines")).map(Country::iso3).hasValue("PHL");
  }

  @Test
  void timorLesteIsCalledByItsOfficialNameAndTheOldOneStillReads() {
    assertThat(table.getByIso3("TLS").name()).isEqualTo("Timor-Leste");
    assertThat(table.findByName("East Timor")).map(Country::iso3).hasValue("TLS");
    assertThat(table.findByName("Timor Leste")).map(Country::iso3).hasValue("TLS");
  }

  @Test
  void knowsTheElevenAseanMembersAndTheGreatPowers() {
    assertThat(table.aseanMembers())
        .containsExactly(
            "BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "TLS", "VNM");
    assertThat(table.greatPowers()).contains("USA", "CHN", "RUS", "JPN", "IND", "AUS");
    assertThat(table.greatPowers()).doesNotContain("PHL", "VNM");
  }
}
