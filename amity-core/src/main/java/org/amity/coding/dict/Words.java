package org.amity.coding.dict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one normal form in which dictionary phrases and sentence tokens are compared: upper case,
 * words split on blanks and underscores, hyphens as words of their own ("BARAD - DUR"), and the
 * possessive {@code 's} split off, as the tokenizer does.
 */
public final class Words {
  private Words() {}

  /** The words of a dictionary phrase ("MINAS_TIRITH" gives MINAS, TIRITH). */
  public static String[] of(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.replace('_', ' ').trim().split("\\s+")) {
      if (!w.isEmpty()) {
        addNormal(out, w);
      }
    }
    return out.toArray(String[]::new);
  }

  /**
   * Where a dictionary phrase lets other words come between its words: {@code gaps[k]} is true when
   * a blank (not an underscore) stands before word {@code k} of {@link #of(String)}; null when the
   * phrase has no such blank ("MINAS_TIRITH", "ITHILEN" give null, "ITHILEN TELEVISION" gives
   * {false, true}).
   */
  public static boolean[] gaps(String phrase) {
    String[] parts = phrase.trim().split("\\s+");
    if (parts.length < 2) {
      return null;
    }
    List<Boolean> flags = new ArrayList<>();
    for (String part : parts) {
      int n = of(part).length;
      for (int k = 0; k < n; k++) {
        flags.add(k == 0 && !flags.isEmpty());
      }
    }
    boolean[] out = new boolean[flags.size()];
    boolean any = false;
    for (int k = 0; k < out.length; k++) {
      out[k] = flags.get(k);
      any |= out[k];
    }
    return any ? out : null;
  }

  /** Adds one raw token in normal form, split at hyphens and before a possessive. */
  public static void addNormal(List<String> out, String raw) {
    if (raw.length() > 1 && raw.indexOf('_') > 0) {
      for (String part : raw.split("_")) {
        if (!part.isEmpty()) {
          addNormal(out, part);
        }
      }
      return;
    }
    String w = abbreviation(raw.toUpperCase(Locale.ROOT).replace('\u2019', '\''));
    if (w.length() > 2 && w.endsWith("'S")) {
      addHyphenated(out, w.substring(0, w.length() - 2));
      out.add("'S");
      return;
    }
    addHyphenated(out, w);
  }

  /**
   * An abbreviation written with periods, in either spelling the same name: "U.S.", "U.S" (its last
   * period taken as the sentence's) and "US" all give US, "K.U." gives KU. Only single letters each
   * followed by a period count, at least two of them; "D.R.CONGO" and initials ("A.") stay.
   */
  static String abbreviation(String w) {
    int n = w.length();
    if (n < 3 || w.charAt(1) != '.') {
      return w;
    }
    for (int i = 0; i < n; i++) {
      boolean letterPlace = i % 2 == 0;
      char c = w.charAt(i);
      if (letterPlace ? !Character.isLetter(c) : c != '.') {
        return w;
      }
    }
    StringBuilder b = new StringBuilder(n / 2 + 1);
    for (int i = 0; i < n; i += 2) {
      b.append(w.charAt(i));
    }
    return b.toString();
  }

  private static void addHyphenated(List<String> out, String w) {
    if (w.length() < 2 || w.indexOf('-') < 0 || w.chars().allMatch(c -> c == '-')) {
      out.add(w);
      return;
    }
    int start = 0;
    for (int i = 0; i < w.length(); i++) {
      if (w.charAt(i) == '-') {
        if (i > start) {
          out.add(w.substring(start, i));
        }
        out.add("-");
        start = i + 1;
      }
    }
    if (start < w.length()) {
      out.add(w.substring(start));
    }
  }

  /** Regular English plural of the last word: -IES after a consonant and Y, -ES after S/X/CH/SH. */
  public static String plural(String word) {
    if (word.isEmpty()) {
      return word;
    }
    if (word.endsWith("Y") && word.length() > 1 && !isVowel(word.charAt(word.length() - 2))) {
      return word.substring(0, word.length() - 1) + "IES";
    }
    if (word.endsWith("S")
        || word.endsWith("X")
        || word.endsWith("Z")
        || word.endsWith("CH")
        || word.endsWith("SH")) {
      return word + "ES";
    }
    return word + "S";
  }

  static boolean isVowel(char c) {
    return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
  }

  /** The phrase with its last word replaced by {@code last}. */
  public static String[] withLast(String[] words, String last) {
    String[] copy = words.clone();
    copy[copy.length - 1] = last;
    return copy;
  }
}
