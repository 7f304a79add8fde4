package org.amity.forecast.calibrate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The calibrators a backtest or a live forecast can use, each one case (docs/forecasting.md,
 * sections 0 to 0e): how the map at an origin is fitted from the out-of-time forecasts whose
 * outcomes are known there.
 */
public enum CalibratorKind {
  /** Platt's intercept and slope, refitted at every origin on every known forecast. */
  PLATT,
  /** The intercept only (slope 1), refitted at every origin. */
  SHIFT,
  /**
   * Platt's map, kept until {@link RollingCalibration#STABLE_REFIT_EVENTS} new events are known.
   */
  STABLE,
  /** Platt refitted at every origin on the last ten origins (36 for months) only. */
  RECENT,
  /** One Platt map, fitted at the first scored origin on the warm-up, held for every origin. */
  FIXED,
  /** The {@code fixed} map's slope held, its intercept refitted at every origin. */
  ANCHORED,
  /** No map: the raw forecasts. */
  NONE;

  /** The name used on the command line and in the provenance ("platt", "none", ...). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every kind's label, in declaration order. */
  public static List<String> labels() {
    return Arrays.stream(values()).map(CalibratorKind::label).toList();
  }

  /** The kind a label names. */
  public static CalibratorKind named(String label) {
    for (CalibratorKind k : values()) {
      if (k.label().equals(label)) {
        return k;
      }
    }
    throw new IllegalArgumentException("no calibration named '" + label + "'");
  }
}
