package org.amity.flink.signal;

import java.util.List;
import org.amity.flink.ParquetTable;
import org.amity.signal.daily.DayCounts;
import org.amity.signal.daily.IndicatorDay;

/** Rows of {@code indicator_days}, with the store's columns in the store's order. */
public final class IndicatorDaysTable implements ParquetTable<IndicatorDay> {
  private static final long serialVersionUID = 1L;

  @Override
  public String name() {
    return "indicator_days";
  }

  @Override
  public List<String> columns() {
    return List.of(
        "scope",
        "subject",
        "day",
        "events",
        "q1",
        "q2",
        "q3",
        "q4",
        "incidents",
        "conflict_incidents",
        "mc_incidents",
        "humanitarian_incidents",
        "goldstein_sum",
        "tone_sum",
        "tone_n",
        "coercion_incidents",
        "fatalities",
        "kidnap_incidents");
  }

  @Override
  public Object[] row(IndicatorDay d) {
    DayCounts c = d.counts();
    return new Object[] {
      d.scope().key(),
      d.subject(),
      d.day(),
      c.events(),
      c.q1(),
      c.q2(),
      c.q3(),
      c.q4(),
      c.incidents(),
      c.conflictIncidents(),
      c.mcIncidents(),
      c.humanitarianIncidents(),
      c.goldsteinSum(),
      c.toneSum(),
      c.toneN(),
      c.coercionIncidents(),
      c.fatalities(),
      c.kidnapIncidents()
    };
  }
}
