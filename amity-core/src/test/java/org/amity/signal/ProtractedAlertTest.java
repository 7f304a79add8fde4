package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A high level that persists without rising further becomes protracted; a new rise opens anew. */
class ProtractedAlertTest {
  private static final DetectionSpec MONTHLY_COUNTS =
      DetectorConfig.standard().specs().stream()
          .filter(s -> s.name().equals("sea_incidents"))
          .findFirst()
          .orElseThrow();

  private final List<LocalDate> months = new ArrayList<>();

  /** Poisson-like monthly counts at the given means, one segment after another. */
  private double[] counts(long seed, double[]... segments) {
    Random r = new Random(seed);
    List<Double> out = new ArrayList<>();
    for (double[] seg : segments) {
      for (int i = 0; i < (int) seg[0]; i++) {
        double mean = seg[1];
        // a Poisson draw by counting exponential gaps
        int k = 0;
        double t = -Math.log(1 - r.nextDouble());
        while (t < mean) {
          k++;
          t += -Math.log(1 - r.nextDouble());
        }
        out.add((double) k);
      }
    }
    months.clear();
    for (int i = 0; i < out.size(); i++) {
      months.add(LocalDate.of(2000, 1, 1).plusMonths(i));
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private List<DetectedAlert> alerts(double[] x) {
    return AlertBuilder.alerts(
        MONTHLY_COUNTS, "SULU_CELEBES", MONTHLY_COUNTS.score(months, x, null));
  }

  @Test
  void theShippedMonthlyProfileProtractsAfterSixMonths() {
    assertThat(MONTHLY_COUNTS.settings().protractAfter()).isEqualTo(6);
  }

  @Test
  void aStepThatStaysHighBecomesProtractedInsteadOfAWarningForYears() {
    int openForYears = 0;
    int protracted = 0;
    for (long seed = 1; seed <= 20; seed++) {
      // four quiet years at 3 a month, then a lasting step to 12 a month for four years
      List<DetectedAlert> found = alerts(counts(seed, new double[] {48, 3}, new double[] {48, 12}));
      LocalDate step = months.get(48);
      DetectedAlert first =
          found.stream().filter(a -> !a.opened().isBefore(step)).findFirst().orElseThrow();
      assertThat(first.opened()).as("seed " + seed).isBeforeOrEqualTo(step.plusMonths(4));
      if (first.protracted() != null) {
        protracted++;
        assertThat(first.protracted()).isBeforeOrEqualTo(first.opened().plusMonths(12));
        assertThat(first.status()).isIn("protracted", "closed");
      }
      // nothing stays a current (open, not protracted) alert from the step to the end
      if (found.stream()
          .anyMatch(a -> a.status().equals("open") && a.opened().isBefore(step.plusMonths(12)))) {
        openForYears++;
      }
    }
    assertThat(protracted).as("steps judged protracted, of 20").isGreaterThanOrEqualTo(18);
    assertThat(openForYears).as("steps still an open warning years later").isZero();
  }

  @Test
  void aRenewedRiseAfterAProtractedLevelOpensANewAlertAndClosesTheProtractedOne() {
    int renewed = 0;
    for (long seed = 1; seed <= 20; seed++) {
      List<DetectedAlert> found =
          alerts(counts(seed, new double[] {48, 3}, new double[] {24, 12}, new double[] {12, 40}));
      LocalDate second = months.get(72);
      DetectedAlert before =
          found.stream()
              .filter(a -> a.protracted() != null && a.opened().isBefore(second.minusMonths(6)))
              .findFirst()
              .orElse(null);
      DetectedAlert after =
          found.stream()
              .filter(
                  a ->
                      !a.opened().isBefore(second.minusMonths(1))
                          && a.opened().isBefore(second.plusMonths(3)))
              .findFirst()
              .orElse(null);
      if (before != null && after != null) {
        renewed++;
        assertThat(before.closed()).as("the protracted alert ends").isNotNull();
        assertThat(before.closed()).isBeforeOrEqualTo(after.opened());
        assertThat(after.peakLevel()).isEqualTo(Level.ALERT);
      }
    }
    assertThat(renewed).as("renewed rises seen as new alerts, of 20").isGreaterThanOrEqualTo(18);
  }

  @Test
  void aProtractedLevelThatFallsBackClosesTheAlert() {
    int closed = 0;
    for (long seed = 1; seed <= 20; seed++) {
      List<DetectedAlert> found =
          alerts(counts(seed, new double[] {48, 3}, new double[] {18, 12}, new double[] {24, 3}));
      LocalDate back = months.get(66);
      if (found.stream()
          .anyMatch(
              a ->
                  a.protracted() != null
                      && a.closed() != null
                      && !a.closed().isAfter(back.plusMonths(6)))) {
        closed++;
      }
      assertThat(found).noneMatch(a -> a.closed() == null);
    }
    assertThat(closed).as("protracted levels closed once they fell back, of 20").isGreaterThan(17);
  }

  @Test
  void withoutProtractionALongStepStaysOneOpenAlert() {
    DetectorSettings s = MONTHLY_COUNTS.settings();
    DetectorSettings never = s.withProtractAfter(0).withExactTail(false);
    double[] x = counts(3, new double[] {48, 3}, new double[] {14, 12});
    SeriesScores scores = new EscalationDetector(never).score(months, x, null);
    List<DetectedAlert> found = AlertBuilder.alerts(MONTHLY_COUNTS, "X", scores);
    assertThat(found).allMatch(a -> a.protracted() == null);
    assertThat(found).anyMatch(a -> a.status().equals("open"));
  }
}
