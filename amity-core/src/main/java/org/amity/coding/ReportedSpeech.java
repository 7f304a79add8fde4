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

  /**
   * The events a rule made, and the reported verbs they replace (not coded as facts): the first,
   * and any coordinated with it that shares its subject ("Merval attacked Kestrel and shelled
   * Osgiliath").
   */
  record Transformed(List<CodedEvent> events, List<Integer> reportedHeads) {}

  /**
   * A reported verb read once: the events a rule made from it (null when none fitted), and whether
   * it gave a code at all (the first verb that does is the reported event, rule or not).
   */
  private record Attempt(Transformed transformed, boolean coded) {
    static final Attempt NO_CODE = new Attempt(null, false);
  }

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
      Attempt a = reported(c, v, speaker, e);
      if (a.coded()) {
        return a.transformed();
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

  private Attempt reported(
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
    if (infinitive) {
      return transform(v, speaker, e, Subject.NONE, speaker);
    }
    return embedded(e, speaker).reading(verbs) == null ? Attempt.NO_CODE : new Attempt(null, true);
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
    return reportedBefore(c - 1, here.start(), v, speaker);
  }

  /** Clause {@code c} of the sentence. */
  Clauses.Clause clause(int c) {
    return clauses.get(c);
  }

  /**
   * The transformed events for a reporting verb after a comma with its speaker after it ("Merval
   * attacked the Kestrel Isles, said Valdoria"; "..., said a Valdorian official"): the inverted
   * order of {@link #applyBefore}, read the same way. Null when the verb does not stand so, or no
   * rule applies.
   */
  Transformed applyInverted(int c, VerbDictionary.Found v) {
    int comma = v.start() - 1;
    while (comma > 0 && s.tags()[comma].equals("ADV")) {
      comma--; // ", also said Valdoria"
    }
    if (comma <= 0 || !s.words()[comma].equals(",")) {
      return null;
    }
    ActorGroup speaker = speakerAfter(c, v);
    if (speaker == null || !reports(v, speaker)) {
      return null;
    }
    int k = c;
    while (k > 0 && clauses.get(k).start() >= comma) {
      k--;
    }
    return reportedBefore(k, comma, v, speaker);
  }

  /** The actor right after {@code v} in its clause (articles and adjectives before it), or null. */
  private ActorGroup speakerAfter(int c, VerbDictionary.Found v) {
    int at = v.end();
    while (at < clauses.get(c).end()
        && (s.tags()[at].equals("DET") || s.tags()[at].equals("ADJ"))) {
      at++;
    }
    for (ActorGroup g : groups) {
      if (g.start() == at) {
        return g;
      }
    }
    return null;
  }

  /**
   * The reported event of a reporting verb that comes after what it reports: the first verb that
   * gives a code in the clause {@code last} (or, when that is a coordinated clause, in the clause
   * its chain starts with), before token {@code end}, read with its clause's own subject, and the
   * verbs coordinated with it up to {@code end}.
   */
  private Transformed reportedBefore(
      int last, int end, VerbDictionary.Found v, ActorGroup speaker) {
    int b = last;
    while (b > 0 && clauses.get(b).kind() == Clauses.Kind.COORDINATE) {
      b--;
    }
    Clauses.Clause before = clauses.get(b);
    for (int j = before.start(); j < Math.min(before.end(), end); j++) {
      VerbDictionary.Found e = coder.verbAt(s, groups, j);
      if (e == null) {
        continue;
      }
      ActorGroup own = SentenceCoder.subject(s, groups, before, e.start(), null);
      if (own == null) {
        return null;
      }
      Subject kind = sameActor(own, speaker) ? Subject.SPEAKER : Subject.OTHER;
      Attempt a = transform(v, speaker, e, kind, own, end);
      if (a.coded()) {
        return a.transformed();
      }
      j = e.end() - 1;
    }
    return null;
  }

  private Attempt transform(
      VerbDictionary.Found v,
      ActorGroup speaker,
      VerbDictionary.Found e,
      Subject subjectKind,
      ActorGroup subject) {
    return transform(v, speaker, e, subjectKind, subject, s.size());
  }

  /**
   * Reads reported verb {@code e} with its subject and applies the first rule that fits; then the
   * verbs coordinated with it before token {@code end} ("Merval attacked Kestrel and shelled
   * Osgiliath"), which report under the same speaker with the same subject.
   */
  private Attempt transform(
      VerbDictionary.Found v,
      ActorGroup speaker,
      VerbDictionary.Found e,
      Subject subjectKind,
      ActorGroup subject,
      int end) {
    Verb.Reading r = embedded(e, subject).reading(verbs);
    if (r == null) {
      return Attempt.NO_CODE;
    }
    List<CodedEvent> out = ruleEvents(v, speaker, e, subjectKind, subject, r);
    if (out.isEmpty()) {
      return new Attempt(null, true);
    }
    List<CodedEvent> all = new ArrayList<>(out);
    List<Integer> heads = new ArrayList<>(List.of(e.head()));
    for (int k = clauseOf(e.start()) + 1;
        k < clauses.size() && clauses.get(k).kind() == Clauses.Kind.COORDINATE;
        k++) {
      VerbDictionary.Found next = coordinated(clauses.get(k), end);
      if (next == null) {
        break;
      }
      Verb.Reading nr = embedded(next, subject).reading(verbs);
      List<CodedEvent> more =
          nr == null ? List.of() : ruleEvents(v, speaker, next, subjectKind, subject, nr);
      if (more.isEmpty()) {
        break; // no rule for it: coded as usual
      }
      all.addAll(more);
      heads.add(next.head());
    }
    return new Attempt(new Transformed(all, heads), true);
  }

  /**
   * The first dictionary verb of a coordinated clause that has no subject of its own ("... and
   * shelled Osgiliath"), before token {@code end}; null when it has one ("... and Kestrel shelled
   * ...") or no verb.
   */
  private VerbDictionary.Found coordinated(Clauses.Clause k, int end) {
    for (int j = k.start(); j < Math.min(k.end(), end); j++) {
      VerbDictionary.Found e = coder.verbAt(s, groups, j);
      if (e != null) {
        return SentenceCoder.subject(s, groups, k, e.start(), null) == null ? e : null;
      }
    }
    return null;
  }

  /** The events of the first rule that fits reported reading {@code r}, or none. */
  private List<CodedEvent> ruleEvents(
      VerbDictionary.Found v,
      ActorGroup speaker,
      VerbDictionary.Found e,
      Subject subjectKind,
      ActorGroup subject,
      Verb.Reading r) {
    if (r.source() == null) {
      return List.of();
    }
    Subject kind = subjectKind;
    if (r.source() != subject) {
      kind = sameActor(r.source(), speaker) ? Subject.SPEAKER : Subject.OTHER;
    }
    for (Transformation.Resolved rule : verbs.transformationRules()) {
      if (rule.reports(v.entry()) && rule.covers(r.code())) {
        List<CodedEvent> out = events(rule.rule(), kind, speaker, r, v, e);
        if (!out.isEmpty()) {
          return out;
        }
      }
    }
    return List.of();
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

  /** Whether the verb found is an infinitive ("to attack"). */
  private boolean infinitive(VerbDictionary.Found e) {
    return e.start() > 0 && s.words()[e.start() - 1].equals("TO");
  }

  /**
   * The reported clause in words, as written: from its first actor or verb to the end of its last
   * one, the target's noun phrase included ("Merval attacked the Kestrel Isles' ships", "Merval was
   * attacked by the Kestrel Isles"); when its subject is the speaker (a pronoun, or none: an
   * infinitive) the speaker's name stands for it ("Valdoria to attack Merval").
   */
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
