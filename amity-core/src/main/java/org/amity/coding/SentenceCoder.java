package org.amity.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amity.coding.dict.Dictionaries;
import org.amity.coding.dict.VerbDictionary;
import org.amity.coding.nlp.TaggedSentence;

/**
 * Codes one tagged sentence. For each clause, the verbs of the verb dictionary are tried in order
 * until one gives an event: its most specific matching pattern (or else its own code) gives the
 * event code; the source is the clause's subject (the first actor before the verb that is not the
 * object of a preposition, or the subject of the clause before for a coordinated verb) and the
 * target the first actor after the verb, unless the pattern places them. In the passive ("was
 * opposed by Osgiliath") the actor after "by" is the source and the subject the target. A verb with
 * a paired code ({@code [032:033]}) also gives the reverse event; a compound actor before the verb
 * in a pattern with {@code %} gives events among its members.
 *
 * <p>Where the verb dictionary has transformation rules, a reporting verb whose clause holds a
 * coded event gives the rule's event instead ({@link ReportedSpeech}: "X said Y attacked Z" is X
 * accuses Y). A statement ("said", CAMEO root 01) that no rule transformed gives an event only when
 * nothing else in the sentence does: without a rule, "X said Y attacked Z" is about the attack.
 */
final class SentenceCoder {
  private static final Set<String> BE_OR_GET =
      Set.of("IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "GET", "GETS", "GOT", "'S", "'RE");

  private static final Set<String> NEGATIONS = Set.of("NOT", "N'T", "NEVER");

  private static final Set<String> MISTAGGED_VERB = Set.of("NOUN", "ADJ", "ADV", "PROPN", "X");

  private static final Set<String> QUANTITIES =
      Set.of(
          "HUNDREDS",
          "THOUSANDS",
          "DOZENS",
          "SCORES",
          "MILLIONS",
          "TENS",
          "SOME",
          "MANY",
          "MOST",
          "ALL",
          "SEVERAL",
          "NUMBER",
          "GROUP",
          "MEMBERS",
          "ONE",
          "TWO",
          "THREE",
          "BOTH",
          "EACH");

  private final Dictionaries dict;
  private final ActorFinder actors;

  SentenceCoder(Dictionaries dict) {
    this.dict = dict;
    this.actors = new ActorFinder(dict);
  }

  List<CodedEvent> code(TaggedSentence s, LocalDate date) {
    List<ActorGroup> groups = actors.find(s, date);
    if (groups.isEmpty()) {
      return List.of();
    }
    List<String> issues = dict.issues().size() == 0 ? List.of() : dict.issues().find(s.words());
    List<Clauses.Clause> clauses = Clauses.of(s);
    ReportedSpeech reports =
        dict.verbs().transformationRules().isEmpty()
            ? null
            : new ReportedSpeech(this, dict.verbs(), s, groups, clauses, issues);
    Set<Integer> reported = new HashSet<>();
    Map<String, CodedEvent> events = new LinkedHashMap<>();
    Map<String, Integer> headOf = new HashMap<>();
    ActorGroup previousSubject = null;
    ActorGroup beforeRelative = null;
    for (int c = 0; c < clauses.size(); c++) {
      Clauses.Clause clause = clauses.get(c);
      if (clause.kind() == Clauses.Kind.RELATIVE) {
        beforeRelative = previousSubject;
      }
      ActorGroup inherited =
          switch (clause.kind()) {
            case RELATIVE -> antecedent(s, groups, clause);
            case RESUMED -> beforeRelative;
            default -> previousSubject;
          };
      ReportedSpeech.Transformed inverted =
          reports == null ? null : inverted(s, groups, reports, c);
      if (inverted != null) { // "Merval attacked Kestrel, said Valdoria": the clause is reported
        store(inverted, events, headOf, reported);
        continue;
      }
      ActorGroup clauseSubject = null;
      ActorGroup subject = null;
      int lastVerbEnd = -1;
      boolean sawVerb = false;
      for (int i = clause.start(); i < clause.end(); i++) {
        VerbDictionary.Found v = verbAt(s, groups, i);
        if (v == null) {
          continue;
        }
        if (!sawVerb) {
          sawVerb = true;
          clauseSubject = subject(s, groups, clause, v.start(), inherited);
          subject = clauseSubject;
        } else {
          Clauses.Clause rest = new Clauses.Clause(lastVerbEnd, clause.end(), clause.kind());
          ActorGroup local = subject(s, groups, rest, v.start(), null);
          subject = local != null ? local : clauseSubject;
        }
        lastVerbEnd = v.end();
        i = v.end() - 1;
        if (reported.contains(v.head())) {
          continue; // a reported event a transformation already stored as the speaker's
        }
        ReportedSpeech.Transformed t = reports == null ? null : reports.apply(c, v, subject);
        if (t == null && reports != null) {
          t = reports.applyBefore(c, v, subject);
        }
        if (t != null) {
          store(t, events, headOf, reported);
          break;
        }
        Verb verb =
            new Verb(s, groups, clause, reach(clauses, c, v), v, subject, issues, negated(s, v));
        List<CodedEvent> found = verb.code(dict.verbs());
        int head = v.head();
        found.forEach(
            e -> {
              if (events.putIfAbsent(e.key(), e) == null) {
                headOf.put(e.key(), head);
              }
            });
        if (verb.consumed()) {
          break;
        }
      }
      if (!sawVerb) {
        clauseSubject = subject(s, groups, clause, clause.end(), inherited);
      }
      if (clauseSubject != null) {
        previousSubject = clauseSubject;
      }
    }
    return withoutPreemptedStatements(new ArrayList<>(events.values()));
  }

  /**
   * What a rule makes of a reporting verb of clause {@code c} that has its speaker after it, after
   * a comma (", said Valdoria"), reporting what comes before; null when there is none. Looked for
   * before the clause's verbs are coded, since the reported verb may open the same clause.
   */
  private ReportedSpeech.Transformed inverted(
      TaggedSentence s, List<ActorGroup> groups, ReportedSpeech reports, int c) {
    Clauses.Clause clause = reports.clause(c);
    for (int i = clause.start(); i < clause.end(); i++) {
      VerbDictionary.Found v = verbAt(s, groups, i);
      if (v == null) {
        continue;
      }
      ReportedSpeech.Transformed t = reports.applyInverted(c, v);
      if (t != null) {
        return t;
      }
      i = v.end() - 1;
    }
    return null;
  }

  /**
   * Keeps a transformation's events in place of its reported verbs' own: those coded already as
   * facts ("Merval attacked Kestrel, Valdoria said": the attack came first) are removed, and the
   * verbs are not coded again.
   */
  private static void store(
      ReportedSpeech.Transformed t,
      Map<String, CodedEvent> events,
      Map<String, Integer> headOf,
      Set<Integer> reported) {
    List<Integer> heads = t.reportedHeads();
    headOf
        .entrySet()
        .removeIf(x -> heads.contains(x.getValue()) && events.remove(x.getKey()) != null);
    t.events().forEach(e -> events.putIfAbsent(e.key(), e));
    reported.addAll(heads);
  }

  /**
   * Where the target of a verb in clause {@code c} may be: through following "that" clauses, and
   * for a verb that ends its clause before a coordinated verb, through that verb's clause too
   * ("Valdoria condemned and attacked Merval": both verbs share the object).
   */
  static int reach(List<Clauses.Clause> clauses, int c, VerbDictionary.Found v) {
    int k = c + 1;
    if (k < clauses.size()
        && clauses.get(k).kind() == Clauses.Kind.COORDINATE
        && v.end() == clauses.get(c).end()) {
      k++;
    }
    while (k < clauses.size() && clauses.get(k).kind() == Clauses.Kind.COMPLEMENT) {
      k++;
    }
    return clauses.get(k - 1).end();
  }

  /**
   * Whether the verb is negated: "not", "n't" or "never" among the auxiliaries and adverbs right
   * before it ("did not attack", "has never condemned"). A negated verb reports that something did
   * not happen, so it gives no event unless a pattern that reads the words before the verb says
   * what the negation means ("- WILL NOT * [081]"); the clause's other verbs are still tried.
   */
  static boolean negated(TaggedSentence s, VerbDictionary.Found v) {
    for (int i = v.start() - 1; i >= 0 && i >= v.start() - 4; i--) {
      String w = s.words()[i];
      if (NEGATIONS.contains(w)) {
        return true;
      }
      String t = s.tags()[i];
      if (!t.equals("ADV") && !t.equals("PART") && !t.equals("AUX")) {
        return false;
      }
    }
    return false;
  }

  /**
   * The noun a relative clause describes, which is its subject when it has none of its own: the
   * actor that ends right before "which" or "who" (or before the comma before it).
   */
  private static ActorGroup antecedent(
      TaggedSentence s, List<ActorGroup> groups, Clauses.Clause c) {
    int end = c.start();
    if (end > 0 && s.words()[end - 1].equals(",")) {
      end--;
    }
    for (ActorGroup g : groups) {
      if (g.end() == end) {
        return g;
      }
    }
    return null;
  }

  VerbDictionary.Found verbAt(TaggedSentence s, List<ActorGroup> groups, int i) {
    VerbDictionary.Found v = dict.verbs().at(s.words(), s.lemmas(), i);
    if (v == null || v.head() >= s.size() || !actsAsVerb(s, groups, v)) {
      return null;
    }
    for (ActorGroup g : groups) {
      if (v.head() >= g.start() && v.head() < g.end()) {
        return null;
      }
    }
    return reducedRelative(s, v) ? null : v;
  }

  /**
   * A participle right after a noun and before a preposition, with the clause's own verb still to
   * come, describes the noun ("pirates armed with knives boarded ...", "a ship attacked by pirates
   * sank"): it is not the clause's verb. An infinitive to come is no clause verb ("Valdoria agreed
   * on Monday to send aid").
   */
  private static boolean reducedRelative(TaggedSentence s, VerbDictionary.Found v) {
    int h = v.head();
    if (!s.words()[h].endsWith("ED") && !s.words()[h].endsWith("EN") || v.start() == 0) {
      return false;
    }
    String before = s.tags()[v.start() - 1];
    if (!before.equals("NOUN") && !before.equals("PROPN")
        || h + 1 >= s.size()
        || !s.tags()[h + 1].equals("ADP")) {
      return false;
    }
    for (int i = h + 2; i < s.size(); i++) {
      String t = s.tags()[i];
      String w = s.words()[i];
      boolean verbNext = i + 1 < s.size() && s.tags()[i + 1].equals("VERB");
      if (t.equals("CCONJ") && verbNext
          || t.equals("PUNCT") && !w.equals(",") && !w.equals("-")
          || t.equals("SCONJ")
          || Clauses.opensClause(w)) {
        return false;
      }
      boolean infinitive =
          s.words()[i - 1].equals("TO"); // "agreed on Monday to send": no clause verb
      if ((t.equals("VERB") || t.equals("AUX")) && !s.words()[i].endsWith("ING") && !infinitive) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a dictionary verb is used as a verb here. The tagger's VERB is trusted; a word it calls
   * a noun or adjective is taken as a verb after a modal or "to" ("will bargain"), or right after
   * an actor when an object follows ("Ethiopia departs from Libya"), as taggers trained on general
   * English often miss verbs in headline-like sentences. A phrase of several words ("wire tap") is
   * taken unless an article stands before it.
   */
  private static boolean actsAsVerb(
      TaggedSentence s, List<ActorGroup> groups, VerbDictionary.Found v) {
    int h = v.head();
    String tag = s.tags()[h];
    if (tag.equals("VERB")) {
      return true;
    }
    String before = v.start() > 0 ? s.tags()[v.start() - 1] : "";
    boolean afterAuxiliary =
        before.equals("AUX") || v.start() > 0 && s.words()[v.start() - 1].equals("TO");
    if (afterAuxiliary && MISTAGGED_VERB.contains(tag)) {
      return true;
    }
    if (!tag.equals("NOUN") && !tag.equals("ADJ")) {
      return false;
    }
    if (v.end() - v.start() > 1) {
      return !before.equals("DET");
    }
    boolean afterActor = groups.stream().anyMatch(g -> g.end() == v.start());
    String next = h + 1 < s.size() ? s.tags()[h + 1] : "";
    boolean objectNext =
        next.equals("DET")
            || next.equals("ADP")
            || next.equals("PRON")
            || next.equals("NUM")
            || groups.stream().anyMatch(g -> g.start() == h + 1);
    return afterActor && objectNext;
  }

  /**
   * The clause's subject: its first actor before the verb not governed by a preposition (nor inside
   * an opening phrase such as "In Manila, ..."); for a coordinated clause with no words of its own
   * before the verb, the subject of the clause before.
   */
  static ActorGroup subject(
      TaggedSentence s, List<ActorGroup> groups, Clauses.Clause c, int verb, ActorGroup previous) {
    int from = c.start();
    int floor = c.start();
    if (c.kind() != Clauses.Kind.MAIN && Clauses.opensClause(s.words()[from])) {
      from++; // "after the Kestrel Isles attacked": "after" opens the clause, governs no actor
      floor = from;
    } else if (s.tags()[from].equals("ADP")
        || from + 1 < s.size() && s.tags()[from + 1].equals("ADP") && from == 0) {
      int comma = from;
      while (comma < verb && !s.words()[comma].equals(",")) {
        comma++;
      }
      from = comma < verb ? comma + 1 : from;
    }
    for (ActorGroup g : groups) {
      if (g.start() >= from && g.end() <= verb && !afterPreposition(s, g.start(), floor)) {
        return g;
      }
    }
    boolean inherits =
        c.kind() == Clauses.Kind.COORDINATE
            || c.kind() == Clauses.Kind.RELATIVE
            || c.kind() == Clauses.Kind.RESUMED;
    if (inherits && !nounBetween(s, c.start() + 1, verb)) {
      return previous;
    }
    return null;
  }

  private static boolean afterPreposition(TaggedSentence s, int at, int floor) {
    int i = at - 1;
    while (i >= floor && (s.tags()[i].equals("DET") || s.tags()[i].equals("ADJ"))) {
      i--;
    }
    if (i < floor || !s.tags()[i].equals("ADP")) {
      return false;
    }
    // "hundreds of UN troops": the "of" of a quantity does not govern the subject
    return !(s.words()[i].equals("OF") && i > floor && QUANTITIES.contains(s.words()[i - 1])
        || s.words()[i].equals("OF") && i > floor && s.tags()[i - 1].equals("NUM"));
  }

  private static boolean nounBetween(TaggedSentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      String t = s.tags()[i];
      if (t.equals("NOUN") || t.equals("PROPN") || t.equals("PRON")) {
        return true;
      }
    }
    return false;
  }

  static boolean passive(TaggedSentence s, VerbDictionary.Found v) {
    String w = s.words()[v.head()];
    if (w.endsWith("ING")) {
      return false;
    }
    int next = v.end();
    while (next < s.size() && (s.words()[next].equals("UPON") || s.tags()[next].equals("ADV"))) {
      next++;
    }
    if (next < s.size() && s.words()[next].equals("BY") && (w.endsWith("ED") || w.endsWith("EN"))) {
      return true; // "tanker fired upon by pirates": a headline passive without its auxiliary
    }
    for (int i = v.start() - 1; i >= 0 && i >= v.start() - 4; i--) {
      if (BE_OR_GET.contains(s.words()[i])) {
        return true;
      }
      String t = s.tags()[i];
      if (!t.equals("ADV") && !t.equals("PART") && !t.equals("AUX")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Drops plain statements when the sentence gave anything else; a statement a transformation made
   * ("said it attacked": claims responsibility, 015) is the sentence's event, not a plain one.
   */
  private static List<CodedEvent> withoutPreemptedStatements(List<CodedEvent> events) {
    boolean other = events.stream().anyMatch(e -> !plainStatement(e));
    if (!other) {
      return events;
    }
    return events.stream().filter(e -> !plainStatement(e)).toList();
  }

  private static boolean plainStatement(CodedEvent e) {
    return e.reported() == null && e.code().startsWith("01");
  }
}
