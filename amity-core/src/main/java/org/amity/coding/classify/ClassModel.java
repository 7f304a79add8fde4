package org.amity.coding.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.amity.coding.FiveWay;
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
 * A multinomial logistic regression (Tribuo, stochastic gradient with AdaGrad) over a sentence's
 * binary features: its words and word pairs, and what the dictionaries read in it (the class of the
 * event they built, of the verbs they know, negated or not). It learns how far to trust the
 * dictionary in each case and what the words say where the dictionary says nothing. Settings are
 * fixed, not tuned: {@link #SETTINGS}.
 */
public final class ClassModel {
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

  private ClassModel(Model<Label> model) {
    this.model = model;
  }

  /** A model trained before (from the {@link ModelCache}). */
  static ClassModel of(Model<Label> model) {
    return new ClassModel(model);
  }

  Model<Label> model() {
    return model;
  }

  /** Trains on the readings with their gold classes; the same data and seed give the same model. */
  public static ClassModel train(List<SentenceReading> readings, List<FiveWay> gold, long seed) {
    TRIBUO.setLevel(Level.WARNING);
    List<Example<Label>> examples = new ArrayList<>(readings.size());
    for (int i = 0; i < readings.size(); i++) {
      examples.add(example(readings.get(i), new Label(gold.get(i).name())));
    }
    MutableDataset<Label> data =
        new MutableDataset<>(
            new ListDataSource<>(
                examples, LABELS, new SimpleDataSourceProvenance("labelled sentences", LABELS)));
    LinearSGDTrainer trainer =
        new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), EPOCHS, 1_000_000, seed);
    return new ClassModel(trainer.train(data));
  }

  /** The most probable class of a sentence. */
  public FiveWay predict(SentenceReading r) {
    return FiveWay.valueOf(
        model.predict(example(r, LABELS.getUnknownOutput())).getOutput().getLabel());
  }

  private static Example<Label> example(SentenceReading r, Label label) {
    List<String> names = r.features();
    double[] ones = new double[names.size()];
    java.util.Arrays.fill(ones, 1);
    return new ArrayExample<>(label, names.toArray(String[]::new), ones);
  }
}
