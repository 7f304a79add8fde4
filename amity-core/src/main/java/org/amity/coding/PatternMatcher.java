package org.amity.coding;

import java.util.List;
import java.util.Set;
import org.amity.coding.dict.VerbDictionary;
import org.amity.coding.dict.VerbPattern;
import org.amity.coding.nlp.TaggedSentence;

/**
 * Matches a verb's patterns against the words around it, TABARI style: elements joined by {@code _}
 * (or inside braces) must be adjacent; elsewhere a few words may come between, but never a
 * preposition, another verb or a clause boundary after the verb, so that a pattern word is read in
 * the verb's own object and not in some later phrase. Before the verb, auxiliaries, adverbs and
 * pronouns may come between ("indicated it would act").
 */
final class PatternMatcher {
  /** What a pattern matched: the pattern and the actor groups it placed, if any. */
  record Result(VerbPattern pattern, ActorGroup source, ActorGroup target, ActorGroup compound) {}

  private static final int MAX_GAP = 8;
  private static final Set<String> SKIPPABLE_AFTER =
      Set.of("DET", "ADJ", "ADV", "NUM", "NOUN", "PROPN", "PRON", "PART", "AUX", "X");
  private static final int MAX_ADVERBIAL = 5;
  private static final Set<String> PP_OBJECT_TAGS = Set.of("DET", "ADJ", "NUM", "NOUN", "PROPN");
  private static final Set<String> PP_OBJECT_HEADS = Set.of("NUM", "NOUN", "PROPN");
  private static final Set<String> PHRASE_TAGS =
      Set.of("DET", "ADJ", "NUM", "NOUN", "PROPN", "PART");

  private final VerbDictionary verbs;
  private final TaggedSentence s;
  private final List<ActorGroup> groups;
  private final int clauseStart;
  private final int clauseEnd;
  private ActorGroup source;
  private ActorGroup target;
  private ActorGroup compound;
  private int verbEnd;

  PatternMatcher(
      VerbDictionary verbs,
      TaggedSentence s,
      List<ActorGroup> groups,
      int clauseStart,
      int clauseEnd) {
    this.verbs = verbs;
    this.s = s;
    this.groups = groups;
    this.clauseStart = clauseStart;
    this.clauseEnd = clauseEnd;
  }

  /** The first (most specific) pattern of {@code found}'s block that matches, or null. */
  Result match(VerbDictionary.Found found) {
    for (VerbPattern p : found.entry().block().patterns()) {
      source = null;
      target = null;
      compound = null;
      verbEnd = found.end();
      if (matchAfter(p.after(), 0, found.end()) && matchBefore(p.before(), 0, found.start() - 1)) {
        return new Result(p, source, target, compound);
      }
    }
    return null;
  }

  private boolean matchAfter(List<VerbPattern.Element> els, int k, int pos) {
    if (k == els.size()) {
      return true;
    }
    VerbPattern.Element e = els.get(k);
    int limit = e.attached() ? pos : Math.min(clauseEnd - 1, pos + MAX_GAP);
    for (int p = pos; p <= limit && p < clauseEnd; p++) {
      int end = matchAt(e, p, true);
      if (end >= 0) {
        if (orRestore(() -> matchAfter(els, k + 1, end))) {
          return true;
        }
      }
      if (!skippableAfter(p, e.kind())) {
        return !e.attached() && adverbialAt(p) && matchAfterAdverbial(els, k, p);
      }
    }
    return false;
  }

  /**
   * A verb after "to" that the dictionary does not know ("vowed to wage war", "promised to extend
   * aid"): it carries no event of its own, so its object is read as the main verb's. An infinitive
   * the dictionary knows is a verb of its own and ends the gap.
   */
  private boolean lightInfinitive(int p) {
    return p > 0
        && s.tags()[p].equals("VERB")
        && s.words()[p - 1].equals("TO")
        && verbs.at(s.words(), s.lemmas(), p) == null;
  }

