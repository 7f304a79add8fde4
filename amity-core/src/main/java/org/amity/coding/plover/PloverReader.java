package org.amity.coding.plover;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.amity.coding.CodedEvent;
import org.amity.coding.CodedSentence;
import org.amity.coding.EventCoder;
import org.amity.coding.Story;
import org.amity.coding.classify.SentenceReader;
import org.amity.coding.dict.VerbDictionary;
import org.amity.coding.nlp.TaggedSentence;

/**
 * Reads a sentence for its PLOVER event type: codes it with the dictionary coder, looks up every
 * dictionary verb without actors, reads each verb's type in its context (negated or refused,
 * announced as an intention; {@link PloverTypes#read}) and lists the features the learned arbiter
 * weighs: the five-way reader's words and classes plus these types. Thread-safe as the coder is.
 */
public final class PloverReader {
  /** Words that negate or refuse the verb they precede within {@link #REACH} tokens. */
  private static final Set<String> NEGATIONS =
      Set.of(
          "NOT",
          "N'T",
          "NEVER",
          "NO",
          "REFUSED",
          "REFUSE",
          "REFUSES",
          "REFUSING",
          "DECLINED",
          "DECLINE",
          "DECLINES",
          "DECLINING",
          "FAILED",
          "FAIL",
          "FAILS",
          "FAILING");

  /** Auxiliaries of the future and the conditional: what follows is announced, not done. */
  private static final Set<String> FUTURE = Set.of("WILL", "WOULD", "SHALL", "'LL");

  /** Lemmas that announce the verb after "to" ("ready to send", "offered to hand over"). */
  private static final Set<String> ANNOUNCING =
      Set.of(
          "plan",
          "prepare",
          "prepared",
          "ready",
          "willing",
          "offer",
          "promise",
          "pledge",
          "vow",
          "agree",
          "intend",
          "decide",
          "threaten",
          "swear",
          "commit",
          "committed");

  private static final int REACH = 3;

  private final EventCoder coder;
  private final VerbDictionary verbs;
  private final PloverTypes types;

  public PloverReader(EventCoder coder, VerbDictionary verbs, PloverTypes types) {
    this.coder = coder;
    this.verbs = verbs;
    this.types = types;
  }

  /** Tags and codes the text as one sentence (actor codes read on {@code date}), then reads it. */
  public PloverReading read(String text, LocalDate date) {
    TaggedSentence s = coder.analyzer().analyze(text);
    List<CodedSentence> coded =
        coder.code(new Story("sentence", date, null, null, text), List.of(s));
    List<CodedEvent> events = coded.isEmpty() ? List.of() : coded.get(0).events();
    Set<String> f =
        new LinkedHashSet<>(new SentenceReader(coder, verbs, date).read(s, events).features());
    String[] w = s.words();
    String main = null;
    for (int i = 0; i < w.length; i++) {
      if (!s.tags()[i].equals("VERB")) {
        continue;
      }
      VerbDictionary.Found found = verbs.at(w, s.lemmas(), i);
      String raw = found == null ? null : types.of(found.entry().code());
      if (raw == null) {
        continue;
      }
      boolean negated = negated(w, i);
      boolean intent = intent(w, s.lemmas(), i);
      String type = types.read(found.entry().code(), negated, intent);
      f.add("pvraw=" + raw);
      f.add(negated ? "pneg=" + raw : intent ? "pintent=" + raw : "pplain=" + raw);
      if (type != null) {
        f.add("pv=" + type);
        main = main == null ? type : main;
      }
    }
    String dictionary = null;
    for (CodedEvent e : events) {
      int at = position(w, e.verb());
      String type =
          at < 0
              ? types.of(e.code())
              : types.read(e.code(), negated(w, at), intent(w, s.lemmas(), at));
      f.add("pdictraw=" + types.of(e.code()));
      if (type != null && dictionary == null) {
        dictionary = type;
      }
    }
    f.add("pdict=" + (dictionary == null ? "none" : dictionary));
    f.add("pmain=" + (main == null ? "none" : main));
    f.add("prules=" + (dictionary != null ? dictionary : main == null ? "none" : main));
    String tableOnly = null;
    for (CodedEvent e : events) {
      tableOnly = tableOnly == null ? types.table(e.code()) : tableOnly;
    }
    if (tableOnly == null) {
      tableOnly = types.table(SentenceReader.mainVerbCode(s, verbs));
    }
    return new PloverReading(dictionary, main, tableOnly, new ArrayList<>(f));
  }

  /** Where the event's verb (its first word as written) stands in the sentence; -1 if nowhere. */
  private static int position(String[] w, String verb) {
    if (verb == null || verb.isBlank()) {
      return -1;
    }
    String first = verb.strip().split("\\s+")[0];
    for (int i = 0; i < w.length; i++) {
      if (w[i].equalsIgnoreCase(first)) {
        return i;
      }
    }
    return -1;
  }

  static boolean negated(String[] w, int i) {
    for (int k = Math.max(0, i - REACH); k < i; k++) {
      if (NEGATIONS.contains(w[k].toUpperCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  static boolean intent(String[] w, String[] lemmas, int i) {
    for (int k = Math.max(0, i - REACH); k < i; k++) {
      String word = w[k].toUpperCase(Locale.ROOT);
      if (FUTURE.contains(word)) {
        return true;
      }
      if (word.equals("TO")
          && k > 0
          && ANNOUNCING.contains(lemmas[k - 1].toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
