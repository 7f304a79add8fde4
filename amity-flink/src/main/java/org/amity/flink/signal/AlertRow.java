package org.amity.flink.signal;

import org.amity.signal.DetectedAlert;

/**
 * An alert as the job writes it: its id and the detected alert.
 *
 * @param revision how many times the alert was emitted before this (0 the first time): a continuous
 *     run emits an alert again when its numbers change, and the evidence stages tell the versions
 *     apart by it
 * @param withdrawn the alert was emitted before and is found no more (continuous mode): written
 *     with status "withdrawn" and no evidence, as the embedded watch withdraws it
 * @param greatPowerParty whether an outside great power is directly involved in the subject (a
 *     party of a dyad, a coastal state of a sea area), as the watch judges it
 * @param carriers for a pooled lens's alert, the dyads that carried it ({@link ScoredAlert})
 */
public record AlertRow(
    int id,
    int revision,
    DetectedAlert alert,
    boolean greatPowerParty,
    boolean withdrawn,
    String[] carriers) {
  /** "scope|subject": the key of the subject's stages. */
  String subjectKey() {
    return Keys.subject(alert.scope(), alert.subject());
  }

  /** "indicator|scope|subject|resolution": which series an alert is on. */
  static String seriesKey(DetectedAlert a) {
    return a.indicator() + "|" + a.scope().key() + "|" + a.subject() + "|" + a.resolution().key();
  }
}
