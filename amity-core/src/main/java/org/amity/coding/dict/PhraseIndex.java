package org.amity.coding.dict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrases (word sequences in {@link Words} form) to values, found in a sentence by their longest
 * match at a position. Indexed by first word; each word's phrases are kept longest first, so the
 * first match is the longest. A later entry for the same phrase replaces nothing: the first wins.
 *
 * <p>A phrase may mark places where other words can come between two of its words (TABARI's
 * disconnected phrase: a blank in the dictionary, where an underscore means adjacent). Such places
 * are used only by {@link #longestAt(String[], int, Gap)}, which asks a {@link Gap} which words may
 * stand there; everywhere else the words must be adjacent.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseIndex<T> {
  /**
   * A phrase and its value.
   *
   * @param gaps null when every word must follow the one before; else {@code gaps[k]} says whether
   *     other words may come between word {@code k - 1} and word {@code k}
   */
  public record Entry<T>(String[] words, boolean[] gaps, T value) {
    boolean disconnected() {
      return gaps != null;
    }
  }

  /** Which words may come between two words of a disconnected phrase. */
  public interface Gap {
    /** The most tokens a gap may hold. */
    int maxTokens();

    /** Whether tokens {@code [from, to)} of the sentence may stand inside a phrase. */
    boolean allows(int from, int to);
  }

  /** A match: the entry and where it ends (exclusive). */
  public record Match<T>(Entry<T> entry, int start, int end) {
    public T value() {
      return entry.value();
    }
  }

  private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();
  private final Set<String> disconnectedFirst = new HashSet<>();
  private int size;
  private int disconnected;

  public void add(String[] words, T value) {
    add(words, null, value);
  }

  /** Adds a phrase whose {@code gaps} (see {@link Entry}; null for none) allow words between. */
  public void add(String[] words, boolean[] gaps, T value) {
    if (words.length == 0) {
      return;
    }
    boolean[] g = gaps == null || !any(gaps) ? null : gaps.clone();
    byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry<>(words, g, value));
    size++;
    if (g != null) {
      disconnected++;
      disconnectedFirst.add(words[0]);
    }
  }

  private static boolean any(boolean[] flags) {
    for (boolean f : flags) {
      if (f) {
        return true;
      }
    }
    return false;
  }

  /** Sorts every bucket longest first (stable, so file order breaks ties); call after loading. */
  public void seal() {
    Comparator<Entry<T>> longestFirst = Comparator.comparingInt(e -> -e.words().length);
    byFirst.values().forEach(l -> l.sort(longestFirst));
  }

  /** Adds every entry of {@code other} (entries already here are matched first). */
  public void addAll(PhraseIndex<T> other) {
    other.byFirst.values().forEach(l -> l.forEach(e -> add(e.words(), e.gaps(), e.value())));
  }

  /** Calls {@code action} with every entry, each first word's phrases longest first. */
  public void forEach(java.util.function.Consumer<Entry<T>> action) {
    byFirst.values().forEach(l -> l.forEach(action));
  }

  public int size() {
    return size;
  }

  /** How many phrases allow other words between some of their words. */
  public int disconnected() {
    return disconnected;
  }

  /** Whether some disconnected phrase starts with {@code word}. */
  public boolean startsDisconnected(String word) {
    return disconnectedFirst.contains(word);
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

  /**
   * The longest phrase starting at {@code i}, where a disconnected phrase may also match with words
   * between its parts that {@code gap} allows (null: adjacent only). A phrase with more words wins;
   * of two with as many words, one matched without a gap, then the file's order.
   */
  public Match<T> longestAt(String[] words, int i, Gap gap) {
    if (gap == null) {
      return longestAt(words, i);
    }
    List<Entry<T>> bucket = byFirst.get(words[i]);
    if (bucket == null) {
      return null;
    }
    Match<T> spread = null;
    for (Entry<T> e : bucket) {
      String[] p = e.words();
      if (spread != null && p.length < spread.entry().words().length) {
        return spread;
      }
      if (i + p.length <= words.length && matches(p, words, i)) {
        return new Match<>(e, i, i + p.length);
      }
      if (spread == null && e.disconnected()) {
        int end = spreadEnd(e, words, 1, i + 1, gap);
        if (end > 0) {
          spread = new Match<>(e, i, end);
        }
      }
    }
    return spread;
  }

  /** Where phrase word {@code k} and the rest match from token {@code at} on, or -1. */
  private static int spreadEnd(Entry<?> e, String[] words, int k, int at, Gap gap) {
    String[] p = e.words();
    if (k == p.length) {
      return at;
    }
    if (at >= words.length) {
      return -1;
    }
    int last = e.gaps()[k] ? Math.min(words.length - 1, at + gap.maxTokens()) : at;
    for (int q = at; q <= last; q++) {
      if (p[k].equals(words[q]) && (q == at || gap.allows(at, q))) {
        int end = spreadEnd(e, words, k + 1, q + 1, gap);
        if (end > 0) {
          return end;
        }
      }
    }
    return -1;
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
