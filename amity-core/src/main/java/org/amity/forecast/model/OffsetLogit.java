package org.amity.forecast.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.amity.forecast.rates.OnsetRates;

/**
 * A logistic regression whose level follows the world's recent onset rate: logit P(y) = logit(r) +
 * f(x), where r is the world's onset rate over the ten years strictly before the feature year (the
 * feature {@code world_onset_rate_10y} of {@link OnsetRates}) entered as an offset, its coefficient
 * fixed at 1 and never fitted, and f is the elastic-net logit ({@link ElasticNetLogit}) fitted on
 * the residual log-odds, with the offset inside its likelihood. f reads the other features except
 * the time trend ({@code year}, {@code year_sq}: the offset replaces it) and the rate features (a
 * fitted coefficient on a world or regional rate is the learned level the offset replaces). Because
 * the offset is not learned, the forecast's level can go below every rate of the training years
 * (docs/forecasting.md, section 0g).
 */
public final class OffsetLogit implements Learner {
  /** The feature whose log-odds is the offset. */
  public static final String OFFSET_FEATURE = "world_onset_rate_10y";

  /** The rate below which the offset is floored, so that an empty window is not minus infinity. */
  public static final double RATE_FLOOR = 1e-4;

  private static final Set<String> TIME_TREND = Set.of("year", "year_sq");

  private final ElasticNetLogit logit;
  private final ElasticNetLogit.Settings settings;

  public OffsetLogit(ElasticNetLogit.Settings settings) {
    this.settings = settings;
    this.logit = new ElasticNetLogit(settings);
  }

  @Override
  public String name() {
    return "offset";
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(
        "method",
        "elastic-net logistic regression with an offset: logit p = logit(r) + f(x), the offset's"
            + " coefficient fixed at 1");
    m.put(
        "offset",
        "logit("
            + OFFSET_FEATURE
            + "): the world's onset rate over the 10 years before the feature"
            + " year (t-10 .. t-1)");
    m.put("offsetFeature", OFFSET_FEATURE);
    m.put("offsetCoefficient", 1.0);
    m.put("offsetRateFloor", RATE_FLOOR);
    List<String> dropped = new ArrayList<>(TIME_TREND.stream().sorted().toList());
    dropped.addAll(Arrays.asList(OnsetRates.NAMES));
    m.put("notInF", dropped);
    m.put("alpha", settings.alpha());
    m.put("lambdas", settings.lambdas());
    m.put("cvFolds", settings.folds());
    m.put("lambdaChoice", "min cross-validated deviance (offsets in the held-out deviance)");
    return m;
  }

  /** The offset of a rate: its log-odds, the rate floored at {@link #RATE_FLOOR}. */
  public static double offset(double rate) {
    double r = Math.min(1 - RATE_FLOOR, Math.max(RATE_FLOOR, rate));
    return Math.log(r / (1 - r));
  }

  @Override
  public ProbabilityModel fit(double[][] x, double[] y, String[] featureNames, long seed) {
    Columns c = Columns.of(featureNames);
    ElasticNetLogit.Fit f = logit.fitWithOffset(c.inF(x), y, c.offsets(x), seed);
    return new Fitted(f, c);
  }

  /**
   * A fitted offset logit: f's coefficients over the features it reads, and which columns those
   * are.
   *
   * @param f the elastic-net fit of the residual log-odds
   * @param columns where the offset and f's features are in a row
   */
  public record Fitted(ElasticNetLogit.Fit f, Columns columns) implements ProbabilityModel {
    @Override
    public double[] predict(double[][] x) {
      return f.predict(columns.inF(x), columns.offsets(x));
    }

    /** f's coefficient of a feature by name (0 when f does not read it or dropped it). */
    public double coefficient(String feature) {
      for (int k = 0; k < columns.inF().length; k++) {
        if (columns.names()[columns.inF()[k]].equals(feature)) {
          return f.beta()[k];
        }
      }
      return 0;
    }
  }

  /**
   * Which columns of a row are the offset's rate and f's features.
   *
   * @param names every feature's name, in row order
   * @param offset the index of the rate
   * @param inF the indices f reads
   */
  public record Columns(String[] names, int offset, int[] inF) {
    static Columns of(String[] names) {
      int off = Arrays.asList(names).indexOf(OFFSET_FEATURE);
      if (off < 0) {
        throw new IllegalArgumentException(
            "the offset model reads the feature "
                + OFFSET_FEATURE
                + " (--features rates), which this panel lacks");
      }
      Set<String> out = new HashSet<>(TIME_TREND);
      out.addAll(Arrays.asList(OnsetRates.NAMES));
      int[] keep = IntStream.range(0, names.length).filter(j -> !out.contains(names[j])).toArray();
      return new Columns(names.clone(), off, keep);
    }

    double[][] inF(double[][] x) {
      double[][] out = new double[x.length][inF.length];
      for (int i = 0; i < x.length; i++) {
        for (int k = 0; k < inF.length; k++) {
          out[i][k] = x[i][inF[k]];
        }
      }
      return out;
    }

    double[] offsets(double[][] x) {
      double[] o = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        o[i] = OffsetLogit.offset(x[i][offset]);
      }
      return o;
    }
  }
}
