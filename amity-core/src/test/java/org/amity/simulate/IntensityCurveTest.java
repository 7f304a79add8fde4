package org.amity.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IntensityCurveTest {
  private static final LocalDate START = LocalDate.of(2025, 3, 1);

  @Test
  void aGradualEpisodeRisesToItsPeakAndDecays() {
    IntensityCurve c =
        new IntensityCurve(START, START, START.plusDays(12), START.plusDays(30), 10, 1.5);
    assertThat(c.expected(START.minusDays(1))).isZero();
    assertThat(c.expected(START.plusDays(31))).isZero();
    double previous = 0;
    for (int i = 0; i <= 12; i++) {
      double v = c.expected(START.plusDays(i));
      assertThat(v).isGreaterThan(previous);
      previous = v;
    }
    assertThat(c.expected(START.plusDays(12))).isEqualTo(10.0);
    assertThat(c.expected(START.plusDays(20)))
        .isLessThan(10)
        .isGreaterThan(c.expected(START.plusDays(30)));
    assertThat(c.phase(START)).isEqualTo(IntensityCurve.Phase.RISE);
    assertThat(c.phase(START.plusDays(12))).isEqualTo(IntensityCurve.Phase.PEAK);
    assertThat(c.phase(START.plusDays(25))).isEqualTo(IntensityCurve.Phase.FALL);
  }

  @Test
  void aDisasterWarnsThenJumpsOnTheDayItStrikes() {
    LocalDate onset = START.plusDays(2);
    IntensityCurve c =
        new IntensityCurve(START, onset, onset.plusDays(5), onset.plusDays(25), 20, 1);
    assertThat(c.expected(START)).isEqualTo(20 * IntensityCurve.WARNING_LEVEL);
    assertThat(c.expected(onset)).isGreaterThan(20 * IntensityCurve.ONSET_LEVEL);
    assertThat(c.expected(onset.plusDays(5))).isEqualTo(20.0);
  }
}
