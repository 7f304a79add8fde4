package org.amity.coding.plover;

import java.util.List;

/**
 * What the dictionary coder makes of one sentence, as evidence for its PLOVER event type.
 *
 * @param dictionary the type of the first event the coder built that has one (read in context by
 *     {@link PloverTypes#read}), or null
 * @param verb the type of the sentence's main dictionary verb found without actors (the first verb
 *     with a type in context), or null
 * @param tableOnly the answer before the codebook's readings: the table's type of the first coded
 *     event that has one, else of the main dictionary verb ({@link
 *     org.amity.coding.classify.SentenceReader#mainVerbCode}); null when neither
 * @param features the names of the sentence's binary features for the learned arbiter
 */
public record PloverReading(
    String dictionary, String verb, String tableOnly, List<String> features) {
  public PloverReading {
    features = List.copyOf(features);
  }

  /** The dictionary's own answer: its event's type, else its main verb's; null when neither. */
  public String rules() {
    return dictionary != null ? dictionary : verb;
  }
}
