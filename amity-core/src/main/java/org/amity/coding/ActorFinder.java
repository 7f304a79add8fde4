package org.amity.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.amity.coding.dict.ActorCodes;
import org.amity.coding.dict.AgentCode;
import org.amity.coding.dict.Dictionaries;
import org.amity.coding.dict.PhraseIndex;
import org.amity.coding.nlp.TaggedSentence;

/**
 * Finds the actors of a sentence: actor and agent phrases from the dictionaries (longest match
 * first), joined into noun phrases ("Dagolath's first Deputy Prime Minister" is DAG with GOV),
 * linked across "of", "in" and "from" ("soldiers from Gondor" is GONMIL), and gathered into
 * compound actors across "and", "or" and commas, with agents shared ("Danish media and government"
 * gives DNKMED and DNKGOV). With {@link Dictionaries#disconnected() disconnected phrases}, a blank
 * in a dictionary phrase may hold up to two modifiers of the phrase's noun ({@link #gap}).
 */
final class ActorFinder {
  /** Tokens that may stand inside one noun phrase between an actor and its agent. */
  private static final Set<String> FILLER_TAGS = Set.of("DET", "ADJ", "NUM", "PROPN", "NOUN");

  private static final Set<String> MODIFIER_TAGS = Set.of("DET", "ADJ", "NOUN");
  private static final Set<String> LINKS = Set.of("OF", "IN", "FROM", "FOR", "AT");
  private static final Set<String> CONJUNCTIONS = Set.of("AND", "OR", "NOR", "&");
  private static final int MAX_FILLER = 4;
  private static final Set<String> NOUN_PHRASE_TAGS = Set.of("ADJ", "PROPN", "NOUN");
  private static final int FORMER_REACH = 4;
  private static final Set<String> GAP_TAGS = Set.of("ADJ", "NOUN", "PROPN");
  private static final int GAP_MODIFIERS = 2;

  private final Dictionaries dict;

  ActorFinder(Dictionaries dict) {
    this.dict = dict;
  }

  /** One dictionary phrase found in the sentence. */
  private record Mention(int start, int end, List<String> actor, AgentCode agent, boolean nul) {}

  /** A noun phrase: its actor codes (empty if none) and agents in order. */
  private record Unit(int start, int end, List<String> actor, List<AgentCode> agents) {
    boolean hasActor() {
      return !actor.isEmpty();
    }
  }

  List<ActorGroup> find(TaggedSentence s, LocalDate date) {
    List<Unit> units = units(s, mentions(s, date));
    List<List<Unit>> lists = lists(s, units);
    return groups(s, lists);
  }

