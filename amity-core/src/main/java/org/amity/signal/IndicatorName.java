package org.amity.signal;

/**
 * An indicator in words, as the shipped detectors' settings label it ({@code spec.NAME.label},
 * {@code pool.NAME.label}): "Attacks at sea in the area (...), over seven days" for {@code
 * sea_incidents_7d}. An indicator the shipped settings do not label (one of a custom settings file)
 * keeps its name. The readers (alerts, series, timelines, the dashboard) show this beside the name,
 * as {@link SubjectName} does for subjects.
 */
public final class IndicatorName {
  private IndicatorName() {}

  private static volatile DetectorConfig standard;

  public static String of(String indicator) {
    DetectorConfig c = standard;
    if (c == null) {
      c = DetectorConfig.standard();
      standard = c;
    }
    return c.words(indicator);
  }
}
