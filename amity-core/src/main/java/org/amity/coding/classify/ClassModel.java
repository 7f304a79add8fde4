package org.amity.coding.classify;

import java.util.List;
import java.util.Map;
import org.amity.coding.FiveWay;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * The five-way class model: the coder's logistic regression ({@link FeatureLogit}) over a
 * sentence's binary features: its words and word pairs, and what the dictionaries read in it (the
 * class of the event they built, of the verbs they know, negated or not). It learns how far to
 * trust the dictionary in each case and what the words say where the dictionary says nothing.
 * Settings are fixed, not tuned: {@link #SETTINGS}.
 */
public final class ClassModel {
  /** Training settings, recorded for provenance. */
  public static final Map<String, Object> SETTINGS = FeatureLogit.SETTINGS;

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
    return new ClassModel(
        FeatureLogit.train(
            readings.stream().map(SentenceReading::features).toList(),
            gold.stream().map(FiveWay::name).toList(),
            seed,
            "labelled sentences"));
  }

  /** The most probable class of a sentence. */
  public FiveWay predict(SentenceReading r) {
    return FiveWay.valueOf(FeatureLogit.predict(model, r.features()));
  }
}
