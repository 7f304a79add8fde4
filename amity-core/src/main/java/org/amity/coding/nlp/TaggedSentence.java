package org.amity.coding.nlp;

/**
 * A sentence ready for coding: tokens in the dictionaries' normal form, with what they looked like,
 * their Universal Dependencies tags and their lemmas (upper case). The arrays are parallel.
 *
 * @param text the sentence as written
 * @param words tokens in normal form (upper case, hyphens and possessives split off)
 * @param surface the same tokens as written
 * @param tags coarse tags: NOUN, PROPN, VERB, AUX, ADJ, ADV, ADP, DET, PRON, CCONJ, SCONJ, NUM,
 *     PART, PUNCT, ...
 * @param lemmas lemmas in upper case
 * @param tagged false when the sentence was left untagged (it cannot hold an event)
 */
public record TaggedSentence(
    String text, String[] words, String[] surface, String[] tags, String[] lemmas, boolean tagged) {

  public TaggedSentence(
      String text, String[] words, String[] surface, String[] tags, String[] lemmas) {
    this(text, words, surface, tags, lemmas, true);
  }

  /** A sentence left untagged because it cannot hold an event: tags "X", lemmas the words. */
  public static TaggedSentence untagged(String text, String[] words) {
    String[] tags = new String[words.length];
    java.util.Arrays.fill(tags, "X");
    return new TaggedSentence(text, words, words, tags, words, false);
  }

  public int size() {
    return words.length;
  }
}
