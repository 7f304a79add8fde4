package org.amity.coding.dict;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a PETRARCH verb dictionary, in either syntax: PETRARCH 1 ({@code - SAID * TO_ATTEND}, where
 * {@code _} joins words that must be adjacent and a blank lets other words come between) and
 * PETRARCH 2 ({@code - * (TO LIST) (OF {BANNED PARTIES})}, where braces hold adjacent words and
 * parentheses a prepositional phrase). Both become the same {@link VerbPattern}s. Synonym sets
 * ({@code &NAME} then {@code +member} lines) may be defined anywhere and may contain other sets.
 * Transformation rules ({@code ~ a (b . ATTACK) SAY = a b 112}) are read as {@link
 * Transformation}s, in the file's order.
 */
public final class VerbDictionaryReader {
  private final VerbDictionary dict = new VerbDictionary();
  private final List<String> problems;
  private final String name;
  private VerbBlock block;
  private String synset;
  private boolean synsetPlurals;

  private VerbDictionaryReader(String name, List<String> problems) {
    this.name = name;
    this.problems = problems;
  }

  public static VerbDictionary read(Path file, List<String> problems) throws IOException {
    return read(DictionaryText.read(file), file.getFileName().toString(), problems);
  }

  public static VerbDictionary read(
      List<DictionaryText.Line> lines, String name, List<String> problems) {
    VerbDictionaryReader r = new VerbDictionaryReader(name, problems);
    for (DictionaryText.Line line : lines) {
      try {
        r.line(line);
      } catch (IllegalArgumentException e) {
        problems.add(name + ":" + line.number() + ": " + e.getMessage());
      }
    }
    r.expandNestedSynsets();
    r.dict.seal();
    return r.dict;
  }

  private void line(DictionaryText.Line line) {
    String t = line.trimmed();
    if (t.startsWith("~")) {
      dict.addTransformation(Transformation.parse(t));
      return;
    }
    if (t.startsWith("&")) {
      String label = t.split("\\s+")[0].substring(1).toUpperCase(Locale.ROOT);
      synsetPlurals = !label.endsWith("_");
      synset = strip(label);
      dict.synsetMap().putIfAbsent(synset, new ArrayList<>());
      return;
    }
    if (t.startsWith("+") && synset != null) {
      addMember(t.substring(1).trim().toUpperCase(Locale.ROOT));
      return;
    }
    synset = null;
    if (t.startsWith("---")) {
      header(t);
    } else if (t.startsWith("-")) {
      if (block == null) {
        throw new IllegalArgumentException("pattern outside a verb block: " + t);
      }
      pattern(t.substring(1), name + ":" + line.number());
    } else if (block == null) {
      throw new IllegalArgumentException("verb outside a verb block: " + t);
    } else {
      verb(t);
    }
  }

