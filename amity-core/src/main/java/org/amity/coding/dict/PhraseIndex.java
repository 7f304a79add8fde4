package org.amity.coding.dict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases (word sequences in {@link Words} form) to values, found in a sentence by their longest
 * match at a position. Indexed by first word; each word's phrases are kept longest first, so the
 * first match is the longest. A later entry for the same phrase replaces nothing: the first wins.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseIndex<T> {
  /** A phrase and its value. */
  public record Entry<T>(String[] words, T value) {}

  /** A match: the entry and where it ends (exclusive). */
  public record Match<T>(Entry<T> entry, int start, int end) {
    public T value() {
      return entry.value();
    }
  }

  private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();
  private int size;

  public void add(String[] words, T value) {
    if (words.length == 0) {
      return;
    }
    byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry<>(words, value));
    size++;
  }

  /** Sorts every bucket longest first (stable, so file order breaks ties); call after loading. */
  public void seal() {
    Comparator<Entry<T>> longestFirst = Comparator.comparingInt(e -> -e.words().length);
    byFirst.values().forEach(l -> l.sort(longestFirst));
  }

  /** Adds every entry of {@code other} (entries already here are matched first). */
  public void addAll(PhraseIndex<T> other) {
    other.byFirst.values().forEach(l -> l.forEach(e -> add(e.words(), e.value())));
  }

  public int size() {
    return size;
  }

  /** The longest phrase starting at {@code i} in {@code words}, or null. */
  public Match<T> longestAt(String[] words, int i) {
    List<Entry<T>> bucket = byFirst.get(words[i]);
    if (bucket == null) {
      return null;
    }
    for (Entry<T> e : bucket) {
      String[] p = e.words();
      if (i + p.length <= words.length && matches(p, words, i)) {
        return new Match<>(e, i, i + p.length);
      }
    }
    return null;
  }

  private static boolean matches(String[] phrase, String[] words, int at) {
    for (int k = 1; k < phrase.length; k++) {
      if (!phrase[k].equals(words[at + k])) {
        return false;
      }
    }
    return true;
  }
}
