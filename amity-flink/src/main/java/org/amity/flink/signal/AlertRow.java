package org.amity.flink.signal;

import org.amity.signal.DetectedAlert;

/**
 * An alert as the job writes it: its id and the detected alert.
 *
 * @param greatPowerParty whether an outside great power is directly involved in the subject (a
 *     party of a dyad, a coastal state of a sea area), as the watch judges it
 */
public record AlertRow(int id, DetectedAlert alert, boolean greatPowerParty) {
  /** "indicator|scope|subject|resolution": which series an alert is on. */
  static String seriesKey(DetectedAlert a) {
    return a.indicator() + "|" + a.scope().key() + "|" + a.subject() + "|" + a.resolution().key();
  }
}
