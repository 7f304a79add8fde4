package org.amity.flink.signal;

import java.util.ArrayList;
import java.util.List;
import org.amity.flink.ParquetTable;
import org.amity.signal.daily.DayCounts;
import org.amity.signal.daily.IndicatorDay;

/**
 * Rows of {@code indicator_days}, with the store's columns in the store's order: scope, subject,
 * day, then {@link DayCounts#COLUMNS}.
 */
public final class IndicatorDaysTable implements ParquetTable<IndicatorDay> {
  private static final long serialVersionUID = 1L;

  @Override
  public String name() {
    return "indicator_days";
  }

  @Override
  public List<String> columns() {
    List<String> out = new ArrayList<>(List.of("scope", "subject", "day"));
    out.addAll(DayCounts.COLUMNS);
    return List.copyOf(out);
  }

  @Override
  public Object[] row(IndicatorDay d) {
    Object[] counts = d.counts().values();
    Object[] out = new Object[3 + counts.length];
    out[0] = d.scope().key();
    out[1] = d.subject();
    out[2] = d.day();
    System.arraycopy(counts, 0, out, 3, counts.length);
    return out;
  }
}
