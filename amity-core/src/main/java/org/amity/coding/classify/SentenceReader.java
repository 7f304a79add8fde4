package org.amity.coding.classify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.amity.coding.CodedEvent;
import org.amity.coding.CodedSentence;
import org.amity.coding.EventCoder;
import org.amity.coding.FiveWay;
import org.amity.coding.Story;
import org.amity.coding.dict.VerbDictionary;
import org.amity.coding.nlp.TaggedSentence;

/**
 * Reads a sentence for its five-way class: codes it with the dictionary coder (events with actors),
 * looks up every dictionary verb in it even where no actor is found (the PETRARCH verb blocks and
 * their synonym forms, so a sentence about "the ministry" or "rebels" still has a verb class),
 * marks verbs under negation ("did not attack") and verbs of saying that report another clause, and
 * lists the words the learned model weighs (lemmas of content words and neighbouring lemma pairs).
 * Thread-safe as the {@link EventCoder} is.
 */
public final class SentenceReader {
  /** Words that negate the verb they precede within {@link #NEGATION_REACH} tokens. */
  private static final Set<String> NEGATIONS = Set.of("NOT", "N'T", "NEVER", "NO", "REFUSED");

  private static final int NEGATION_REACH = 3;
  private static final Set<String> CONTENT = Set.of("VERB", "NOUN", "ADJ", "ADV", "NUM");

  private final EventCoder coder;
  private final VerbDictionary verbs;
  private final LocalDate date;

  /**
   * @param date the day actor codes are read on (dated codes: leaders in office)
   */
  public SentenceReader(EventCoder coder, VerbDictionary verbs, LocalDate date) {
    this.coder = coder;
    this.verbs = verbs;
    this.date = date;
  }

  /** Tags and codes a sentence (actor codes read on this reader's date), then reads it. */
  public SentenceReading read(String text) {
    TaggedSentence s = coder.analyzer().analyze(text);
    List<CodedSentence> coded =
        coder.code(new Story("sentence", date, null, null, text), List.of(s));
    return read(s, coded.get(0).events());
  }

  /** Reads a sentence already tagged and coded (the events the dictionary coder built in it). */
  public SentenceReading read(TaggedSentence s, List<CodedEvent> events) {
    FiveWay dictionary = null;
    for (CodedEvent e : events) {
      dictionary = FiveWay.ofCameo(e.code());
      if (dictionary != null) {
        break;
      }
    }
    Set<String> f = new LinkedHashSet<>();
    f.add("bias");
    f.add("dict=" + (dictionary == null ? "none" : dictionary.name()));
    FiveWay firstVerb = null;
    FiveWay firstAction = null;
    String[] w = s.words();
    for (int i = 0; i < w.length; i++) {
      if (!s.tags()[i].equals("VERB")) {
        continue;
      }
      VerbDictionary.Found found = verbs.at(w, s.lemmas(), i);
      FiveWay c = found == null ? null : FiveWay.ofCameo(found.entry().code());
      if (c == null) {
        continue;
      }
      boolean negated = negated(w, i);
      f.add((negated ? "negverb=" : "verb=") + c.name());
      if (firstVerb == null) {
        firstVerb = c;
        f.add("firstverb=" + c.name());
      }
      if (firstAction == null && c != FiveWay.STATEMENT && !negated) {
        firstAction = c;
      }
    }
    FiveWay verb = firstAction != null ? firstAction : firstVerb;
    f.add("verbclass=" + (verb == null ? "none" : verb.name()));
    words(s, f);
    return new SentenceReading(dictionary, verb, new ArrayList<>(f));
  }

  /**
   * The CAMEO code of a sentence's main dictionary verb, found without actors: the first verb that
   * is neither a statement nor negated, else the first verb; null when the sentence holds no
   * dictionary verb. The fallback when no full event can be built.
   */
  public static String mainVerbCode(TaggedSentence s, VerbDictionary verbs) {
    String first = null;
    String[] w = s.words();
    for (int i = 0; i < w.length; i++) {
      if (!s.tags()[i].equals("VERB")) {
        continue;
      }
      VerbDictionary.Found found = verbs.at(w, s.lemmas(), i);
      String code = found == null ? null : found.entry().code();
      FiveWay c = FiveWay.ofCameo(code);
      if (c == null) {
        continue;
      }
      if (c != FiveWay.STATEMENT && !negated(w, i)) {
        return code;
      }
      first = first == null ? code : first;
    }
    return first;
  }

  private static boolean negated(String[] w, int i) {
    for (int k = Math.max(0, i - NEGATION_REACH); k < i; k++) {
      if (NEGATIONS.contains(w[k])) {
        return true;
      }
    }
    return false;
  }

  /** Lemmas of content words, verb lemmas apart, and pairs of neighbouring lemmas. */
  private static void words(TaggedSentence s, Set<String> f) {
    String prev = null;
    for (int i = 0; i < s.size(); i++) {
      String tag = s.tags()[i];
      if (tag.equals("PUNCT") || tag.equals("PROPN") || tag.equals("DET")) {
        prev = null;
        continue;
      }
      String lemma = s.lemmas()[i].toLowerCase(Locale.ROOT);
      if (CONTENT.contains(tag)) {
        f.add("w=" + lemma);
      }
      if (tag.equals("VERB")) {
        f.add("v=" + lemma);
      }
      if (prev != null) {
        f.add("b=" + prev + "_" + lemma);
      }
      prev = lemma;
    }
  }
}
