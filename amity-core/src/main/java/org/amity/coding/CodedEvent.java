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
 */
public record CodedEvent(
    String source,
    String target,
    String code,
    String sourceText,
    String targetText,
    String verb,
    String pattern,
    List<String> issues) {

  public CodedEvent {
    issues = List.copyOf(issues);
  }

  /** Same dyad and code (what evaluation compares). */
  public String key() {
    return source + " " + target + " " + code;
  }
}
