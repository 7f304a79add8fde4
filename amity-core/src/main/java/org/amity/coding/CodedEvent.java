package org.amity.coding;

import java.util.List;

/**
 * One event the coder found in a sentence, before it becomes an {@link org.amity.event.Event}.
 *
 * @param source the source actor's full code ("PHLGOV")
 * @param target the target actor's full code
 * @param code the event code as the dictionary gives it ("0231"; test dictionaries may give codes
 *     outside CAMEO)
 * @param sourceText the source's words as written
 * @param targetText the target's words as written
 * @param verb the verb as written
 * @param pattern the pattern that gave the code, or null when it was the verb's own code
 * @param issues issue codes found in the sentence
 * @param reported for an event a transformation rule made from reported speech ("A said B attacked
 *     C" stored as A accuses B), the reported event it was made from; null otherwise
 */
public record CodedEvent(
    String source,
    String target,
    String code,
    String sourceText,
    String targetText,
    String verb,
    String pattern,
    List<String> issues,
    Reported reported) {

  public CodedEvent {
    issues = List.copyOf(issues);
  }

  /** An event as the clause states it, not made from reported speech. */
  public CodedEvent(
      String source,
      String target,
      String code,
      String sourceText,
      String targetText,
      String verb,
      String pattern,
      List<String> issues) {
    this(source, target, code, sourceText, targetText, verb, pattern, issues, null);
  }

  /**
   * The reported event behind a transformed one: who was said to have done what to whom.
   *
   * @param source the reported event's source code
   * @param target its target code, null when the report names none ("said Merval attacked")
   * @param code its code
   * @param words the reported clause in its own words ("Merval attacked the Kestrel Isles")
   */
  public record Reported(String source, String target, String code, String words) {}

  /**
   * The event in words for a reader, for a transformed event: "Valdoria → Merval: accuse (reported:
   * Merval attacked the Kestrel Isles)", with {@code label} the CAMEO name of its code; null for an
   * event the clause states itself.
   */
  public String gloss(String label) {
    if (reported == null) {
      return null;
    }
    return sourceText
        + " → "
        + targetText
        + ": "
        + (label == null ? code : label)
        + " (reported: "
        + reported.words()
        + ")";
  }

  /** Same dyad and code (what evaluation compares). */
  public String key() {
    return source + " " + target + " " + code;
  }
}
