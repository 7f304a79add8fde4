package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The great-power flag in words: on a sea area China is a coastal state, which the words say,
 * instead of reading as if China took part in the sea area's piracy; a dyad with China names a
 * side.
 */
class GreatPowerRoleTest {
  @Test
  void aSeaAreaWithAGreatPowerOnItsCoastSaysSoAndNotThatItTookPart() {
    assertThat(GreatPowerRole.of(Scope.AREA, "SOUTH_CHINA_SEA", true))
        .isEqualTo(GreatPowerRole.COASTAL_STATE);
    assertThat(GreatPowerRole.words(Scope.AREA, "SOUTH_CHINA_SEA", true))
        .isEqualTo("a great power (China) is a coastal state of the sea area")
        .doesNotContain("party");
    assertThat(GreatPowerRole.COASTAL_STATE.key()).isEqualTo("coastal-state");
  }

  @Test
  void aDyadWithAGreatPowerNamesItAsAParty() {
    assertThat(GreatPowerRole.of(Scope.DYAD, "CHN-PHL", true)).isEqualTo(GreatPowerRole.PARTY);
    assertThat(GreatPowerRole.words(Scope.DYAD, "CHN-PHL", true))
        .isEqualTo("a great power (China) is a party");
  }

  @Test
  void noFlagNoWords() {
    assertThat(GreatPowerRole.words(Scope.AREA, "SULU_CELEBES", false)).isNull();
    assertThat(GreatPowerRole.of(Scope.COUNTRY, "MMR", false)).isEqualTo(GreatPowerRole.NONE);
    // set by the alerts (a watch run with more great powers) with none among the parties
    assertThat(GreatPowerRole.words(Scope.COUNTRY, "MMR", true))
        .isEqualTo("a great power is a party");
  }
}
