package org.amity.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.amity.coding.dict.Transformation;
import org.amity.coding.dict.VerbDictionary;
import org.amity.coding.nlp.TaggedSentence;

/**
 * Applies the verb dictionary's transformation rules ({@link Transformation}) where a reporting
 * verb ("said", "wants", "attempted") holds a coded event in the rest of its clause or in its
 * "that" clause: "Valdoria said Merval attacked the Kestrel Isles" is stored as Valdoria accuses
 * Merval, with the attack kept as the event's {@link CodedEvent.Reported reported} part.
 *
 * <p>The reported event is the first dictionary verb after the reporting verb that gives a code.
 * Its subject is the first actor between the two verbs (after "that", when the reported clause
 * opens with it); a personal pronoun there ("it", "they") is the speaker; an infinitive with no
 * actor before its "to" has no subject of its own ({@code _}: "wants to attack"), and one with an
 * actor there ("wants Merval to attack") has that actor as its subject.
 */
final class ReportedSpeech {
  private static final Set<String> PRONOUNS = Set.of("IT", "THEY", "HE", "SHE", "WE", "I");
  private static final Set<String> NOUNS = Set.of("NOUN", "PROPN");

  /** The events a rule made, and the reported verb they replace (not coded again). */
  record Transformed(List<CodedEvent> events, int reportedHead) {}

  /** Who the reported clause's subject is, as a rule's source variable reads it. */
  private enum Subject {
    SPEAKER,
    NONE,
    OTHER
  }

  private final SentenceCoder coder;
  private final VerbDictionary verbs;
  private final TaggedSentence s;
  private final List<ActorGroup> groups;
  private final List<Clauses.Clause> clauses;
  private final List<String> issues;

  ReportedSpeech(
      SentenceCoder coder,
      VerbDictionary verbs,
      TaggedSentence s,
      List<ActorGroup> groups,
      List<Clauses.Clause> clauses,
      List<String> issues) {
    this.coder = coder;
    this.verbs = verbs;
    this.s = s;
    this.groups = groups;
    this.clauses = clauses;
    this.issues = issues;
  }

  /**
   * The transformed events for reporting verb {@code v} of clause {@code c} with subject {@code
   * speaker}, or null when no rule applies (the verb is then coded as usual).
   */
  Transformed apply(int c, VerbDictionary.Found v, ActorGroup speaker) {
    if (!reports(v, speaker)) {
      return null;
    }
    int reach = SentenceCoder.reach(clauses, c, v);
    for (int j = v.end(); j < reach; j++) {
      VerbDictionary.Found e = coder.verbAt(s, groups, j);
      if (e == null) {
        continue;
      }
      Transformed t = reported(c, v, speaker, e);
      if (t != null || codes(e, speaker)) {
        return t;
      }
      j = e.end() - 1;
    }
    return null;
  }

  /**
   * Whether {@code v} is some rule's reporting verb, said (not negated, not passive) by someone.
   */
  private boolean reports(VerbDictionary.Found v, ActorGroup speaker) {
    return speaker != null
        && !SentenceCoder.negated(s, v)
        && !SentenceCoder.passive(s, v)
        && verbs.transformationRules().stream().anyMatch(r -> r.reports(v.entry()));
  }

  /** Whether verb {@code e} gives a code at all (the first that does is the reported event). */
  private boolean codes(VerbDictionary.Found e, ActorGroup speaker) {
    return embedded(e, speaker).reading(verbs) != null;
  }

  private Verb embedded(VerbDictionary.Found e, ActorGroup subject) {
    int k = clauseOf(e.start());
    return new Verb(
        s,
        groups,
        clauses.get(k),
        SentenceCoder.reach(clauses, k, e),
        e,
        subject,
        issues,
        SentenceCoder.negated(s, e));
  }

  private Transformed reported(
      int c, VerbDictionary.Found v, ActorGroup speaker, VerbDictionary.Found e) {
    int k = clauseOf(e.start());
    int from = k > c ? clauses.get(k).start() : v.end();
    boolean infinitive = infinitive(e);
    int to = infinitive ? e.start() - 1 : e.start();
    ActorGroup own =
        SentenceCoder.subject(
            s, groups, new Clauses.Clause(from, to, Clauses.Kind.COMPLEMENT), to, null);
    if (own != null && !sameActor(own, speaker)) {
      return transform(v, speaker, e, Subject.OTHER, own);
    }
    if (own != null || !infinitive && pronounBetween(from, to)) {
      return transform(v, speaker, e, Subject.SPEAKER, speaker);
    }
    return infinitive ? transform(v, speaker, e, Subject.NONE, speaker) : null;
  }

  /**
   * The transformed events for a reporting verb that ends its sentence after a comma, reporting the
   * clause before ("Merval attacked the Kestrel Isles, Valdoria said on Monday"): its reported
   * event is the first verb of that clause that gives a code, with that clause's own subject (a
   * pronoun there is not read as the speaker: "They attacked us, Valdoria said"). Null when the
   * verb has an actor after it in its clause, or no rule applies.
   */
  Transformed applyBefore(int c, VerbDictionary.Found v, ActorGroup speaker) {
    Clauses.Clause here = clauses.get(c);
    if (c == 0
        || !s.words()[here.start()].equals(",")
        || !reports(v, speaker)
        || groups.stream().anyMatch(g -> g.start() >= v.end() && g.start() < here.end())) {
      return null;
    }
    Clauses.Clause before = clauses.get(c - 1);
    for (int j = before.start(); j < before.end(); j++) {
      VerbDictionary.Found e = coder.verbAt(s, groups, j);
      if (e == null) {
        continue;
      }
      ActorGroup own = SentenceCoder.subject(s, groups, before, e.start(), null);
      if (own == null) {
        return null;
      }
      Subject kind = sameActor(own, speaker) ? Subject.SPEAKER : Subject.OTHER;
      Transformed t = transform(v, speaker, e, kind, own);
      if (t != null || codes(e, own)) {
        return t;
      }
      j = e.end() - 1;
    }
    return null;
  }

