package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A spec may judge periods whose expected count is small against other limits than the rest ({@code
 * thinBelow}, {@code thinLimitsScale}): the extra-binomial wander its {@code limitsScale} allows
 * for grows with the square of the expected count, a thin count's own noise only with it.
 */
class ThinLimitsTest {
  private static final String PROFILE =
      """
      profile.p.window = 28
      profile.p.guard = 7
      profile.p.minHistory = 21
      profile.p.minPeriodVolume = 20
      profile.p.minExcess = 3
      profile.p.zWarning = 3
      profile.p.zAlert = 6
      profile.p.cooldown = 4
      profile.p.protractAfter = 0
      profile.p.cusum = false
      """;
  private static final String SPEC =
      """
      spec.d.scope = country
      spec.d.resolution = day
      spec.d.source = events
      spec.d.numerator = humanitarian_incidents
      spec.d.denominator = incidents
      spec.d.minVolume = 150
      spec.d.profile = p
      spec.d.limitsScale = 2
      """;

  private static DetectionSpec spec(String extra) {
    return DetectorConfig.parse(PROFILE + SPEC + extra, "test.properties").specs().get(0);
  }

  private static final int N = 70;
  private static final int SPIKE = 60;

  /** 200 reports a day, 9-11 of them of the kind (about 10 expected), and 21 on one day. */
  private static SeriesScores scores(DetectionSpec spec) {
    List<LocalDate> days = new ArrayList<>();
    double[] volume = new double[N];
    double[] count = new double[N];
    for (int i = 0; i < N; i++) {
      days.add(LocalDate.of(2025, 1, 1).plusDays(i));
      volume[i] = 200;
      count[i] = 9 + i % 3;
    }
    count[SPIKE] = 21;
    return spec.score(days, count, volume);
  }

  @Test
  void aThinPeriodIsJudgedAgainstTheThinLimitsAndALargeOneAgainstTheUsualLimits() {
    SeriesScores usual = scores(spec(""));
    double z = usual.scores()[SPIKE];
    double expected = usual.expected()[SPIKE];
    // the spike stands between the profile's own limit (3) and the spec's scaled one (6)
    assertThat(z).isBetween(3.0, 6.0);
    assertThat(expected).isBetween(9.0, 11.0);
    assertThat(usual.levels()[SPIKE]).isEqualTo(Level.NONE);

    // its expected count is under the line: the thin limits (the profile's own) judge it
    SeriesScores thin = scores(spec("spec.d.thinBelow = 12\nspec.d.thinLimitsScale = 1\n"));
    assertThat(thin.levels()[SPIKE]).isEqualTo(Level.WARNING);

    // over the line: the usual limits judge it, as without the keys
    SeriesScores large = scores(spec("spec.d.thinBelow = 8\nspec.d.thinLimitsScale = 1\n"));
    assertThat(large.levels()[SPIKE]).isEqualTo(Level.NONE);

    // the scores themselves are the same: only the limits differ
    assertThat(thin.scores()).containsExactly(usual.scores());
    assertThat(large.scores()).containsExactly(usual.scores());
  }

  @Test
  void withoutTheKeysASpecHasNoThinLimitsAndItsSettingsAreUnchanged() {
    DetectionSpec plain = spec("");
    DetectionSpec thin = spec("spec.d.thinBelow = 5\nspec.d.thinLimitsScale = 1.5\n");
    assertThat(plain.thin()).isNull();
    assertThat(thin.settings()).isEqualTo(plain.settings());
    assertThat(thin.thin().below()).isEqualTo(5);
    assertThat(thin.thin().limits().zWarning()).isEqualTo(4.5);
    assertThat(thin.thin().limits().zAlert()).isEqualTo(9);
    assertThat(plain.settings().zWarning()).isEqualTo(6);
  }

  @Test
  void theShippedSpecsCarryThinLimitsOnlyWhereTheFileSetsThem() {
    for (DetectionSpec s : DetectorConfig.standard().specs()) {
      if (!s.name().equals("humanitarian_28d_long")) {
        assertThat(s.thin()).as(s.name()).isNull();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"thinBelow = 5", "thinLimitsScale = 1"})
  void oneKeyWithoutTheOtherIsRejectedNamingTheFileAndTheMissingKey(String key) {
    String missing = key.startsWith("thinBelow") ? "thinLimitsScale" : "thinBelow";
    assertThatThrownBy(() -> spec("spec.d." + key + "\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.properties")
        .hasMessageContaining("spec.d." + missing);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "NaN", "Infinity", "abc"})
  void aThinLineOrScaleThatIsNotAPositiveFiniteNumberIsRejectedNamingTheKey(String value) {
    assertThatThrownBy(() -> spec("spec.d.thinBelow = " + value + "\nspec.d.thinLimitsScale = 1\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.properties")
        .hasMessageContaining("spec.d.thinBelow");
    assertThatThrownBy(() -> spec("spec.d.thinBelow = 5\nspec.d.thinLimitsScale = " + value + "\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.properties")
        .hasMessageContaining("spec.d.thinLimitsScale");
  }
}
