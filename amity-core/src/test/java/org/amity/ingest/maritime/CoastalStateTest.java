package org.amity.ingest.maritime;

import static org.assertj.core.api.Assertions.assertThat;

import org.amity.event.CountryTable;
import org.junit.jupiter.api.Test;

class CoastalStateTest {
  private final CoastalState coastal = new CoastalState(CountryTable.standard());

  @Test
  void readsTheCountryFromTheLeadingPlaceLabel() {
    assertThat(coastal.of("PHILIPPINES: On 28 April, three robbers boarded ...")).isEqualTo("PHL");
    assertThat(coastal.of("INDONESIA-SUMATERA: AN UNIDENTIFIED TANKER WAS BOARDED"))
        .isEqualTo("IDN");
    assertThat(coastal.of("DAR ES SALAAM ANCHORAGE, TANZANIA:  Robbers boarded")).isEqualTo("TZA");
    assertThat(coastal.of("(U) NIGERIA: Pirates attacked")).isEqualTo("NGA");
    assertThat(CoastalState.label("SINGAPORE STRAIT: On 7 September"))
        .isEqualTo("SINGAPORE STRAIT");
  }

  @Test
  void fallsBackToAPlacePhraseInTheNarrativeButNeverToAFlagState() {
    assertThat(
            coastal.of(
                "SULU SEA: The Vietnam-flagged bulk carrier was boarded off Tawi-Tawi,"
                    + " Philippines, by armed men."))
        .isEqualTo("PHL");
    assertThat(coastal.of("On 30 December, pirates attacked a Malta-flagged tanker at sea."))
        .isNull();
    assertThat(coastal.of("GULF OF ADEN: Skiffs approached a tanker.")).isNull();
    assertThat(coastal.of(null)).isNull();
  }
}