  /** Reads reported verb {@code e} with its subject and applies the first rule that fits. */
  private Transformed transform(
      VerbDictionary.Found v,
      ActorGroup speaker,
      VerbDictionary.Found e,
      Subject subjectKind,
      ActorGroup subject) {
    Verb.Reading r = embedded(e, subject).reading(verbs);
    if (r == null || r.source() == null) {
      return null;
    }
    Subject kind = subjectKind;
    if (r.source() != subject) {
      kind = sameActor(r.source(), speaker) ? Subject.SPEAKER : Subject.OTHER;
    }
    for (Transformation.Resolved rule : verbs.transformationRules()) {
      if (rule.reports(v.entry()) && rule.covers(r.code())) {
        List<CodedEvent> out = events(rule.rule(), kind, speaker, r, v, e);
        if (!out.isEmpty()) {
          return new Transformed(out, e.head());
        }
      }
    }
    return null;
  }

  /** The rule's events, or none when the reported clause does not fit its variables. */
  private List<CodedEvent> events(
      Transformation t,
      Subject kind,
      ActorGroup speaker,
      Verb.Reading r,
      VerbDictionary.Found v,
      VerbDictionary.Found e) {
    boolean sourceFits =
        switch (kind) {
          case SPEAKER -> t.source().equals(t.speaker());
          case NONE -> t.source().equals(Transformation.NONE);
          case OTHER -> !t.source().equals(t.speaker()) && !t.source().equals(Transformation.NONE);
        };
    boolean targetFits =
        t.target().equals(Transformation.ANY)
            || r.target() != null
                && (t.target().equals(t.speaker()) == sameActor(r.target(), speaker));
    if (!sourceFits || !targetFits) {
      return List.of();
    }
    ActorGroup out1 = bound(t, t.outSource(), speaker, r);
    ActorGroup out2 = bound(t, t.outTarget(), speaker, r);
    if (out1 == null || out2 == null) {
      return List.of();
    }
    String code = t.keepsCode() ? r.code() : t.outCode();
    CodedEvent.Reported reported =
        new CodedEvent.Reported(
            r.source().codes().get(0),
            r.target() == null ? null : r.target().codes().get(0),
            r.code(),
            words(r, e, speaker));
    String verb = String.join(" ", Arrays.copyOfRange(s.surface(), v.start(), v.end()));
    List<CodedEvent> out = new ArrayList<>();
    for (String a : out1.codes()) {
      for (String b : out2.codes()) {
        if (!a.equals(b)) {
          out.add(
              new CodedEvent(
                  a, b, code, out1.text(), out2.text(), verb, t.text(), issues, reported));
        }
      }
    }
    return out;
  }

  /** The group a rule variable stands for: the speaker, the reported source or its target. */
  private static ActorGroup bound(
      Transformation t, String var, ActorGroup speaker, Verb.Reading r) {
    if (var.equals(t.speaker())) {
      return speaker;
    }
    if (var.equals(t.source())) {
      return r.source();
    }
    return var.equals(t.target()) ? r.target() : null;
  }

  /**
   * The reported clause in words, as written: from its first actor or verb to the end of its last
   * one, the target's noun phrase included ("Merval attacked the Kestrel Isles' ships", "Merval was
   * attacked by the Kestrel Isles"); when its subject is the speaker (a pronoun, or none: an
   * infinitive) the speaker's name stands for it ("Valdoria to attack Merval").
   */
  /** Whether the verb found is an infinitive ("to attack"). */
  private boolean infinitive(VerbDictionary.Found e) {
    return e.start() > 0 && s.words()[e.start() - 1].equals("TO");
  }

  private String words(Verb.Reading r, VerbDictionary.Found e, ActorGroup speaker) {
    boolean ownWords = r.source() != speaker;
    boolean infinitive = infinitive(e);
    int start = infinitive ? e.start() - 1 : e.start();
    int end = e.end();
    List<ActorGroup> actors = new ArrayList<>();
    if (ownWords) {
      actors.add(r.source());
    }
    if (r.target() != null) {
      actors.add(r.target());
    }
    for (ActorGroup g : actors) {
      start = Math.min(start, g.start());
      end = Math.max(end, g.end());
    }
    while (r.target() != null && end < s.size() && NOUNS.contains(s.tags()[end])) {
      end++; // "rammed a Vietnamese vessel": the actor's noun phrase goes on
    }
    String said = String.join(" ", Arrays.copyOfRange(s.surface(), start, end));
    return ownWords ? said : speaker.text() + " " + said;
  }

  private static boolean sameActor(ActorGroup a, ActorGroup b) {
    return a == b || a.codes().equals(b.codes());
  }

  private boolean pronounBetween(int from, int to) {
    for (int i = from; i < to; i++) {
      if (PRONOUNS.contains(s.words()[i])) {
        return true;
      }
    }
    return false;
  }

  private int clauseOf(int token) {
    for (int k = 0; k < clauses.size(); k++) {
      if (token >= clauses.get(k).start() && token < clauses.get(k).end()) {
        return k;
      }
    }
    return clauses.size() - 1;
  }
}
