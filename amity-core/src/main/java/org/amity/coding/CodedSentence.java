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
 */
public record CodedSentence(
    String storyId, int number, String text, List<CodedEvent> events, String discard) {
  public CodedSentence {
    events = List.copyOf(events);
  }
}
