package org.amity.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** How the dead of a record dated by a range of days are spread over its days. */
class FatalitiesTest {
  private static final LocalDate FIRST = LocalDate.of(2017, 5, 23);

  @Test
  void theSharesAddUpToTheBestEstimateExactlyAndDifferByOneAtMost() {
    Random r = new Random(34);
    for (int k = 0; k < 500; k++) {
      int best = r.nextInt(2000);
      int days = 2 + r.nextInt(400);
      List<Long> shares = new Fatalities(best, best, best, FIRST.plusDays(days - 1)).spread(FIRST);
      assertThat(shares).hasSize(days);
      assertThat(shares.stream().mapToLong(Long::longValue).sum()).isEqualTo(best);
      long most = shares.stream().mapToLong(Long::longValue).max().orElseThrow();
      long least = shares.stream().mapToLong(Long::longValue).min().orElseThrow();
      assertThat(most - least).as("%d over %d days", best, days).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void theRoundingPutsTheLargerSharesEvenlyThroughTheRange() {
    Fatalities f = new Fatalities(25, 20, 30, FIRST.plusDays(9));
    assertThat(f.spread(FIRST)).containsExactly(2L, 3L, 2L, 3L, 2L, 3L, 2L, 3L, 2L, 3L);
    // fewer dead than days: the first days get none, the last the one
    assertThat(new Fatalities(1, 1, 1, FIRST.plusDays(2)).spread(FIRST))
        .containsExactly(0L, 0L, 1L);
  }

  @Test
  void deadOfOneDayStayOnIt() {
    assertThat(Fatalities.exactly(7).spread(FIRST)).containsExactly(7L);
    assertThat(Fatalities.exactly(7).ranged(FIRST)).isFalse();
    // a range of one day is none
    Fatalities oneDay = new Fatalities(7, 7, 7, FIRST);
    assertThat(oneDay.ranged(FIRST)).isFalse();
    assertThat(oneDay.spread(FIRST)).containsExactly(7L);
  }
}
