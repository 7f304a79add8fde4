package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import org.amity.signal.DetectionSpec;
import org.amity.signal.SeriesScores;

/**
 * One detector spec's series for one subject, read and scored exactly as the watch reads and scores
 * it (same coverage start, gap filling, rolling sums and baseline): what a chart beside an alert
 * should show, so that the alert's value and baseline are points on it.
 */
public final class SpecSeries {
  private SpecSeries() {}

  /**
   * @param source "events" or "import" (see {@code DetectorConfig.source})
   * @return the scores, or null when the store has no data for the subject under this spec
   */
  public static SeriesScores score(Connection c, DetectionSpec spec, String source, String subject)
      throws SQLException {
    DuckDbSignalStore.Series d =
        new SignalSeries(c).load(spec, source, Set.of(subject)).get(subject);
    if (d == null || d.periods().isEmpty()) {
      return null;
    }
    return spec.score(d.periods(), d.numerator(), d.denominator());
  }
}
