package org.amity.signal;

import java.util.Optional;

/**
 * An indicator in words, as the shipped detectors' settings label it ({@code spec.NAME.label},
 * {@code pool.NAME.label}): "Attacks at sea in the area (...), over seven days" for {@code
 * sea_incidents_7d}. An indicator the shipped settings do not label (one of a custom settings file)
 * keeps its name. The readers (alerts, series, timelines, the dashboard) show this beside the name,
 * as {@link SubjectName} does for subjects; and beside a lens's value and baseline, what those two
 * numbers are ({@link #valueWords}).
 */
public final class IndicatorName {
  private IndicatorName() {}

  private static volatile DetectorConfig standard;

  public static String of(String indicator) {
    return standard().words(indicator);
  }

  /**
   * What the value and baseline of this lens's alerts and series are, in words ({@link
   * ValueWords}); empty for an indicator the shipped detectors do not score.
   */
  public static Optional<ValueWords> valueWords(String indicator) {
    return standard().alertSpec(indicator).map(ValueWords::of);
  }

  /** {@link #valueWords}'s caption, or null for an indicator no shipped detector scores. */
  public static String valueCaption(String indicator) {
    return valueWords(indicator).map(ValueWords::caption).orElse(null);
  }

  private static DetectorConfig standard() {
    DetectorConfig c = standard;
    if (c == null) {
      c = DetectorConfig.standard();
      standard = c;
    }
    return c;
  }
}
