package org.amity.coding.dict;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Issue phrases ("n:refugee [REFUGEES]") to issue codes, found by plain phrase matching. In a
 * phrase, {@code n:} makes the noun's plural too, {@code v:} the regular verb forms, and {@code +}
 * both a blank and a hyphen. Ignore phrases ({@code ~...}) and category tags are skipped.
 */
public final class IssueList {
  private final PhraseIndex<String> phrases = new PhraseIndex<>();

  /** Adds the issue phrases of one file's lines ({@code name} labels the problems found). */
  public void read(List<DictionaryText.Line> lines, String name, List<String> problems) {
    for (DictionaryText.Line line : lines) {
      String t = line.trimmed();
      if (t.startsWith("<") || t.startsWith("~")) {
        continue;
      }
      int open = t.indexOf('[');
      int close = t.indexOf(']');
      if (open < 0 || close < open) {
        problems.add(name + ":" + line.number() + ": no issue code: " + t);
        continue;
      }
      String code = t.substring(open + 1, close).trim();
      for (String form : forms(t.substring(0, open).trim().toUpperCase(Locale.ROOT))) {
        phrases.add(Words.of(form), code);
      }
    }
    phrases.seal();
  }

  public int size() {
    return phrases.size();
  }

  /** The issue codes whose phrases occur in {@code tokens}, in order of first occurrence. */
  public List<String> find(String[] tokens) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < tokens.length; i++) {
      PhraseIndex.Match<String> m = phrases.longestAt(tokens, i);
      if (m != null) {
        out.add(m.value());
      }
    }
    return new ArrayList<>(out);
  }

  static List<String> forms(String phrase) {
    List<String> forms = new ArrayList<>(List.of(phrase));
    boolean changed = true;
    while (changed) {
      changed = false;
      List<String> next = new ArrayList<>();
      for (String f : forms) {
        if (f.contains("+")) {
          next.add(f.replaceFirst("\\+", " "));
          next.add(f.replaceFirst("\\+", "-"));
          changed = true;
        } else if (f.contains("N:")) {
          int a = f.indexOf("N:");
          String rest = f.substring(a + 2);
          int sp = rest.indexOf(' ');
          String noun = sp < 0 ? rest : rest.substring(0, sp);
          String tail = sp < 0 ? "" : rest.substring(sp);
          next.add(f.substring(0, a) + noun + tail);
          next.add(f.substring(0, a) + Words.plural(noun) + tail);
          changed = true;
        } else if (f.contains("V:")) {
          int a = f.indexOf("V:");
          String rest = f.substring(a + 2);
          int sp = rest.indexOf(' ');
          String verb = sp < 0 ? rest : rest.substring(0, sp);
          String tail = sp < 0 ? "" : rest.substring(sp);
          for (String v : VerbForms.regular(verb)) {
            next.add(f.substring(0, a) + v + tail);
          }
          changed = true;
        } else {
          next.add(f);
        }
      }
      forms = next;
    }
    return forms;
  }
}
