package org.amity.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amity.coding.nlp.TaggedSentence;

/**
 * A sentence cut into clauses without a parser: at semicolons and colons, at a comma before a new
 * subject and verb, subordinating words ("after crowds trashed its embassy"), relative pronouns,
 * "that", and "and" or "but" before a verb (a coordinated verb that shares the subject before it).
 */
final class Clauses {
  /** How a clause begins, which decides where its subject may come from. */
  enum Kind {
    /** the sentence's first clause */
    MAIN,
    /** after a subordinating word or punctuation: its own subject or none */
    SUBORDINATE,
    /**
     * after "that", or "whether" right after a verb: its own subject, but the verb before may find
     * its target here
     */
    COMPLEMENT,
    /** after "and"/"but" before a verb: shares the subject of the clause before */
    COORDINATE,
    /**
     * after "who", "which" or "that" right behind a noun: without a subject of its own before its
     * verb, its subject is that noun ("Valdoria, which attacked Merval, ...")
     */
    RELATIVE,
    /**
     * after a comma that closes a relative clause and goes on with a verb ("Valdoria, which
     * attacked Merval, welcomed ..."): the main clause resumed, with the subject before the
     * relative
     */
    RESUMED
  }

  /** One clause: tokens [start, end). */
  record Clause(int start, int end, Kind kind) {}

  private static final Set<String> HARD = Set.of(";", ":", "--");
  private static final Set<String> RELATIVES = Set.of("WHO", "WHICH", "WHOM", "WHOSE", "WHERE");
  private static final Set<String> SUBORDINATORS =
      Set.of(
          "AFTER",
          "BEFORE",
          "WHEN",
          "WHILE",
          "BECAUSE",
          "ALTHOUGH",
          "THOUGH",
          "SINCE",
          "UNTIL",
          "UNLESS",
          "WHEREAS",
          "IF",
          "AS",
          "ONCE",
          "WHETHER");
  private static final Set<String> COORDINATORS = Set.of("AND", "BUT", "OR", "YET");

  private Clauses() {}

  /** Whether a word may open a subordinate clause ("after", "when", "which", ...). */
  static boolean opensClause(String word) {
    return SUBORDINATORS.contains(word) || RELATIVES.contains(word) || word.equals("THAT");
  }

  static List<Clause> of(TaggedSentence s) {
    List<Clause> out = new ArrayList<>();
    int start = 0;
    Kind kind = Kind.MAIN;
    for (int i = 1; i < s.size(); i++) {
      Kind next = boundary(s, i);
      if (next == null && kind == Kind.RELATIVE && s.words()[i].equals(",") && verbNext(s, i + 1)) {
        next = Kind.RESUMED;
      }
      if (next != null) {
        out.add(new Clause(start, i, kind));
        start = i;
        kind = next;
      }
    }
    out.add(new Clause(start, s.size(), kind));
    return out;
  }

  /**
   * Whether the relative word at {@code i} follows a noun phrase (directly or after a comma), so
   * that noun is the subject of its clause: "Valdoria, which attacked", "the rebels who shelled".
   */
  private static boolean relative(TaggedSentence s, int i) {
    int k = i - 1;
    if (k >= 0 && s.words()[k].equals(",")) {
      k--;
    }
    return k >= 0
        && (s.tags()[k].equals("NOUN") || s.tags()[k].equals("PROPN"))
        && verbNext(s, i + 1);
  }

  private static Kind boundary(TaggedSentence s, int i) {
    String w = s.words()[i];
    String tag = s.tags()[i];
    if (HARD.contains(w) || w.equals(",") && subjectAndVerbAhead(s, i + 1)) {
      return Kind.SUBORDINATE;
    }
    if (w.equals("THAT")) {
      return !verbAhead(s, i + 1) ? null : relative(s, i) ? Kind.RELATIVE : Kind.COMPLEMENT;
    }
    if (w.equals("WHETHER") && s.tags()[i - 1].equals("VERB") && verbAhead(s, i + 1)) {
      return Kind.COMPLEMENT; // "questioned whether Merval would pay": the verb's object clause
    }
    if ((w.equals("WHO") || w.equals("WHICH")) && relative(s, i)) {
      return Kind.RELATIVE;
    }
    if (RELATIVES.contains(w) && !tag.equals("ADV") || tag.equals("SCONJ")) {
      return Kind.SUBORDINATE;
    }
    if (SUBORDINATORS.contains(w) && verbAhead(s, i + 1)) {
      return Kind.SUBORDINATE;
    }
    if (COORDINATORS.contains(w)
        && tag.equals("CCONJ")
        && !s.tags()[i - 1].equals("ADV")
        && verbNext(s, i + 1)) {
      return Kind.COORDINATE;
    }
    return null;
  }

  /** A verb before the next comma or the end, within a few words. */
  private static boolean verbAhead(TaggedSentence s, int from) {
    for (int i = from; i < s.size() && i < from + 8; i++) {
      String tag = s.tags()[i];
      if (tag.equals("VERB") || tag.equals("AUX")) {
        return true;
      }
      if (tag.equals("PUNCT") && !s.words()[i].equals("-")) {
        return false;
      }
    }
    return false;
  }

  /**
   * After a comma, a noun phrase and then a verb begin a new clause ("..., a senior official said
   * on Saturday"); a list ("Arnor, Osgiliath and Gondor presented") does not, as "and" comes first.
   */
  private static boolean subjectAndVerbAhead(TaggedSentence s, int from) {
    boolean noun = false;
    for (int i = from; i < s.size() && i < from + 7; i++) {
      String tag = s.tags()[i];
      switch (tag) {
        case "NOUN", "PROPN", "PRON" -> noun = true;
        case "DET", "ADJ", "NUM", "ADV", "PART" -> {}
        case "VERB", "AUX" -> {
          return noun;
        }
        default -> {
          if (!s.words()[i].equals("-")) {
            return false;
          }
        }
      }
    }
    return false;
  }

  /** A verb or auxiliary within the next three words, only adverbs before it. */
  static boolean verbNext(TaggedSentence s, int from) {
    for (int i = from; i < s.size() && i < from + 3; i++) {
      String tag = s.tags()[i];
      if (tag.equals("VERB") || tag.equals("AUX")) {
        return true;
      }
      if (!tag.equals("ADV")) {
        return false;
      }
    }
    return false;
  }
}
