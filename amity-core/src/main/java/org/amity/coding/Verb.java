package org.amity.coding;

import java.util.ArrayList;
import java.util.List;
import org.amity.coding.dict.VerbDictionary;
import org.amity.coding.dict.VerbEntry;
import org.amity.coding.dict.VerbPattern;
import org.amity.coding.nlp.TaggedSentence;

/** One dictionary verb in its clause: works out its code, source and target. */
final class Verb {
  private static final java.util.Set<String> POSITIONS =
      java.util.Set.of(
          "NEAR", "OFF", "ALONG", "ACROSS", "AROUND", "OUTSIDE", "INSIDE", "BEYOND", "ABOARD",
          "DURING", "BESIDE", "NEARBY");
  private static final java.util.Set<String> BY_OBJECT_TAGS =
      java.util.Set.of("DET", "ADJ", "NUM", "ADV");
  private static final int BY_REACH = 7;
  private static final java.util.Set<String> OF_OR_HYPHEN = java.util.Set.of("OF", "-");

  private final TaggedSentence s;
  private final List<ActorGroup> groups;
  private final Clauses.Clause clause;
  private final int reach;
  private final VerbDictionary.Found found;
  private final ActorGroup subject;
  private final List<String> issues;
  private final boolean negated;
  private boolean consumed;

  Verb(
      TaggedSentence s,
      List<ActorGroup> groups,
      Clauses.Clause clause,
      int reach,
      VerbDictionary.Found found,
      ActorGroup subject,
      List<String> issues,
      boolean negated) {
    this.s = s;
    this.groups = groups;
    this.clause = clause;
    this.reach = reach;
    this.found = found;
    this.subject = subject;
    this.issues = issues;
    this.negated = negated;
  }

  /** True when this verb settled its clause (an event, or a pattern that says "no event"). */
  boolean consumed() {
    return consumed;
  }

  /**
   * What the verb states, before events are built: its code and actors, where either actor may be
   * missing ("Merval attacked" has no target). Null when it is negated or gives no code.
   */
  record Reading(String code, ActorGroup source, ActorGroup target) {}

  /** This verb's {@link Reading}, as a clause reported by another verb reads it. */
  Reading reading(VerbDictionary verbs) {
    PatternMatcher.Result m = match(verbs);
    if (negated && !readsBefore(m)) {
      return null;
    }
    String code = m != null ? m.pattern().code() : found.entry().code();
    if (code == null) {
      return null;
    }
    ActorGroup[] dyad = dyad(m);
    return new Reading(code, dyad[0], dyad[1]);
  }

  private PatternMatcher.Result match(VerbDictionary verbs) {
    return new PatternMatcher(verbs, s, groups, clause.start(), reach).match(found);
  }

  List<CodedEvent> code(VerbDictionary verbs) {
    PatternMatcher.Result m = match(verbs);
    if (negated && !readsBefore(m)) {
      consumed = false;
      return List.of();
    }
    VerbEntry e = found.entry();
    String code = m != null ? m.pattern().code() : e.code();
    String reverse = m != null ? m.pattern().reverse() : e.reverse();
    String pattern = m != null ? m.pattern().text() : null;
    if (code == null && reverse == null) {
      consumed = m != null;
      return List.of();
    }
    List<CodedEvent> out = new ArrayList<>();
    if (m != null
        && m.compound() != null
        && m.compound().start() < found.start()
        && m.target() == null) {
      mutual(m.compound(), code, reverse, pattern, out);
    } else {
      ActorGroup[] dyad = dyad(m);
      if (dyad[0] != null && dyad[1] != null) {
        pairs(dyad[0], dyad[1], code, reverse, pattern, out);
      } else if (dyad[0] != null && dyad[0].compound() && cooperative(code)) {
        mutual(dyad[0], code, reverse, pattern, out);
      }
    }
    consumed = !out.isEmpty() && (code == null || !code.startsWith("01"));
    return out;
  }

  /**
   * Whether the matched pattern reads words before the verb (where a negation stands), so that the
   * dictionary itself says what a negated verb means.
   */
  private static boolean readsBefore(PatternMatcher.Result m) {
    return m != null
        && m.pattern().before().stream()
            .anyMatch(
                x -> x.kind() == VerbPattern.Kind.WORD || x.kind() == VerbPattern.Kind.SYNSET);
  }

