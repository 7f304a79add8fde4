package org.amity.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amity.signal.daily.DayCounts;
import org.amity.signal.daily.IndicatorDay;

/** Day rows shared by the lens tests. */
final class LensDays {
  private LensDays() {}

  /**
   * The world's days: 20,000 incidents each, from {@code start} for {@code days} days (the coverage
   * every lens's series is read from).
   */
  static List<IndicatorDay> world(LocalDate start, int days) {
    List<IndicatorDay> out = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      out.add(
          new IndicatorDay(
              Scope.REGION,
              "WORLD",
              start.plusDays(d),
              new DayCounts(20000, 0, 0, 0, 0, 20000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
    }
    return out;
  }
}
