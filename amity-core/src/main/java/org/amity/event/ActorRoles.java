package org.amity.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Infers CAMEO role codes (GOV, MIL, COP, REB, CRM, CVL, REF ...) from an actor's name, for sources
 * that give names but no codes: ICEWS names its generic actors by sector ("Police (Philippines)",
 * "Citizen (Thailand)"), maritime reports name attackers ("PIRATES", "Robbers") and victims.
 *
 * <p>The phrase table ({@code actor-roles.tsv}) is the project's own. Words match whole, ignoring
 * case and punctuation, with a plural -s/-es/-ies; where matched phrases overlap the longest wins,
 * so "Armed Forces of the Philippines" is MIL and "Attorney General" JUD. Roles come in the order
 * their phrases appear in the name, at most three. A name that is exactly a country's name is the
 * state acting as such (GOV). Names of persons get no role: a name alone does not say what office
 * someone holds.
 */
public final class ActorRoles {
  private static final String RESOURCE = "/org/amity/event/actor-roles.tsv";
  private static final int MAX_ROLES = 3;
  private static volatile ActorRoles standard;

  /** A phrase of the table, as words. */
  private record Phrase(String[] words, List<String> roles) {}

  /** A phrase found in a name, at word {@code start}. */
  private record Match(int start, Phrase phrase) {
    int end() {
      return start + phrase.words.length;
    }
  }

  private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
  private final CountryTable countries;
  private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

  private ActorRoles(List<String[]> rows, CountryTable countries) {
    this.countries = countries;
    for (String[] row : rows) {
      String[] words = words(row[0]);
      List<String> roles = List.of(row[1].trim().split(" +"));
      if (words.length == 0 || roles.get(0).isEmpty()) {
        throw new IllegalStateException(RESOURCE + ": empty phrase or roles: " + row[0]);
      }
      byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Phrase(words, roles));
    }
  }

  /** The table shipped with Amity. */
  public static ActorRoles standard() {
    ActorRoles r = standard;
    if (r == null) {
      synchronized (ActorRoles.class) {
        if (standard == null) {
          standard = new ActorRoles(ReferenceTables.read(RESOURCE, 2), CountryTable.standard());
        }
        r = standard;
      }
    }
    return r;
  }

  /** Role codes for an actor name, most telling first; empty when nothing in the name says. */
  public List<String> rolesOf(String actorName) {
    if (actorName == null || actorName.isBlank()) {
      return List.of();
    }
    return cache.computeIfAbsent(actorName, this::infer);
  }

  private List<String> infer(String name) {
    if (countries.findByName(name.strip()).isPresent()) {
      return List.of("GOV");
    }
    String[] words = words(name);
    List<Match> found = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      for (String stem : stems(words[i])) {
        for (Phrase p : byFirstWord.getOrDefault(stem, List.of())) {
          if (matchesAt(words, i, p.words)) {
            found.add(new Match(i, p));
          }
        }
      }
    }
    found.sort(
        Comparator.comparingInt((Match m) -> -m.phrase.words.length)
            .thenComparingInt(Match::start));
    List<Match> kept = new ArrayList<>();
    for (Match m : found) {
      if (kept.stream().noneMatch(k -> m.start < k.end() && k.start < m.end())) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Match::start));
    Set<String> roles = new LinkedHashSet<>();
    for (Match m : kept) {
      roles.addAll(m.phrase.roles);
    }
    return roles.stream().limit(MAX_ROLES).toList();
  }

  private static boolean matchesAt(String[] words, int at, String[] phrase) {
    if (at + phrase.length > words.length) {
      return false;
    }
    for (int j = 0; j < phrase.length; j++) {
      if (!sameWord(words[at + j], phrase[j])) {
        return false;
      }
    }
    return true;
  }

  /** True when the name's word is the phrase's word or its plural. */
  static boolean sameWord(String word, String phraseWord) {
    return stems(word).contains(phraseWord);
  }

  /** The word itself and what it would be without a plural ending. */
  private static List<String> stems(String w) {
    List<String> s = new ArrayList<>(4);
    s.add(w);
    if (w.length() > 3 && w.endsWith("ies")) {
      s.add(w.substring(0, w.length() - 3) + "y");
    }
    if (w.length() > 3 && w.endsWith("es")) {
      s.add(w.substring(0, w.length() - 2));
    }
    if (w.length() > 2 && w.endsWith("s")) {
      s.add(w.substring(0, w.length() - 1));
    }
    return s;
  }

  /** Lower-case words; apostrophes dropped, any other non-letter, non-digit splits words. */
  static String[] words(String text) {
    String t = text.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
    return Arrays.stream(t.split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty())
        .toArray(String[]::new);
  }
}
