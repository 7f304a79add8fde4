package org.amity.coding.dict;

import java.util.ArrayList;
import java.util.List;

/**
 * Phrases that mark a sentence (or, with a leading {@code +}, the whole story) as not to be coded:
 * sport, entertainment, history. A phrase ending in {@code _} must end a word; otherwise its last
 * word matches as a stem ("BASEBALL" also discards "baseballs"). Matching ignores case.
 */
public final class DiscardList {
  /** One discard phrase. */
  public record Discard(String[] words, boolean story, boolean exactEnd, String text) {}

  private final List<Discard> discards = new ArrayList<>();

  /** Discards by their first word, and single-word stems by their first three letters. */
  private final java.util.Map<String, List<Discard>> byFirst = new java.util.HashMap<>();

  private final java.util.Map<String, List<Discard>> stems = new java.util.HashMap<>();

  private final List<Discard> shortStems = new ArrayList<>();

  public void read(List<DictionaryText.Line> lines) {
    for (DictionaryText.Line line : lines) {
      String t = line.trimmed();
      boolean story = t.startsWith("+");
      String phrase = story ? t.substring(1).trim() : t;
      boolean exact = phrase.endsWith("_");
      String[] words = Words.of(phrase);
      if (words.length > 0) {
        Discard d = new Discard(words, story, exact, phrase);
        discards.add(d);
        if (words.length > 1 || exact) {
          byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(d);
        } else if (words[0].length() >= 3) {
          stems.computeIfAbsent(words[0].substring(0, 3), k -> new ArrayList<>()).add(d);
        } else {
          shortStems.add(d);
        }
      }
    }
  }

  public int size() {
    return discards.size();
  }

  /** The first discard found in {@code tokens} (normal form), or null. */
  public Discard find(String[] tokens) {
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      for (Discard d : byFirst.getOrDefault(t, List.of())) {
        if (occursAt(d, tokens, i)) {
          return d;
        }
      }
      if (t.length() >= 3) {
        for (Discard d : stems.getOrDefault(t.substring(0, 3), List.of())) {
          if (t.startsWith(d.words()[0])) {
            return d;
          }
        }
      }
      for (Discard d : shortStems) {
        if (t.startsWith(d.words()[0])) {
          return d;
        }
      }
    }
    return null;
  }

  private static boolean occursAt(Discard d, String[] tokens, int i) {
    String[] w = d.words();
    if (i + w.length > tokens.length) {
      return false;
    }
    for (int k = 0; k < w.length - 1; k++) {
      if (!w[k].equals(tokens[i + k])) {
        return false;
      }
    }
    String last = tokens[i + w.length - 1];
    return d.exactEnd() ? last.equals(w[w.length - 1]) : last.startsWith(w[w.length - 1]);
  }
}
