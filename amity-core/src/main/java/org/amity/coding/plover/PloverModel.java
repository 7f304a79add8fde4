package org.amity.coding.plover;

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
 * The PLOVER-type arbiter: a multinomial logistic regression (Tribuo, AdaGrad) over a sentence's
 * binary features ({@link PloverReading#features}). The settings are the five-way model's, fixed
 * and not tuned on the PLOVER records: {@link #SETTINGS}. Trained at run time, never saved.
 */
public final class PloverModel {
  private static final int EPOCHS = 10;

  /** Training settings, recorded for provenance. */
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

  private final Model<Label> model;

  private PloverModel(Model<Label> model) {
    this.model = model;
  }

  /** Trains on readings with their types; the same data and seed give the same model. */
  public static PloverModel train(List<PloverReading> readings, List<String> types, long seed) {
    TRIBUO.setLevel(Level.WARNING);
    List<Example<Label>> examples = new ArrayList<>(readings.size());
    for (int i = 0; i < readings.size(); i++) {
      examples.add(example(readings.get(i), new Label(types.get(i))));
    }
    MutableDataset<Label> data =
        new MutableDataset<>(
            new ListDataSource<>(
                examples, LABELS, new SimpleDataSourceProvenance("PLOVER sentences", LABELS)));
    LinearSGDTrainer trainer =
        new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), EPOCHS, 1_000_000, seed);
    return new PloverModel(trainer.train(data));
  }

  /** The most probable PLOVER type of a sentence. */
  public String predict(PloverReading r) {
    return model.predict(example(r, LABELS.getUnknownOutput())).getOutput().getLabel();
  }

  private static Example<Label> example(PloverReading r, Label label) {
    double[] ones = new double[r.features().size()];
    Arrays.fill(ones, 1);
    return new ArrayExample<>(label, r.features().toArray(String[]::new), ones);
  }
}
