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
 */
public record SentenceRow(
    String nativeId, String storyId, int sentence, String text, String newsSource, String url) {}
