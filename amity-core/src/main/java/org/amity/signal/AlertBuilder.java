package org.amity.signal;

import java.util.ArrayList;
import java.util.List;

/** Turns a series' levels into alerts: one per run of periods above NONE. */
public final class AlertBuilder {
  private AlertBuilder() {}

  public static List<DetectedAlert> alerts(DetectionSpec spec, String subject, SeriesScores s) {
    List<DetectedAlert> out = new ArrayList<>();
    int t = 0;
    int n = s.size();
    while (t < n) {
      if (s.levels()[t] == Level.NONE) {
        t++;
        continue;
      }
      int start = t;
      int peak = t;
      Level peakLevel = s.levels()[t];
      while (t < n && s.levels()[t] != Level.NONE) {
        if (strength(s, t) > strength(s, peak)) {
          peak = t;
        }
        if (s.levels()[t].compareTo(peakLevel) > 0) {
          peakLevel = s.levels()[t];
        }
        t++;
      }
      int last = t - 1;
      out.add(
          new DetectedAlert(
              spec.name(),
              spec.scope(),
              subject,
              spec.resolution(),
              s.levels()[last],
              peakLevel,
              s.periods().get(start),
              s.periods().get(last),
              t < n ? s.periods().get(t) : null,
              s.periods().get(peak),
              s.values()[peak],
              s.expected()[peak],
              s.scores()[peak],
              s.cusum()[peak]));
    }
    return out;
  }

  /** The period where the evidence was strongest: the score, or the accumulated excess. */
  private static double strength(SeriesScores s, int t) {
    return Math.max(s.scores()[t], s.cusum()[t] / 2);
  }
}
