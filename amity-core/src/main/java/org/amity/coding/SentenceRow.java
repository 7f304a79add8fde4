package org.amity.coding;

/**
 * The sentence behind one stored event, kept beside the events table (an {@link
 * org.amity.event.Event} has no place for it).
 *
 * @param nativeId the event's native id in dataset {@code text}
 * @param storyId the story
 * @param sentence the sentence's number in the story, from 1
 * @param text the sentence
 * @param newsSource who published the story, null if unknown
 * @param url where, null if unknown
 * @param eventClass the event's five-way class, from its CAMEO code
 * @param sentenceClass the sentence's five-way class from the coder's classifier (which may weigh
 *     the words against the dictionary and disagree with the event's), null when none was given
 * @param classModel which classifier gave {@code sentenceClass} ("learned", "fill", "rules"), null
 *     when none
 */
public record SentenceRow(
    String nativeId,
    String storyId,
    int sentence,
    String text,
    String newsSource,
    String url,
    FiveWay eventClass,
    FiveWay sentenceClass,
    String classModel) {

  /** A row without classes. */
  public SentenceRow(
      String nativeId, String storyId, int sentence, String text, String newsSource, String url) {
    this(nativeId, storyId, sentence, text, newsSource, url, null, null, null);
  }
}
