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
}
