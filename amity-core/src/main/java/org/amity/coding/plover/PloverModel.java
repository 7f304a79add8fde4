package org.amity.coding.plover;

import java.util.List;
import java.util.Map;
import org.amity.coding.classify.FeatureLogit;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * The PLOVER-type arbiter: the coder's logistic regression ({@link FeatureLogit}) over a sentence's
 * binary features ({@link PloverReading#features}), with the five-way model's settings, fixed and
 * not tuned on the PLOVER records: {@link #SETTINGS}. Trained at run time, never saved.
 */
public final class PloverModel {
  /** Training settings, recorded for provenance. */
  public static final Map<String, Object> SETTINGS = FeatureLogit.SETTINGS;

  private final Model<Label> model;

  private PloverModel(Model<Label> model) {
    this.model = model;
  }

  /** Trains on readings with their types; the same data and seed give the same model. */
  public static PloverModel train(List<PloverReading> readings, List<String> types, long seed) {
    return new PloverModel(
        FeatureLogit.train(
            readings.stream().map(PloverReading::features).toList(),
            types,
            seed,
            "PLOVER sentences"));
  }

  /** The most probable PLOVER type of a sentence. */
  public String predict(PloverReading r) {
    return FeatureLogit.predict(model, r.features());
  }
}
