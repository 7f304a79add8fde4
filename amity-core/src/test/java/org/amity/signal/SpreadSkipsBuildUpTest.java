package org.amity.signal;

import static org.amity.signal.SignalFixtures.poisson;
import static org.amity.signal.SignalFixtures.shippedDetectors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link DetectorSettings#spreadSkipsBuildUp}: a share's over-dispersion read without the build-up
 * that led into each of the series' own raised runs (issue 14, twenty-sixth round, helper r26std; a
 * candidate for the seven-day dyad lens, not shipped).
 */
class SpreadSkipsBuildUpTest {
  private static final String LENS = "dyad_conflict_7d";
  private static final int DAYS = 300;

  @Test
  void noShippedLensSetsTheKeyAndItIsReadFromAProfile() throws IOException {
    for (DetectionSpec spec : DetectorConfig.standard().specs()) {
      assertThat(spec.settings().spreadSkipsBuildUp()).as(spec.name()).isFalse();
    }
    assertThat(on().settings().spreadSkipsBuildUp()).isTrue();
    assertThat(on().settings())
        .usingRecursiveComparison()
        .ignoringFields("spreadSkipsBuildUp")
        .isEqualTo(off().settings());
  }

  @Test
  void theKeyIsRefusedWhereTheSpreadIsEstimatedAnotherWay() {
    assertThatThrownBy(
            () ->
                DetectorConfig.parse(
                    shippedDetectors()
                        + "\nprofile.rolling7.spreadSkipsBuildUp = true"
                        + "\nprofile.rolling7.shareShrinkage = true\n",
                    "t"))
        .hasMessageContaining("spreadSkipsBuildUp");
  }

  @Test
  void withoutARaisedRunNothingChanges() throws IOException {
    Random g = new Random(26);
    double[][] s = quiet(g, 0.3, 6);
    SeriesScores a = off().score(days(), s[0], s[1]);
    SeriesScores b = on().score(days(), s[0], s[1]);
    for (int t = 0; t < DAYS; t++) {
      assertThat(a.levels()[t]).isEqualTo(Level.NONE);
      assertThat(b.scores()[t]).as("day %d", t).isEqualTo(a.scores()[t]);
    }
  }

  /**
   * A dyad at a share of 0.3 in six reports a day; a standoff whose conflict builds up over ten
   * days before it holds for four weeks; five weeks after it, a weak one (a week at 0.65). The
   * earlier one's raised run leaves the lookback, but the days before its watch opened stay and
   * widen the spread the weak one is judged with; with the key they leave too.
   */
  @Test
  void anEarlierEpisodesBuildUpNoLongerWidensTheSpreadOfALaterRise() throws IOException {
    Random g = new Random(14);
    double[][] s = quiet(g, 0.3, 6);
    for (int i = 120; i < 130; i++) {
      s[0][i] = binomial(g, (int) s[1][i], 0.3 + 0.04 * (i - 119)); // ramp to 0.7
    }
    for (int i = 130; i < 158; i++) {
      s[0][i] = binomial(g, (int) s[1][i], 0.7);
    }
    for (int i = 193; i < 200; i++) {
      s[0][i] = binomial(g, (int) s[1][i], 0.65);
    }
    SeriesScores shipped = off().score(days(), s[0], s[1]);
    SeriesScores skipping = on().score(days(), s[0], s[1]);
    // the same until the first run opens: the key acts only once a build-up has led somewhere
    int opened = firstRaised(shipped);
    assertThat(opened).isBetween(121, 140);
    for (int t = 0; t <= opened; t++) {
      assertThat(skipping.scores()[t]).as("day %d", t).isEqualTo(shipped.scores()[t]);
    }
    double before = max(shipped, 193, 205);
    double after = max(skipping, 193, 205);
    System.out.printf(
        "later rise: best z %.2f shipped, %.2f without the build-up%n", before, after);
    assertThat(after).isGreaterThan(before + 0.5);
  }

  private static int firstRaised(SeriesScores s) {
    for (int t = 0; t < DAYS; t++) {
      if (s.levels()[t] != Level.NONE) {
        return t;
      }
    }
    return -1;
  }

  private static double max(SeriesScores s, int from, int to) {
    double m = 0;
    for (int t = from; t < to; t++) {
      m = Math.max(m, s.scores()[t]);
    }
    return m;
  }

  /** Conflict reports and all reports per day: Poisson volume, binomial share. */
  private static double[][] quiet(Random g, double share, double perDay) {
    double[] x = new double[DAYS];
    double[] v = new double[DAYS];
    for (int i = 0; i < DAYS; i++) {
      v[i] = poisson(g, perDay);
      x[i] = binomial(g, (int) v[i], share);
    }
    return new double[][] {x, v};
  }

  private static int binomial(Random g, int n, double p) {
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (g.nextDouble() < p) {
        k++;
      }
    }
    return k;
  }

  private static List<LocalDate> days() {
    List<LocalDate> d = new ArrayList<>();
    for (int i = 0; i < DAYS; i++) {
      d.add(LocalDate.of(2025, 1, 1).plusDays(i));
    }
    return d;
  }

  private static DetectionSpec off() throws IOException {
    return DetectorConfig.parse(shippedDetectors(), "t").spec(LENS).orElseThrow();
  }

  private static DetectionSpec on() throws IOException {
    return DetectorConfig.parse(
            shippedDetectors() + "\nprofile.rolling7.spreadSkipsBuildUp = true\n", "t")
        .spec(LENS)
        .orElseThrow();
  }
}
