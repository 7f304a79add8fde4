package org.amity.coding.classify;

import java.util.List;
import org.amity.coding.FiveWay;

/**
 * What the dictionary coder makes of one sentence, as evidence for its five-way class.
 *
 * @param dictionary the class of the first event the coder built (actors, verb, pattern), or null
 *     when it built none
 * @param verb the class of the dictionary's verbs found in the sentence without actors (the first
 *     one that is not a statement, else a statement), or null when no dictionary verb is there
 * @param features the names of the sentence's binary features for the learned model
 */
public record SentenceReading(FiveWay dictionary, FiveWay verb, List<String> features) {
  public SentenceReading {
    features = List.copyOf(features);
  }

  /** The dictionary's own answer: the event's class, else its verbs' class (null: neither). */
  public FiveWay rules() {
    return dictionary != null ? dictionary : verb;
  }
}
