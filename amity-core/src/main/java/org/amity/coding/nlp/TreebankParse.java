package org.amity.coding.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tokens and tags of a supplied Penn Treebank parse ({@code (ROOT (S (NP (NNP Arnor)) ...))}),
 * with Penn tags mapped to the Universal Dependencies tags the coder works with. A parse whose
 * brackets do not balance is refused: its tags cannot be trusted.
 */
public final class TreebankParse {
  /** Tokens and tags read from a parse. */
  public record Leaves(String[] tokens, String[] tags) {}

  private static final Set<String> AUXILIARIES =
      Set.of(
          "be", "is", "are", "am", "was", "were", "been", "being", "'s", "'re", "'m", "have", "has",
          "had", "having", "'ve", "'d", "do", "does", "did");

  private static final Map<String, String> PENN_TO_UD =
      Map.ofEntries(
          Map.entry("NN", "NOUN"),
          Map.entry("NNS", "NOUN"),
          Map.entry("NNP", "PROPN"),
          Map.entry("NNPS", "PROPN"),
          Map.entry("JJ", "ADJ"),
          Map.entry("JJR", "ADJ"),
          Map.entry("JJS", "ADJ"),
          Map.entry("RB", "ADV"),
          Map.entry("RBR", "ADV"),
          Map.entry("RBS", "ADV"),
          Map.entry("WRB", "ADV"),
          Map.entry("IN", "ADP"),
          Map.entry("RP", "ADP"),
          Map.entry("TO", "PART"),
          Map.entry("POS", "PART"),
          Map.entry("DT", "DET"),
          Map.entry("PDT", "DET"),
          Map.entry("WDT", "DET"),
          Map.entry("PRP", "PRON"),
          Map.entry("PRP$", "PRON"),
          Map.entry("WP", "PRON"),
          Map.entry("WP$", "PRON"),
          Map.entry("EX", "PRON"),
          Map.entry("CC", "CCONJ"),
          Map.entry("CD", "NUM"),
          Map.entry("MD", "AUX"),
          Map.entry("UH", "INTJ"));

  private TreebankParse() {}

  /**
   * Reads the leaves of a parse: Penn Treebank brackets or CoNLL-U lines.
   *
   * @throws IllegalArgumentException when the brackets do not balance or there are no leaves
   */
  public static Leaves read(String parse) {
    String t = parse.strip();
    if (!t.isEmpty() && Character.isDigit(t.charAt(0)) && t.indexOf('\t') > 0) {
      return conllu(t);
    }
    int depth = 0;
    for (int i = 0; i < parse.length(); i++) {
      char c = parse.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth < 0) {
          throw new IllegalArgumentException("parse has a ')' without its '('");
        }
      }
    }
    if (depth != 0) {
      throw new IllegalArgumentException("parse brackets do not balance (" + depth + " open)");
    }
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int i = 0;
    while ((i = parse.indexOf('(', i)) >= 0) {
      int close = parse.indexOf(')', i);
      int next = parse.indexOf('(', i + 1);
      if (close > 0 && (next < 0 || close < next)) {
        String[] parts = parse.substring(i + 1, close).trim().split("\\s+");
        if (parts.length == 2) {
          tokens.add(parts[1]);
          tags.add(ud(parts[0], parts[1]));
        }
      }
      i++;
    }
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("parse has no words");
    }
    return new Leaves(tokens.toArray(String[]::new), tags.toArray(String[]::new));
  }

  /** A CoNLL-U parse (as in the PETRARCH-2 gold file): word forms and their UPOS tags. */
  static Leaves conllu(String text) {
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String line : text.split("\n")) {
      String[] f = line.strip().split("\t");
      if (f.length < 4 || f[0].contains("-") || f[0].contains(".")) {
        continue;
      }
      tokens.add(f[1]);
      tags.add(f[3]);
    }
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("CoNLL-U parse has no words");
    }
    return new Leaves(tokens.toArray(String[]::new), tags.toArray(String[]::new));
  }

  static String ud(String penn, String word) {
    if (penn.startsWith("VB")) {
      return AUXILIARIES.contains(word.toLowerCase(Locale.ROOT)) ? "AUX" : "VERB";
    }
    String ud = PENN_TO_UD.get(penn);
    if (ud != null) {
      return ud;
    }
    return Character.isLetterOrDigit(penn.charAt(0)) ? "X" : "PUNCT";
  }
}
