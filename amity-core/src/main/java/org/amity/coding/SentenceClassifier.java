package org.amity.coding;

import java.util.List;
import org.amity.coding.nlp.TaggedSentence;

/**
 * Gives a sentence its five-way class, seeing the events the dictionary coder built in it, so that
 * a sentence where no full event (source, verb, target) can be built still gets a class. The events
 * and their actors stay the dictionary's; the class is evidence about the sentence. Implementations
 * are thread-safe.
 */
public interface SentenceClassifier {
  /** The sentence's class, or null when nothing in it tells. */
  FiveWay classify(TaggedSentence sentence, List<CodedEvent> events);

  /** Which model gives the classes, in words, for the output's provenance. */
  String model();

  /** The same in one word, as stored beside each coded sentence ("learned", "rules"). */
  String kind();
}
