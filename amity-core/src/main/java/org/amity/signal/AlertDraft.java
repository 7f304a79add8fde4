package org.amity.signal;

import java.util.List;
import org.amity.typology.ThreatProfile;

/**
 * A detected alert with what its evidence says, ready to be stored.
 *
 * @param maritimeShare share of the evidence at sea
 * @param humanitarianShare share of the evidence of humanitarian kind
 * @param keep the stored alert already says exactly this: leave it and its evidence as they are
 */
public record AlertDraft(
    DetectedAlert detected,
    ThreatProfile profile,
    List<Evidence> evidence,
    boolean greatPowerParty,
    double outsidePowerShare,
    List<String> themes,
    double maritimeShare,
    double humanitarianShare,
    boolean keep) {

  /** A draft that leaves an unchanged stored alert as it is. */
  public static AlertDraft keep(DetectedAlert detected) {
    return new AlertDraft(
        detected, ThreatProfile.EMPTY, List.of(), false, 0, List.of(), 0, 0, true);
  }

  /** The signature of a detected alert, from the numbers as they will be stored. */
  public static String signature(DetectedAlert a) {
    return signature(
        a.opened(),
        a.closed(),
        a.protracted(),
        a.level(),
        a.peakLevel(),
        a.value(),
        a.storedBaseline(),
        a.storedScore());
  }

  /**
   * What identifies a detected alert's content: its span, levels and numbers. Equal signatures mean
   * nothing about the alert changed, so its evidence need not be looked up again.
   */
  public static String signature(
      java.time.LocalDate opened,
      java.time.LocalDate closed,
      java.time.LocalDate protracted,
      Level level,
      Level peak,
      double value,
      double baseline,
      double score) {
    return opened
        + "|"
        + closed
        + "|"
        + protracted
        + "|"
        + level.key()
        + "|"
        + peak.key()
        + "|"
        + Math.round(value * 1000)
        + "|"
        + Math.round(baseline * 1000)
        + "|"
        + Math.round(score * 100);
  }
}
