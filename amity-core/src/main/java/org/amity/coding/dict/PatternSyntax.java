package org.amity.coding.dict;

import java.util.List;
import java.util.Locale;

/** Turns the text of a pattern into elements, the verb marked by a WORD element "*". */
final class PatternSyntax {
  private PatternSyntax() {}

  /** Adds the elements of {@code text} to {@code out}; returns the index of the verb, or -1. */
  static int parse(String text, List<VerbPattern.Element> out) {
    String spaced =
        text.replace("{", " { ").replace("}", " } ").replace("(", " ").replace(")", " ");
    int braces = 0;
    boolean firstInBrace = false;
    int verbAt = -1;
    for (String chunk : spaced.trim().split("\\s+")) {
      if (chunk.isEmpty()) {
        continue;
      }
      if (chunk.equals("{")) {
        braces++;
        firstInBrace = true;
        continue;
      }
      if (chunk.equals("}")) {
        braces = Math.max(0, braces - 1);
        continue;
      }
      boolean attached = braces > 0 && !firstInBrace;
      firstInBrace = false;
      for (String item : chunk.split("_", -1)) {
        if (item.isEmpty()) {
          attached = true;
          continue;
        }
        if (item.equals("*")) {
          verbAt = out.size();
          out.add(new VerbPattern.Element(VerbPattern.Kind.WORD, "*", attached));
        } else {
          add(item.toUpperCase(Locale.ROOT), attached, out);
        }
        attached = true;
      }
    }
    return verbAt;
  }

  private static void add(String item, boolean attached, List<VerbPattern.Element> out) {
    VerbPattern.Kind kind =
        switch (item) {
          case "$" -> VerbPattern.Kind.SOURCE;
          case "+" -> VerbPattern.Kind.TARGET;
          case "%" -> VerbPattern.Kind.COMPOUND;
          case "^" -> VerbPattern.Kind.SKIP;
          default -> item.startsWith("&") ? VerbPattern.Kind.SYNSET : VerbPattern.Kind.WORD;
        };
    if (kind == VerbPattern.Kind.SYNSET) {
      String name = item.substring(1);
      while (name.endsWith("_")) {
        name = name.substring(0, name.length() - 1);
      }
      out.add(new VerbPattern.Element(kind, name, attached));
      return;
    }
    if (kind != VerbPattern.Kind.WORD) {
      out.add(new VerbPattern.Element(kind, item, attached));
      return;
    }
    boolean first = true;
    for (String w : Words.of(item)) {
      out.add(new VerbPattern.Element(kind, w, first ? attached : true));
      first = false;
    }
  }
}
