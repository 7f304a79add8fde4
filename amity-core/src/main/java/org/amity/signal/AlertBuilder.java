package org.amity.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a series' levels into alerts: one per run of periods above NONE. A run that became
 * protracted ends where it did; it stays protracted until the detector's protracted state ends,
 * which closes it. A run whose protracted state ends in the very period it would begin (its level
 * came back down, or rose again, that period) was never protracted: it is closed there, with no
 * protracted date, so that no alert is protracted and closed on the same day.
 */
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
      while (t < n && s.levels()[t] != Level.NONE && !(t > start && s.protractedAt()[t])) {
        if (strength(s, t) > strength(s, peak)) {
          peak = t;
        }
        if (s.levels()[t].compareTo(peakLevel) > 0) {
          peakLevel = s.levels()[t];
        }
        t++;
      }
      int last = t - 1;
      LocalDate protracted = null;
      int end = t; // the period that closes the alert (n: open to the end of the series)
      if (t < n && s.protractedAt()[t]) {
        protracted = s.periods().get(t);
        while (end < n && s.protracted()[end]) {
          end++;
        }
        if (end == t) {
          protracted = null; // not one period protracted: it closes where it would have begun
        }
      }
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
              end < n ? s.periods().get(end) : null,
              protracted,
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