  private static String strip(String label) {
    String s = label;
    while (s.endsWith("_")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  private void addMember(String member) {
    List<String[]> phrases = dict.synsetMap().get(synset);
    if (member.startsWith("&")) {
      phrases.add(new String[] {"&" + strip(member.substring(1))});
      return;
    }
    String[] words = Words.of(member);
    if (words.length == 0) {
      return;
    }
    phrases.add(words);
    if (synsetPlurals && !member.endsWith("_")) {
      phrases.add(Words.withLast(words, Words.plural(words[words.length - 1])));
    }
  }

  private void expandNestedSynsets() {
    Map<String, List<String[]>> map = dict.synsetMap();
    for (int round = 0; round < 4; round++) {
      for (Map.Entry<String, List<String[]>> e : map.entrySet()) {
        List<String[]> out = new ArrayList<>();
        for (String[] p : e.getValue()) {
          if (p.length == 1 && p[0].startsWith("&")) {
            String ref = p[0].substring(1);
            if (!ref.equals(e.getKey())) {
              out.addAll(map.getOrDefault(ref, List.of()));
            }
          } else {
            out.add(p);
          }
        }
        e.setValue(out);
      }
    }
  }

  private void header(String t) {
    String inner = t.replaceAll("^-+", "").replaceAll("-+$", "").trim();
    int open = inner.indexOf('[');
    String blockName = (open < 0 ? inner : inner.substring(0, open)).trim();
    String[] codes = open < 0 ? new String[2] : codes(inner.substring(open));
    block = new VerbBlock(blockName, codes[0], codes[1]);
    dict.addBlock(block);
  }

  /** "[032:033]" gives {032, 033}; "[---]" gives nulls; "[:173]" gives {null, 173}. */
  static String[] codes(String bracketed) {
    int close = bracketed.indexOf(']');
    if (!bracketed.startsWith("[") || close < 0) {
      throw new IllegalArgumentException("no [code]: " + bracketed);
    }
    String inside = bracketed.substring(1, close).trim();
    String[] parts = inside.split(":", -1);
    String[] out = new String[2];
    out[0] = code(parts[0]);
    out[1] = parts.length > 1 ? code(parts[1]) : null;
    return out;
  }

  /** A code without a digit ("---", TABARI's "###" and "+++") means no event. */
  private static String code(String c) {
    String s = c.trim();
    return s.chars().anyMatch(Character::isDigit) ? s : null;
  }

  private void verb(String t) {
    int open = t.indexOf('[');
    String[] codes =
        open < 0 ? new String[] {block.code(), block.reverse()} : codes(t.substring(open));
    String rest = open < 0 ? t : t.substring(0, open);
    List<String> irregular = new ArrayList<>();
    int brace = rest.indexOf('{');
    if (brace >= 0) {
      int end = rest.indexOf('}', brace);
      for (String f :
          rest.substring(brace + 1, end < 0 ? rest.length() : end).trim().split("\\s+")) {
        if (!f.isBlank()) {
          irregular.add(f.toUpperCase(Locale.ROOT));
        }
      }
      rest = rest.substring(0, brace);
    }
    Phrase base = Phrase.of(rest.trim().toUpperCase(Locale.ROOT));
    if (base.words.length == 0) {
      throw new IllegalArgumentException("empty verb line");
    }
    String baseWord = base.words[base.head];
    Set<String> seen = new LinkedHashSet<>();
    for (String form : VerbForms.regular(baseWord)) {
      add(base.words, base.head, form, baseWord, codes, seen);
    }
    for (String f : irregular) {
      Phrase p = Phrase.of(f);
      int head = f.contains("+") || p.words.length != base.words.length ? p.head : base.head;
      if (p.words.length > 0) {
        add(p.words, head, p.words[head], baseWord, codes, seen);
      }
    }
    VerbEntry lemmaEntry =
        new VerbEntry(base.words, base.head, baseWord, codes[0], codes[1], block);
    dict.addBase(lemmaEntry);
  }

  private void add(
      String[] words, int head, String form, String baseWord, String[] codes, Set<String> seen) {
    String[] w = words.clone();
    w[head] = form;
    if (seen.add(String.join(" ", w))) {
      dict.addForm(new VerbEntry(w, head, baseWord, codes[0], codes[1], block));
    }
  }

  /** A verb phrase and which of its words is the verb (marked with {@code +}, else the first). */
  private record Phrase(String[] words, int head) {
    static Phrase of(String text) {
      String[] raw = text.replace('_', ' ').trim().split("\\s+");
      List<String> words = new ArrayList<>();
      int head = 0;
      for (String r : raw) {
        if (r.isEmpty()) {
          continue;
        }
        if (r.startsWith("+")) {
          head = words.size();
          r = r.substring(1);
        }
        if (!r.isEmpty()) {
          Words.addNormal(words, r);
        }
      }
      return new Phrase(
          words.toArray(String[]::new), Math.min(head, Math.max(0, words.size() - 1)));
    }
  }

  private void pattern(String body, String where) {
    int open = body.lastIndexOf('[');
    if (open < 0) {
      throw new IllegalArgumentException("pattern without [code]: " + body.trim());
    }
    String[] codes = codes(body.substring(open));
    List<VerbPattern.Element> items = new ArrayList<>();
    int verbAt = PatternSyntax.parse(body.substring(0, open), items);
    if (verbAt < 0) {
      throw new IllegalArgumentException("pattern without * for the verb: " + body.trim());
    }
    List<VerbPattern.Element> before = new ArrayList<>();
    for (int k = verbAt - 1; k >= 0; k--) {
      VerbPattern.Element e = items.get(k);
      boolean attachedToNext = items.get(k + 1).attached();
      before.add(new VerbPattern.Element(e.kind(), e.value(), attachedToNext));
    }
    List<VerbPattern.Element> after = new ArrayList<>(items.subList(verbAt + 1, items.size()));
    block.add(new VerbPattern(before, after, codes[0], codes[1], body.trim(), where));
    dict.countPattern();
  }
}
