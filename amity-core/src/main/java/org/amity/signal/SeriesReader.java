package org.amity.signal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads indicator series from the store: the points as stored (derived by the watch or imported),
 * what series a subject has, and a detector spec's series exactly as the watch reads and scores it.
 * {@link IndicatorSeriesReader} answers the faces' questions through this.
 */
public interface SeriesReader {

  /** One stored point of one source. */
  record StoredPoint(LocalDate period, double value, String source) {}

  /** A series a subject has, with its extent. */
  record CatalogEntry(
      String indicator,
      String resolution,
      long points,
      LocalDate from,
      LocalDate to,
      String sources) {}

  /**
   * The points of one series, by period then source; {@code from} and {@code to} may be null.
   *
   * @param subject as stored: upper case, dyads "A-B" with the codes in order, or directed "A>B"
   */
  List<StoredPoint> stored(
      Scope scope,
      String subject,
      String indicator,
      Resolution resolution,
      LocalDate from,
      LocalDate to);

  /** The series a subject has, by indicator then resolution. */
  List<CatalogEntry> catalog(Scope scope, String subject);

  /**
   * One detector spec's series for one subject, read and scored as the watch does (same coverage
   * start, gap filling, rolling sums and baseline); empty when the store has no data for it.
   *
   * @param source "events" or "import" (see {@code DetectorConfig.source})
   */
  Optional<SeriesScores> scored(DetectionSpec spec, String source, String subject);

  /**
   * As {@link #scored}, for several subjects at once and only those the watch scores under the
   * spec: a subject whose whole series has less volume than the spec's floor is left out too (what
   * a pooled lens reads). Keyed by subject.
   */
  default java.util.Map<String, SeriesScores> watched(
      DetectionSpec spec, String source, java.util.Collection<String> subjects) {
    java.util.Map<String, SeriesScores> out = new java.util.TreeMap<>();
    for (String s : subjects) {
      scored(spec, source, s).ifPresent(x -> out.put(s, x));
    }
    return out;
  }
}