  private List<Mention> mentions(TaggedSentence s, LocalDate date) {
    // agents used as modifiers are skipped (see modifier)
    List<Mention> out = new ArrayList<>();
    String[] w = s.words();
    PhraseIndex.Gap gap = dict.disconnected() ? gap(s) : null;
    int i = 0;
    while (i < w.length) {
      PhraseIndex.Match<ActorCodes> a = dict.actors().phrases().longestAt(w, i, gap);
      PhraseIndex.Match<AgentCode> g = dict.agents().phrases().longestAt(w, i, gap);
      if (a != null && (g == null || a.end() >= g.end())) {
        List<String> codes = a.value().on(date);
        out.add(new Mention(i, a.end(), codes, null, codes.isEmpty()));
        i = a.end();
      } else if (g != null && modifier(s, g.end())) {
        i = g.end();
      } else if (g != null) {
        AgentCode agent = former(s, i) ? new AgentCode("ELI", false) : g.value();
        out.add(new Mention(i, g.end(), List.of(), agent, false));
        i = g.end();
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * What may stand between two words of a disconnected phrase (a blank in the dictionary):
   * modifiers of its noun, inside one noun phrase. At most two of them (adjectives, nouns, names,
   * or a hyphenated compound counted as one: "Ithilen state-run television") in at most {@value
   * #MAX_FILLER} tokens, after an optional possessive "'s" ("Japan's Peace Boat"); never a
   * determiner, preposition, verb, conjunction or other punctuation, and never a dictionary phrase
   * of its own ("state-run Gondorian television" keeps Gondor).
   */
  private PhraseIndex.Gap gap(TaggedSentence s) {
    return new PhraseIndex.Gap() {
      @Override
      public int maxTokens() {
        return MAX_FILLER;
      }

      @Override
      public boolean allows(int from, int to) {
        return to - from <= MAX_FILLER && modifiers(s, from, to) && !namedWithin(s, from, to);
      }
    };
  }

  private static boolean modifiers(TaggedSentence s, int from, int to) {
    String[] w = s.words();
    int i = w[from].equals("'S") ? from + 1 : from;
    int count = 0;
    while (i < to) {
      int end = i + 1;
      while (end + 1 < to && w[end].equals("-") && !s.tags()[end + 1].equals("PUNCT")) {
        end += 2; // "state - run": a hyphenated compound is one modifier, whatever its parts
      }
      boolean compound = end > i + 1;
      if (s.tags()[i].equals("PUNCT") || !compound && !GAP_TAGS.contains(s.tags()[i])) {
        return false;
      }
      count++;
      i = end;
    }
    return count <= GAP_MODIFIERS;
  }

  private boolean namedWithin(TaggedSentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      PhraseIndex.Match<ActorCodes> a = dict.actors().phrases().longestAt(s.words(), k);
      PhraseIndex.Match<AgentCode> g = dict.agents().phrases().longestAt(s.words(), k);
      if (a != null && a.end() <= to || g != null && g.end() <= to) {
        return true;
      }
    }
    return false;
  }

  /**
   * An agent word used as a modifier names no one: "government-held", "military exercises", "rebel
   * attack". It is one when a hyphen or a noun that is not itself an actor follows it.
   */
  private boolean modifier(TaggedSentence s, int end) {
    if (end >= s.size()) {
      return false;
    }
    if (s.words()[end].equals("-")) {
      return true;
    }
    return s.tags()[end].equals("NOUN")
        && dict.agents().phrases().longestAt(s.words(), end) == null
        && dict.actors().phrases().longestAt(s.words(), end) == null;
  }

  /**
   * "former minister", "former Valdorian coast guard": a former office holder is coded ELI (elite),
   * not by the office. "Former" may stand anywhere before the office within its noun phrase (names,
   * adjectives, nouns and hyphens between), as it describes the whole phrase's holder.
   */
  private static boolean former(TaggedSentence s, int i) {
    String[] w = s.words();
    for (int k = i - 1; k >= 0 && k >= i - FORMER_REACH; k--) {
      if (w[k].equals("FORMER") || w[k].equals("EX")) {
        return true;
      }
      if (!w[k].equals("-") && !NOUN_PHRASE_TAGS.contains(s.tags()[k])) {
        return false;
      }
    }
    return false;
  }

  private List<Unit> units(TaggedSentence s, List<Mention> mentions) {
    List<Unit> out = new ArrayList<>();
    Unit cur = null;
    for (Mention m : mentions) {
      if (cur != null && fillerBetween(s, cur.end(), m.start())) {
        cur = merge(cur, m);
      } else {
        if (cur != null) {
          out.add(cur);
        }
        cur = m.nul() ? null : unit(m);
      }
    }
    if (cur != null) {
      out.add(cur);
    }
    return out;
  }

  private static Unit unit(Mention m) {
    return new Unit(
        m.start(), m.end(), m.actor(), m.agent() == null ? List.of() : List.of(m.agent()));
  }

  private static Unit merge(Unit u, Mention m) {
    List<String> actor = u.hasActor() || m.nul() ? u.actor() : m.actor();
    List<AgentCode> agents = new ArrayList<>(u.agents());
    if (m.agent() != null) {
      agents.add(m.agent());
    }
    return new Unit(u.start(), m.end(), actor, agents);
  }

  private static boolean fillerBetween(TaggedSentence s, int from, int to) {
    if (to - from > MAX_FILLER) {
      return false;
    }
    for (int i = from; i < to; i++) {
      String w = s.words()[i];
      boolean adjectiveList =
          s.tags()[i].equals("CCONJ") && i + 1 < to && s.tags()[i + 1].equals("ADJ");
      if (!FILLER_TAGS.contains(s.tags()[i])
          && !w.equals("'S")
          && !w.equals("-")
          && !adjectiveList) {
        return false;
      }
    }
    return true;
  }

  /**
   * Units joined by conjunctions (with only articles and adjectives besides) form one list. Commas
   * alone make no list ("In Valdoria, rebels attacked"): a list needs an "and", "or" or "nor".
   */
  private static List<List<Unit>> lists(TaggedSentence s, List<Unit> units) {
    List<List<Unit>> out = new ArrayList<>();
    List<Unit> cur = null;
    boolean conjunction = false;
    for (Unit u : units) {
      int join = cur == null ? 0 : conjoined(s, cur.get(cur.size() - 1).end(), u.start());
      if (join > 0) {
        cur.add(u);
        conjunction |= join == 2;
      } else {
        close(cur, conjunction, out);
        cur = new ArrayList<>();
        cur.add(u);
        conjunction = false;
      }
    }
    close(cur, conjunction, out);
    return out;
  }

  private static void close(List<Unit> list, boolean conjunction, List<List<Unit>> out) {
    if (list == null) {
      return;
    }
    if (conjunction || list.size() == 1) {
      out.add(list);
    } else {
      list.forEach(u -> out.add(new ArrayList<>(List.of(u))));
    }
  }

  /** 0: not joined; 1: joined by a comma only; 2: joined by a conjunction. */
  private static int conjoined(TaggedSentence s, int from, int to) {
    int join = 0;
    for (int i = from; i < to; i++) {
      String w = s.words()[i];
      if (w.equals(",")) {
        join = Math.max(join, 1);
      } else if (CONJUNCTIONS.contains(w) || w.equals("NEITHER") || w.equals("BOTH")) {
        join = 2;
      } else if (!MODIFIER_TAGS.contains(s.tags()[i]) || i - from > 4) {
        return 0;
      }
    }
    return join;
  }

  private static List<ActorGroup> groups(TaggedSentence s, List<List<Unit>> lists) {
    List<ActorGroup> out = new ArrayList<>();
    int k = 0;
    while (k < lists.size()) {
      List<Unit> list = lists.get(k);
      boolean agentsOnly = list.stream().noneMatch(Unit::hasActor);
      if (agentsOnly && k + 1 < lists.size() && linked(s, list, lists.get(k + 1))) {
        List<Unit> owners = lists.get(k + 1);
        out.add(
            group(
                s, list.get(0).start(), owners.get(owners.size() - 1).end(), cross(list, owners)));
        k += 2;
        continue;
      }
      Unit last = list.get(list.size() - 1);
      if (list.size() > 1
          && !last.hasActor()
          && k + 1 < lists.size()
          && linked(s, List.of(last), lists.get(k + 1))) {
        List<Unit> owners = lists.get(k + 1);
        List<String> codes = new ArrayList<>(shared(list.subList(0, list.size() - 1)));
        codes.addAll(cross(List.of(last), owners));
        out.add(group(s, list.get(0).start(), owners.get(owners.size() - 1).end(), codes));
        k += 2;
        continue;
      }
      out.add(group(s, list.get(0).start(), last.end(), shared(list)));
      k++;
    }
    return out;
  }

  /** "officials in Fornost and Gondor": the agent list, a linking word, then owners. */
  private static boolean linked(TaggedSentence s, List<Unit> agents, List<Unit> owners) {
    int from = agents.get(agents.size() - 1).end();
    int to = owners.get(0).start();
    if (to <= from || to - from > 3 || !LINKS.contains(s.words()[from])) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      if (!s.tags()[i].equals("DET") && !s.tags()[i].equals("ADJ")) {
        return false;
      }
    }
    return owners.stream().anyMatch(Unit::hasActor);
  }

  private static List<String> cross(List<Unit> agents, List<Unit> owners) {
    Set<String> codes = new LinkedHashSet<>();
    for (Unit a : agents) {
      for (Unit o : owners) {
        for (String base : o.hasActor() ? o.actor() : List.of("---")) {
          List<AgentCode> all = new ArrayList<>(o.agents());
          all.addAll(a.agents());
          codes.add(code(base, all));
        }
      }
    }
    return new ArrayList<>(codes);
  }

  /** Members of a list; a member without an actor takes the actor of the first that has one. */
  private static List<String> shared(List<Unit> list) {
    List<String> inherited = list.get(0).hasActor() ? list.get(0).actor() : List.of("---");
    Set<String> codes = new LinkedHashSet<>();
    for (Unit u : list) {
      for (String base : u.hasActor() ? u.actor() : inherited) {
        codes.add(code(base, u.agents()));
      }
    }
    return new ArrayList<>(codes);
  }

  private static String code(String actor, List<AgentCode> agents) {
    String c = actor;
    for (AgentCode a : agents) {
      c = a.applyTo(c);
    }
    return c;
  }

  private static ActorGroup group(TaggedSentence s, int start, int end, List<String> codes) {
    return new ActorGroup(
        start, end, codes, String.join(" ", java.util.Arrays.copyOfRange(s.surface(), start, end)));
  }
}
