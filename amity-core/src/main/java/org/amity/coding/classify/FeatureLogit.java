package org.amity.coding.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * The coder's one learner: a multinomial logistic regression (Tribuo, stochastic gradient with
 * AdaGrad) over binary features named by strings. The five-way class model and the PLOVER-type
 * arbiter both train with it, so they share fixed settings that were never tuned on any score:
 * {@link #SETTINGS}.
 */
public final class FeatureLogit {
  private static final int EPOCHS = 10;

  /** Training settings, recorded for provenance (and part of the model cache's key). */
  public static final Map<String, Object> SETTINGS =
      Map.of(
          "model",
          "multinomial logistic regression (Tribuo LinearSGDTrainer, LogMulticlass)",
          "optimiser",
          "AdaGrad, initial rate 0.1, epsilon 0.1",
          "epochs",
          EPOCHS,
          "minibatch",
          1);

  private static final LabelFactory LABELS = new LabelFactory();
  private static final Logger TRIBUO = Logger.getLogger("org.tribuo");

  private FeatureLogit() {}

  /**
   * Trains on examples given as feature names with their labels; the same data and seed give the
   * same model.
   *
   * @param source what the examples are, for the model's provenance
   */
  public static Model<Label> train(
      List<List<String>> features, List<String> labels, long seed, String source) {
    TRIBUO.setLevel(Level.WARNING);
    List<Example<Label>> examples = new ArrayList<>(features.size());
    for (int i = 0; i < features.size(); i++) {
      examples.add(example(features.get(i), new Label(labels.get(i))));
    }
    MutableDataset<Label> data =
        new MutableDataset<>(
            new ListDataSource<>(examples, LABELS, new SimpleDataSourceProvenance(source, LABELS)));
    LinearSGDTrainer trainer =
        new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), EPOCHS, 1_000_000, seed);
    return trainer.train(data);
  }

  /** The most probable label of an example given by its feature names. */
  public static String predict(Model<Label> model, List<String> features) {
    return model.predict(example(features, LABELS.getUnknownOutput())).getOutput().getLabel();
  }

  private static Example<Label> example(List<String> names, Label label) {
    double[] ones = new double[names.size()];
    Arrays.fill(ones, 1);
    return new ArrayExample<>(label, names.toArray(String[]::new), ones);
  }
}
