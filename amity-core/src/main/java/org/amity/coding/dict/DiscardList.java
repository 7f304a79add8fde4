package org.amity.coding.dict;

import java.io.IOException;
import java.nio.file.Path;
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

  public void read(Path file) throws IOException {
    read(DictionaryText.read(file));
  }

  public void read(List<DictionaryText.Line> lines) {
    for (DictionaryText.Line line : lines) {
      String t = line.trimmed();
      boolean story = t.startsWith("+");
      String phrase = story ? t.substring(1).trim() : t;
      boolean exact = phrase.endsWith("_");
      String[] words = Words.of(phrase);
      if (words.length > 0) {
        discards.add(new Discard(words, story, exact, phrase));
      }
    }
  }

  public int size() {
    return discards.size();
  }

  /** The first discard found in {@code tokens} (normal form), or null. */
  public Discard find(String[] tokens) {
    for (Discard d : discards) {
      if (occurs(d, tokens)) {
        return d;
      }
    }
    return null;
  }

  private static boolean occurs(Discard d, String[] tokens) {
    String[] w = d.words();
    for (int i = 0; i + w.length <= tokens.length; i++) {
      int k = 0;
      while (k < w.length - 1 && w[k].equals(tokens[i + k])) {
        k++;
      }
      if (k == w.length - 1) {
        String last = tokens[i + k];
        if (d.exactEnd() ? last.equals(w[k]) : last.startsWith(w[k])) {
          return true;
        }
      }
    }
    return false;
  }
}
