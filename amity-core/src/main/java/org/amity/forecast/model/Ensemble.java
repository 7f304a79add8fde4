package org.amity.forecast.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An equal-weight linear pool of several learners: the forecast is the mean of their probabilities.
 * The weights are fixed in advance (equal), not fitted on the backtest, because a rare event gives
 * too few cases to estimate weights out of time, and equal weights are the combination
 * forecasting's record keeps finding hard to beat. Members that err differently (a penalised linear
 * model and shallow trees) average out part of each other's variance; the pool's known tendency to
 * be under-confident is what the rolling calibration then corrects.
 */
public final class Ensemble implements Learner {
  private final List<Learner> members;

  public Ensemble(List<Learner> members) {
    if (members.size() < 2) {
      throw new IllegalArgumentException("an ensemble needs at least two members");
    }
    this.members = List.copyOf(members);
  }

  /** The elastic-net logit of EWP's settings and the standard boosted trees. */
  public static Ensemble standard() {
    return new Ensemble(
        List.of(
            new ElasticNetLogit(ElasticNetLogit.Settings.ewp()),
            new BoostedTrees(BoostedTrees.Settings.standard())));
  }

  @Override
  public String name() {
    return "ensemble";
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("method", "equal-weight mean of the members' probabilities (linear pool)");
    Map<String, Object> each = new LinkedHashMap<>();
    for (Learner l : members) {
      each.put(l.name(), l.parameters());
    }
    m.put("members", each);
    return m;
  }

  @Override
  public ProbabilityModel fit(double[][] x, double[] y, String[] featureNames, long seed) {
    List<ProbabilityModel> fitted =
        members.stream().map(l -> l.fit(x, y, featureNames, seed)).toList();
    return rows -> {
      double[] sum = new double[rows.length];
      for (ProbabilityModel m : fitted) {
        double[] p = m.predict(rows);
        for (int i = 0; i < sum.length; i++) {
          sum[i] += p[i];
        }
      }
      for (int i = 0; i < sum.length; i++) {
        sum[i] /= fitted.size();
      }
      return sum;
    };
  }
}
