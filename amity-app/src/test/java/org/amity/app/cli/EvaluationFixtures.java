package org.amity.app.cli;

import java.util.List;
import java.util.Map;
import org.amity.simulate.Evaluation;

/** Evaluations with chosen figures, for tests of what is made of them. */
final class EvaluationFixtures {
  private EvaluationFixtures() {}

  /** Ten episodes, recall and precision as given, this many false alerts per country-year. */
  static Evaluation withRecall(double recall, double precision, double falsePerCountryYear) {
    return withRecall(recall, precision, falsePerCountryYear, Map.of());
  }

  /** The same, with the false alerts per lens given. */
  static Evaluation withRecall(
      double recall, double precision, double falsePerCountryYear, Map<String, Integer> byLens) {
    int detected = (int) Math.round(recall * 10);
    return new Evaluation(
        10,
        detected,
        recall,
        precision,
        5.0,
        falsePerCountryYear,
        10,
        (int) Math.round(precision * 10),
        10 - (int) Math.round(precision * 10),
        0,
        0,
        0,
        11,
        1.0,
        "watch",
        Map.of(),
        Map.of("weak", new Evaluation.Group(10, detected, recall, 5.0)),
        Map.of(),
        byLens,
        List.of());
  }
}
