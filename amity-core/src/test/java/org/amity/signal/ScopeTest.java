package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeTest {
  @Test
  void aTwoWayDyadIsReadInEitherOrder() {
    assertThat(Scope.subject(Scope.DYAD, "phl-chn")).isEqualTo("CHN-PHL");
    assertThat(Scope.subject(Scope.DYAD, "CHN-PHL")).isEqualTo("CHN-PHL");
    assertThat(Scope.subject(Scope.DYAD, "PHL>CHN")).isEqualTo("PHL>CHN");
  }

  @Test
  void anUnknownCountryIsNamed() {
    assertThatThrownBy(() -> Scope.subject(Scope.COUNTRY, "XYZ"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown country code: XYZ");
    assertThatThrownBy(() -> Scope.subject(Scope.DYAD, "CHN-XYZ"))
        .hasMessageContaining("unknown country code: XYZ");
  }

  @Test
  void seaAreasAreInvolvedThroughTheirCoastalStates() {
    assertThat(Scope.involved(Scope.AREA, "SOUTH_CHINA_SEA")).contains("CHN", "VNM", "PHL");
    assertThat(Scope.involved(Scope.DYAD, "CHN-VNM")).isEqualTo(List.of("CHN", "VNM"));
    assertThat(Scope.subject(Scope.AREA, "south-china-sea")).isEqualTo("SOUTH_CHINA_SEA");
  }

  @Test
  void conflictAreasAreReadByNameAndShownWithTheirCountry() {
    assertThat(Scope.parse("theatre")).isEqualTo(Scope.THEATRE);
    assertThat(Scope.subject(Scope.THEATRE, "deep-south")).isEqualTo("DEEP_SOUTH");
    assertThat(Scope.subject(Scope.THEATRE, " mindanao ")).isEqualTo("MINDANAO");
    assertThatThrownBy(() -> Scope.subject(Scope.THEATRE, "SOUTH_CHINA_SEA"))
        .hasMessageContaining("unknown conflict area: SOUTH_CHINA_SEA")
        .hasMessageContaining("MINDANAO");
    assertThat(SubjectName.of(Scope.THEATRE, "MINDANAO")).isEqualTo("Mindanao (Philippines)");
    assertThat(SubjectName.of(Scope.THEATRE, "KACHIN_SHAN"))
        .isEqualTo("Kachin and northern Shan (Myanmar)");
    assertThat(Scope.involved(Scope.THEATRE, "PAPUA")).containsExactly("IDN");
    assertThat(Scope.parties(Scope.THEATRE, "PAPUA")).isEmpty();
  }

  @Test
  void everyScopeIsOfferedToFiltersAndNamedInAnAnalystsWords() {
    assertThat(Scope.keys()).containsExactly("country", "dyad", "area", "region", "theatre");
    assertThat(Scope.THEATRE.words()).isEqualTo("conflict area");
    assertThat(Scope.AREA.words()).isEqualTo("sea area");
    assertThat(Scope.DYAD.words()).isEqualTo("dyad");
    assertThatThrownBy(() -> Scope.parse("planet"))
        .hasMessage("scope must be country, dyad, area, region, theatre, not 'planet'");
  }

  @Test
  void aConflictAreaIsASubjectFilterAsTyped() {
    assertThat(AlertFilter.subject("deep-south")).isEqualTo("DEEP_SOUTH");
    assertThat(AlertFilter.subject("Mindanao")).isEqualTo("MINDANAO");
    assertThat(AlertFilter.subject("phl-chn")).isEqualTo("CHN-PHL");
    assertThatThrownBy(() -> AlertFilter.subject("deep south!"))
        .hasMessageContaining("a conflict area (MINDANAO)");
  }
}
