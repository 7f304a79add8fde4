package org.amity.forecast.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amity.forecast.backtest.Case;
import org.amity.forecast.backtest.CaseModel;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;

/**
 * Gradient-boosted trees for counts (Tribuo's XGBoost regression trainer with XGBoost's Tweedie
 * objective with variance power 1.01, the nearest to Poisson that Tribuo accepts), so the forecast
 * is an expected count. Settings fixed in advance, one thread.
 */
public final class BoostedCounts implements CaseModel {
  private static final RegressionFactory FACTORY = new RegressionFactory();
  private static final String DIM = "count";
  private static final double TWEEDIE_POWER = 1.01;
  private final BoostedTrees.Settings settings;

  public BoostedCounts(BoostedTrees.Settings settings) {
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
    m.put(
        "method",
        "gradient-boosted trees (Tribuo 4.3.2, XGBoost 1.6.2, Tweedie objective, variance power 1.01: nearly Poisson)");
    m.put("tweedieVariancePower", TWEEDIE_POWER);
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
  public Fitted fit(List<Case> train, String[] features, long seed) {
    List<Example<Regressor>> ex = new ArrayList<>();
    for (Case c : train) {
      ex.add(new ArrayExample<>(new Regressor(DIM, c.trainLabel()), features, c.x()));
    }
    MutableDataset<Regressor> data =
        new MutableDataset<>(
            new ListDataSource<>(ex, FACTORY, new SimpleDataSourceProvenance("cases", FACTORY)));
    Map<String, Object> params = new HashMap<>();
    // Tribuo allows no count:poisson; Tweedie with variance power near 1 is its log-link limit
    params.put("objective", XGBoostRegressionTrainer.RegressionType.TWEEDIE.paramName);
    params.put("tweedie_variance_power", TWEEDIE_POWER);
    params.put("eta", settings.eta());
    params.put("max_depth", settings.maxDepth());
    params.put("min_child_weight", settings.minChildWeight());
    params.put("subsample", settings.subsample());
    params.put("colsample_bytree", settings.colsample());
    params.put("nthread", 1);
    params.put("seed", (int) seed);
    params.put("verbosity", 0);
    XGBoostRegressionTrainer trainer =
        new XGBoostRegressionTrainer(
            XGBoostRegressionTrainer.RegressionType.TWEEDIE, settings.trees(), params);
    Model<Regressor> model = trainer.train(data);
    return test -> {
      List<Example<Regressor>> rows = new ArrayList<>();
      for (Case c : test) {
        rows.add(new ArrayExample<>(new Regressor(DIM, Double.NaN), features, c.x()));
      }
      List<Prediction<Regressor>> ps = model.predict(rows);
      double[] out = new double[test.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = ps.get(i).getOutput().getValues()[0];
      }
      return out;
    };
  }
}
