package org.amity.forecast.model;

import java.util.Map;

/**
 * Something that learns a probability of a yes/no outcome from feature rows. Training is
 * deterministic given the seed: the same rows and seed give the same model.
 */
public interface Learner {
  /** Short name used in reports and the CLI ("logit", "gbt"). */
  String name();

  /** The settings that shape the fit, for provenance. */
  Map<String, Object> parameters();

  /**
   * Fits on rows {@code x} (cases by features, no missing values) with outcomes {@code y} (0/1).
   */
  ProbabilityModel fit(double[][] x, double[] y, String[] featureNames, long seed);

  /** A fitted model. */
  interface ProbabilityModel {
    /** The probability of the event for each row. */
    double[] predict(double[][] x);
  }
}