  /**
   * Whether a compound subject with no object acts on itself: "The US, Russia and Switzerland met"
   * is a meeting among the three. Held for cooperation (roots 03 to 06) only: "A and B attacked"
   * without an object says nothing of whom.
   */
  private static boolean cooperative(String code) {
    if (code == null || code.length() < 2) {
      return false;
    }
    String root = code.substring(0, 2);
    return root.equals("03") || root.equals("04") || root.equals("05") || root.equals("06");
  }

  /** Source and target: from the pattern where it placed them, else subject and first object. */
  private ActorGroup[] dyad(PatternMatcher.Result m) {
    ActorGroup source = m != null ? m.source() : null;
    ActorGroup target = m != null ? m.target() != null ? m.target() : m.compound() : null;
    if (SentenceCoder.passive(s, found)) {
      ActorGroup agent = byAgent();
      if (agent != null) {
        return new ActorGroup[] {
          source != null ? source : agent, target != null ? target : subject
        };
      }
    }
    if (source == null) {
      source = subject;
    }
    if (target == null) {
      target = firstAfter(source);
    }
    return new ActorGroup[] {source, target};
  }

  private ActorGroup byAgent() {
    for (int i = found.end(); i < reach - 1; i++) {
      if (s.words()[i].equals("BY")) {
        for (ActorGroup g : groups) {
          if (g.start() > i && g.start() <= i + BY_REACH && governedBy(i, g.start())) {
            return g;
          }
        }
        return null;
      }
      if (s.tags()[i].equals("VERB")) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether the actor at {@code start} is the object of the "by" at {@code by}: only articles,
   * adjectives, participles, numbers and adverbs between, or a noun of quantity before "of" ("by a
   * group of Valdorian rebels"). In "promised by letter some aid to Merval" the object of "by" is
   * the letter, and Merval is no agent.
   */
  private boolean governedBy(int by, int start) {
    for (int i = by + 1; i < start; i++) {
      String t = s.tags()[i];
      boolean head = t.equals("NOUN") || t.equals("PROPN") || t.equals("PRON");
      boolean participle = t.equals("VERB") && s.words()[i].endsWith("ED"); // "armed", "hooded"
      if (head && !s.words()[i + 1].equals("OF")
          || !head
              && !participle
              && !BY_OBJECT_TAGS.contains(t)
              && !OF_OR_HYPHEN.contains(s.words()[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first actor after the verb, passing over places named only as a position ("near Manila",
   * "off Sabah"): a position is where it happened, not to whom.
   */
  private ActorGroup firstAfter(ActorGroup not) {
    for (ActorGroup g : groups) {
      if (g.start() >= found.end() && g.end() <= reach && g != not && !positional(g)) {
        return g;
      }
    }
    return null;
  }

  private boolean positional(ActorGroup g) {
    int i = g.start() - 1;
    while (i > found.end() && (s.tags()[i].equals("DET") || s.tags()[i].equals("ADJ"))) {
      i--;
    }
    return i >= found.end() && POSITIONS.contains(s.words()[i]);
  }

  private void pairs(
      ActorGroup src,
      ActorGroup tgt,
      String code,
      String reverse,
      String pattern,
      List<CodedEvent> out) {
    for (String a : src.codes()) {
      for (String b : tgt.codes()) {
        if (a.equals(b)) {
          continue;
        }
        if (code != null) {
          out.add(event(a, b, code, src.text(), tgt.text(), pattern));
        }
        if (reverse != null) {
          out.add(event(b, a, reverse, tgt.text(), src.text(), pattern));
        }
      }
    }
  }

  private void mutual(
      ActorGroup g, String code, String reverse, String pattern, List<CodedEvent> out) {
    List<String> codes = g.codes();
    for (int i = 0; i < codes.size(); i++) {
      for (int j = 0; j < codes.size(); j++) {
        String c = i < j ? code : reverse != null ? reverse : code;
        if (i != j && c != null && !codes.get(i).equals(codes.get(j))) {
          out.add(event(codes.get(i), codes.get(j), c, g.text(), g.text(), pattern));
        }
      }
    }
  }

  private CodedEvent event(String a, String b, String code, String at, String bt, String pattern) {
    String verb =
        String.join(" ", java.util.Arrays.copyOfRange(s.surface(), found.start(), found.end()));
    return new CodedEvent(a, b, code, at, bt, verb, pattern, issues);
  }
}
