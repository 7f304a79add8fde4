package org.amity.coding;

import java.util.List;

/**
 * Where the sentences behind stored text events are kept: one row per event, only for events that
 * are in the store and not yet described, with the event's and the sentence's five-way class.
 */
public interface CodedSentences {
  /** Stores the rows in one transaction; returns how many were added. */
  int add(List<SentenceRow> rows);

  /** The rows of one story, by sentence number then event id; empty for an unknown story. */
  List<SentenceRow> ofStory(String storyId);
}
