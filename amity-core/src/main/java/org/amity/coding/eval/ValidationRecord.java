package org.amity.coding.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One PETRARCH validation record: a sentence with the events a correct coder finds in it.
 *
 * @param id the record's id
 * @param category its test category (DEMO, COMPOUND, AFP, ...)
 * @param date the story date
 * @param text the sentence
 * @param parse the supplied parse (Penn Treebank or CoNLL-U), null if none
 * @param expected the expected events; empty when the record expects none
 * @param expectsNone true when the record says no event should be coded (noevents, discards,
 *     errors)
 */
public record ValidationRecord(
    String id,
    String category,
    LocalDate date,
    String text,
    String parse,
    List<Expected> expected,
    boolean expectsNone) {

  /** One expected event. */
  public record Expected(String source, String target, String code) {
    public String key() {
      return source + " " + target + " " + code;
    }
  }

  public ValidationRecord {
    expected = List.copyOf(expected);
  }

  /** Expectations to score: one per expected event, or one "no event" expectation. */
  public int expectations() {
    return expectsNone || expected.isEmpty() ? 1 : expected.size();
  }
}
