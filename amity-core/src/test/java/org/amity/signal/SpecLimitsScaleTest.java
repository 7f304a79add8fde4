package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A spec may hold its profile to stricter (or looser) limits without a copy of the profile. */
class SpecLimitsScaleTest {
  private static final String PROFILE =
      """
      profile.p.window = 28
      profile.p.guard = 7
      profile.p.minHistory = 21
      profile.p.minPeriodVolume = 20
      profile.p.minExcess = 3
      profile.p.zWarning = 4.5
      profile.p.zAlert = 6
      profile.p.cusumAllowance = 1.5
      profile.p.cusumCap = 4
      profile.p.cusumWatch = 12
      profile.p.cusumWarning = 16
      profile.p.cusumAlert = 28
      profile.p.cooldown = 4
      profile.p.protractAfter = 28
      """;
  private static final String SPEC =
      """
      spec.d.scope = dyad
      spec.d.resolution = day
      spec.d.rolling = 7
      spec.d.source = events
      spec.d.numerator = conflict_incidents
      spec.d.denominator = incidents
      spec.d.minVolume = 150
      spec.d.profile = p
      """;

  private static DetectorSettings settings(String extra) {
    return DetectorConfig.parse(PROFILE + SPEC + extra, "test").specs().get(0).settings();
  }

  @Test
  void scalesTheSinglePeriodAndCusumLimitsAndNothingElse() {
    DetectorSettings plain = settings("");
    DetectorSettings scaled = settings("spec.d.limitsScale = 1.5\n");
    assertThat(scaled.zWarning()).isEqualTo(6.75);
    assertThat(scaled.zAlert()).isEqualTo(9);
    assertThat(scaled.cusumWatch()).isEqualTo(18);
    assertThat(scaled.cusumWarning()).isEqualTo(24);
    assertThat(scaled.cusumAlert()).isEqualTo(42);
    assertThat(scaled.cusumAllowance()).isEqualTo(plain.cusumAllowance());
    assertThat(scaled.minExcess()).isEqualTo(plain.minExcess());
    assertThat(scaled.window()).isEqualTo(plain.window());
    assertThat(plain.zWarning()).isEqualTo(4.5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "NaN", "Infinity", "abc"})
  void rejectsAScaleThatIsNotAPositiveFiniteNumber(String value) {
    assertThatThrownBy(() -> settings("spec.d.limitsScale = " + value + "\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spec.d.limitsScale");
  }
}
