package org.amity.coding;

import java.util.List;

/**
 * What the coder made of one sentence.
 *
 * @param storyId the story it belongs to
 * @param number its place in the story, from 1
 * @param text the sentence as written
 * @param events the events coded, in order
 * @param discard the discard phrase that stopped coding, null if none
 * @param sentenceClass the sentence's five-way class from the coder's {@link SentenceClassifier},
 *     null when the coder has none or it could not tell; given also when no event was built
 */
public record CodedSentence(
    String storyId,
    int number,
    String text,
    List<CodedEvent> events,
    String discard,
    FiveWay sentenceClass) {
  public CodedSentence {
    events = List.copyOf(events);
  }

  /** A sentence coded without a classifier. */
  public CodedSentence(
      String storyId, int number, String text, List<CodedEvent> events, String discard) {
    this(storyId, number, text, events, discard, null);
  }
}
