package org.amity.forecast.model;

import java.util.List;
import java.util.Map;
import org.amity.forecast.backtest.Case;
import org.amity.forecast.backtest.CaseModel;

/**
 * Drives a {@link Learner} from backtest cases: learns the training label, forecasts a probability.
 */
public final class EventModel implements CaseModel {
  private final Learner learner;

  public EventModel(Learner learner) {
    this.learner = learner;
  }

  @Override
  public String name() {
    return learner.name();
  }

  @Override
  public Map<String, Object> parameters() {
    return learner.parameters();
  }

  @Override
  public Fitted fit(List<Case> train, String[] features, long seed) {
    double[][] x = train.stream().map(Case::x).toArray(double[][]::new);
    double[] y = train.stream().mapToDouble(Case::trainLabel).toArray();
    boolean both = false;
    for (double v : y) {
      both |= v != y[0];
    }
    if (!both) {
      // nothing to separate yet: the honest forecast is the training frequency
      double only = y.length == 0 ? 0 : y[0];
      return test -> {
        double[] f = new double[test.size()];
        java.util.Arrays.fill(f, only);
        return f;
      };
    }
    Learner.ProbabilityModel m = learner.fit(x, y, features, seed);
    return test -> m.predict(test.stream().map(Case::x).toArray(double[][]::new));
  }
}