  /**
   * Whether {@code p} is a preposition directly after the verb (adverbs may come between): the
   * adverbial slot English fills before a verb's object ("received by courier money from ...",
   * "signed on Monday an agreement with ...").
   */
  private boolean adverbialAt(int p) {
    if (!s.tags()[p].equals("ADP")) {
      return false;
    }
    for (int i = verbEnd; i < p; i++) {
      if (!s.tags()[i].equals("ADV")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Matches a pattern word after the adverbial phrase opened by the preposition at {@code p}: its
   * object is nouns or names (no actor; articles and adjectives before them), and the pattern word
   * is read in the verb's own object, which starts after the phrase's noun. "Vowed in the war's
   * aftermath" leaves the phrase no noun of its own before WAR, so WAR is not the object.
   */
  private boolean matchAfterAdverbial(List<VerbPattern.Element> els, int k, int p) {
    VerbPattern.Kind next = els.get(k).kind();
    if (next != VerbPattern.Kind.WORD && next != VerbPattern.Kind.SYNSET) {
      return false;
    }
    boolean noun = false;
    for (int m = p + 1; m < clauseEnd && m <= p + MAX_ADVERBIAL; m++) {
      String tag = s.tags()[m];
      if (noun && (tag.equals("DET") || PP_OBJECT_HEADS.contains(tag))) {
        int at = m;
        if (orRestore(() -> matchAfter(els, k, at))) {
          return true;
        }
      }
      if (startsGroup(m) || !PP_OBJECT_TAGS.contains(tag)) {
        return noun && matchAfter(els, k, m); // the phrase ended: the gap goes on after it
      }
      noun = noun || PP_OBJECT_HEADS.contains(tag);
    }
    return false;
  }

  /**
   * Tries a match that may set the source, target and compound; puts them back as they were when it
   * fails.
   */
  private boolean orRestore(java.util.function.BooleanSupplier attempt) {
    ActorGroup s0 = source;
    ActorGroup t0 = target;
    ActorGroup c0 = compound;
    if (attempt.getAsBoolean()) {
      return true;
    }
    source = s0;
    target = t0;
    compound = c0;
    return false;
  }

  private boolean startsGroup(int p) {
    for (ActorGroup g : groups) {
      if (g.start() == p) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words that may come between pattern elements after the verb. A preposition may be passed only
   * on the way to an actor ("celebrated Iftar in Osgiliath with the leaders of Gondor"): pattern
   * words are read in the verb's own object, not in a later prepositional phrase.
   */
  private boolean skippableAfter(int p, VerbPattern.Kind next) {
    String w = s.words()[p];
    boolean actorNext = next != VerbPattern.Kind.WORD && next != VerbPattern.Kind.SYNSET;
    return SKIPPABLE_AFTER.contains(s.tags()[p])
        || lightInfinitive(p)
        || w.equals("TO") && p + 1 < clauseEnd && lightInfinitive(p + 1)
        || w.equals("THAT")
        || w.equals("-")
        || w.equals("(")
        || w.equals(")")
        || actorNext && s.tags()[p].equals("ADP");
  }

  private boolean matchBefore(List<VerbPattern.Element> els, int k, int pos) {
    if (k == els.size()) {
      return true;
    }
    VerbPattern.Element e = els.get(k);
    int limit = e.attached() ? pos : Math.max(clauseStart, pos - MAX_GAP);
    for (int p = pos; p >= limit && p >= clauseStart; p--) {
      int start = matchEndingAt(e, p);
      if (start >= 0) {
        if (orRestore(() -> matchBefore(els, k + 1, start - 1))) {
          return true;
        }
      }
      boolean bracket = s.words()[p].equals("(") || s.words()[p].equals(")");
      if (!bracket && (s.tags()[p].equals("PUNCT") || s.tags()[p].equals("SCONJ"))) {
        return false;
      }
    }
    return false;
  }

  /** Matches {@code e} starting at {@code p}; returns the token after it, or -1. */
  private int matchAt(VerbPattern.Element e, int p, boolean forward) {
    switch (e.kind()) {
      case WORD:
        return wordIs(p, e.value()) ? p + 1 : -1;
      case SYNSET:
        for (String[] phrase : verbs.synset(e.value())) {
          if (phraseAt(phrase, p)) {
            return p + phrase.length;
          }
        }
        return -1;
      case SKIP:
        int q = p;
        while (q < clauseEnd && PHRASE_TAGS.contains(s.tags()[q])) {
          q++;
        }
        return q > p ? q : -1;
      default:
        ActorGroup g = groupStartingAt(p);
        return g == null || !place(e.kind(), g) ? -1 : g.end();
    }
  }

  /** Matches {@code e} ending at {@code p}; returns its first token, or -1. */
  private int matchEndingAt(VerbPattern.Element e, int p) {
    switch (e.kind()) {
      case WORD:
        return wordIs(p, e.value()) ? p : -1;
      case SYNSET:
        for (String[] phrase : verbs.synset(e.value())) {
          int start = p - phrase.length + 1;
          if (start >= clauseStart && phraseAt(phrase, start)) {
            return start;
          }
        }
        return -1;
      case SKIP:
        int q = p;
        while (q >= clauseStart && PHRASE_TAGS.contains(s.tags()[q])) {
          q--;
        }
        return q < p ? q + 1 : -1;
      default:
        ActorGroup g = groupEndingAt(p);
        return g == null || !place(e.kind(), g) ? -1 : g.start();
    }
  }

  private boolean place(VerbPattern.Kind kind, ActorGroup g) {
    switch (kind) {
      case SOURCE -> source = g;
      case TARGET -> target = g;
      default -> {
        if (!g.compound()) {
          return false;
        }
        compound = g;
      }
    }
    return true;
  }

  private boolean phraseAt(String[] phrase, int p) {
    if (p + phrase.length > clauseEnd || p < 0) {
      return false;
    }
    for (int k = 0; k < phrase.length; k++) {
      if (!wordIs(p + k, phrase[k])) {
        return false;
      }
    }
    return true;
  }

  /** A pattern word matches the token, its regular plural, or its lemma. */
  private boolean wordIs(int p, String word) {
    if (p < 0 || p >= s.size()) {
      return false;
    }
    String w = s.words()[p];
    return w.equals(word) || isPlural(w, word) || s.lemmas()[p].equals(word);
  }

  /** Whether {@code w} is a regular plural of {@code word}, without making a string. */
  static boolean isPlural(String w, String word) {
    int n = word.length();
    int extra = w.length() - n;
    if (extra == 1) {
      return w.endsWith("S") && w.startsWith(word);
    }
    if (extra == 2) {
      return w.startsWith(word) && w.endsWith("ES")
          || word.endsWith("Y") && w.endsWith("IES") && w.regionMatches(0, word, 0, n - 1);
    }
    return false;
  }

  private ActorGroup groupStartingAt(int p) {
    for (ActorGroup g : groups) {
      if (g.start() >= p && g.start() <= p + 2 && onlyArticlesBetween(p, g.start())) {
        return g;
      }
    }
    return null;
  }

  private boolean onlyArticlesBetween(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!s.tags()[i].equals("DET") && !s.tags()[i].equals("ADJ")) {
        return false;
      }
    }
    return true;
  }

  private ActorGroup groupEndingAt(int p) {
    for (ActorGroup g : groups) {
      if (g.end() - 1 == p) {
        return g;
      }
    }
    return null;
  }
}
