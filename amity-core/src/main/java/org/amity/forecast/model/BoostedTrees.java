package org.amity.forecast.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Gradient-boosted trees for a yes/no outcome, through Tribuo's XGBoost trainer. The settings are
 * fixed in advance, not tuned on the backtest years: shallow trees, a small learning rate and
 * subsampling, because events are rare (under 1% of country-years for mass killing) and deep trees
 * would memorise the few positives. One thread keeps the result independent of the machine.
 */
public final class BoostedTrees implements Learner {
  static final LabelFactory LABELS = new LabelFactory();
  static final Label YES = new Label("1");
  static final Label NO = new Label("0");

  /** Boosting settings. */
  public record Settings(
      int trees,
      double eta,
      int maxDepth,
      double minChildWeight,
      double subsample,
      double colsample) {
    /** The a-priori settings used for every event target. */
    public static Settings standard() {
      return new Settings(300, 0.03, 3, 1.0, 0.8, 0.8);
    }
  }

  private final Settings settings;

  public BoostedTrees(Settings settings) {
    this.settings = settings;
    TribuoLog.quiet();
  }

  @Override
  public String name() {
    return "gbt";
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("method", "gradient-boosted trees (Tribuo 4.3.2, XGBoost 1.6.2, binary logistic)");
    m.put("trees", settings.trees());
    m.put("eta", settings.eta());
    m.put("maxDepth", settings.maxDepth());
    m.put("minChildWeight", settings.minChildWeight());
    m.put("subsample", settings.subsample());
    m.put("colsample", settings.colsample());
    m.put("threads", 1);
    return m;
  }

  @Override
  public ProbabilityModel fit(double[][] x, double[] y, String[] names, long seed) {
    MutableDataset<Label> data =
        new MutableDataset<>(
            new ListDataSource<>(
                examples(x, y, names), LABELS, new SimpleDataSourceProvenance("cases", LABELS)));
    XGBoostClassificationTrainer trainer =
        new XGBoostClassificationTrainer(
            settings.trees(),
            settings.eta(),
            0.0,
            settings.maxDepth(),
            settings.minChildWeight(),
            settings.subsample(),
            settings.colsample(),
            1.0,
            0.0,
            1,
            true,
            seed);
    XGBoostModel<Label> model = trainer.train(data);
    return rows -> predict(model, rows, names);
  }

  private static List<Example<Label>> examples(double[][] x, double[] y, String[] names) {
    List<Example<Label>> out = new java.util.ArrayList<>(x.length);
    for (int i = 0; i < x.length; i++) {
      out.add(new ArrayExample<>(y == null || y[i] > 0.5 ? YES : NO, names, x[i]));
    }
    return out;
  }

  private static double[] predict(XGBoostModel<Label> model, double[][] rows, String[] names) {
    List<Prediction<Label>> ps = model.predict(examples(rows, null, names));
    double[] out = new double[rows.length];
    for (int i = 0; i < out.length; i++) {
      Label yes = ps.get(i).getOutputScores().get(YES.getLabel());
      out[i] = yes == null ? 0 : yes.getScore();
    }
    return out;
  }
}
