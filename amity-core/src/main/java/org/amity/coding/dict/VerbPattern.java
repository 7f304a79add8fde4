package org.amity.coding.dict;

import java.util.List;

/**
 * One verb pattern: what must stand before and after the verb for a more specific code, as in
 * {@code - * (TO BORDER) [154]} or {@code - + HOSTING * TABASKI ^ $ [042]}.
 *
 * @param before elements before the verb, nearest to the verb first
 * @param after elements after the verb, nearest first
 * @param code the code for source to target, null if none
 * @param reverse the code for target to source ({@code [032:033]}), null if none
 * @param text the pattern as written, for explanations
 * @param line where it was read, "file:line"
 */
public record VerbPattern(
    List<Element> before,
    List<Element> after,
    String code,
    String reverse,
    String text,
    String line) {

  /** What an element asks of the sentence. */
  public enum Kind {
    /** a word (in {@link Words} form) */
    WORD,
    /** one of the phrases of a synonym set */
    SYNSET,
    /** the source actor ({@code $}) */
    SOURCE,
    /** the target actor ({@code +}) */
    TARGET,
    /** a compound actor whose members act on each other ({@code %}) */
    COMPOUND,
    /** any one noun phrase ({@code ^}) */
    SKIP
  }

  /**
   * One element.
   *
   * @param kind what it is
   * @param value the word, or the synset name without {@code &}
   * @param attached true when it must follow the previous element (towards the verb) at once; false
   *     when other words may come between
   */
  public record Element(Kind kind, String value, boolean attached) {}

  public VerbPattern {
    before = List.copyOf(before);
    after = List.copyOf(after);
  }

  /** How specific the pattern is: longer patterns are tried first. */
  public int weight() {
    return before.size() + after.size();
  }
}
