package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SituationGrouperGapTest {
  @Test
  void theGapWidensWithTheCoarsestDetectorOfTheScope() {
    List<DetectionSpec> specs = DetectorConfig.standard().specs();
    // the shipped detectors: monthly ones on countries, dyads, sea areas and (deaths) conflict
    // areas, none on regions
    assertThat(SituationGrouper.gapDays(Scope.COUNTRY, specs))
        .isEqualTo(SituationGrouper.MONTH_GAP_DAYS);
    assertThat(SituationGrouper.gapDays(Scope.DYAD, specs))
        .isEqualTo(SituationGrouper.MONTH_GAP_DAYS);
    assertThat(SituationGrouper.gapDays(Scope.AREA, specs))
        .isEqualTo(SituationGrouper.MONTH_GAP_DAYS);
    assertThat(SituationGrouper.gapDays(Scope.THEATRE, specs))
        .isEqualTo(SituationGrouper.MONTH_GAP_DAYS);
    assertThat(
            SituationGrouper.gapDays(
                Scope.THEATRE,
                specs.stream().filter(s -> s.resolution() == Resolution.DAY).toList()))
        .as("the conflict areas with their daily lens alone")
        .isEqualTo(SituationGrouper.DAY_GAP_DAYS);
    assertThat(SituationGrouper.gapDays(Scope.REGION, List.of()))
        .isEqualTo(SituationGrouper.DAY_GAP_DAYS);
  }

  @Test
  void aWeeklyDetectorGivesTheWeeklyGap() {
    List<DetectionSpec> weekly =
        DetectorConfig.standard().specs().stream()
            .filter(s -> s.resolution() == Resolution.WEEK)
            .toList();
    assertThat(weekly).isNotEmpty();
    Scope scope = weekly.get(0).scope();
    assertThat(SituationGrouper.gapDays(scope, weekly)).isEqualTo(SituationGrouper.WEEK_GAP_DAYS);
    assertThat(SituationGrouper.DAY_GAP_DAYS)
        .isLessThan(SituationGrouper.WEEK_GAP_DAYS)
        .isLessThan(SituationGrouper.MONTH_GAP_DAYS);
  }
}
