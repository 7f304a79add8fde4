package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.amity.testing.PropertySeed;

class MediansTest {
  @Property(tries = 500, seed = PropertySeed.VALUE)
  void selectsTheSameMedianAsSorting(
      @ForAll @Size(min = 1, max = 60) double @DoubleRange(min = -50, max = 50) [] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double expected = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    assertThat(Medians.median(values.clone(), n)).isEqualTo(expected);
  }
}
