package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BaselineBandTest {
  @Test
  void noBandUntilEnoughHistory() {
    BaselineBand.Band b = BaselineBand.of(new double[] {1, 2, 3, 4, 5});
    assertThat(b.median()[3]).isNaN();
    assertThat(b.median()[4]).isEqualTo(2.5);
  }

  @Test
  void aSurgeStandsAboveTheBandOfWhatCameBefore() {
    double[] v = {10, 12, 11, 9, 10, 12, 11, 40};
    BaselineBand.Band b = BaselineBand.of(v);
    assertThat(b.median()[7]).isEqualTo(11);
    assertThat(b.high()[7]).isLessThan(40).isGreaterThan(11);
    assertThat(b.low()[7]).isLessThan(11);
  }

  @Test
  void theBandOnlyLooksBack() {
    double[] a = {10, 12, 11, 9, 10, 12, 11, 40};
    double[] b = {10, 12, 11, 9, 10, 12, 11, 400};
    assertThat(BaselineBand.of(a).high()[7]).isEqualTo(BaselineBand.of(b).high()[7]);
  }
}
