package org.amity.coding.dict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Agent nouns ("foreign minister", "troops", "human rights activists") to role codes, read from
 * PETRARCH agent files: {@code PHRASE {plural} [~CODE]}. Regular plurals are made automatically;
 * {@code {}} means none, {@code {FORM}} gives an irregular one; {@code !PERSON! = MAN, MEN, ...}
 * defines a substitution used as {@code CONGRESS!PERSON!}. A blank between two words, unlike an
 * underscore, lets other words come between them ({@code CHIEF EXECUTIVE}: "chief financial
 * executive"), kept in the {@link PhraseIndex.Entry#gaps() entry}.
 */
public final class AgentDictionary {
  private final PhraseIndex<AgentCode> phrases = new PhraseIndex<>();

  public PhraseIndex<AgentCode> phrases() {
    return phrases;
  }

  public void read(List<DictionaryText.Line> lines, String name, List<String> problems) {
    Map<String, List<String>> substitutions = new LinkedHashMap<>();
    for (DictionaryText.Line line : lines) {
      String t = line.trimmed();
      if (t.startsWith("!") && t.contains("=")) {
        String key = t.substring(0, t.indexOf('=')).trim();
        List<String> values = new ArrayList<>();
        for (String v : t.substring(t.indexOf('=') + 1).split(",")) {
          values.add(v.trim().toUpperCase(Locale.ROOT));
        }
        substitutions.put(key.toUpperCase(Locale.ROOT), values);
        continue;
      }
      int open = t.indexOf('[');
      int close = open < 0 ? -1 : firstClose(t, open);
      if (open < 0 || close < 0 || !t.substring(open, close).contains("~")) {
        problems.add(name + ":" + line.number() + ": no agent code [~CODE] or [CODE~]: " + t);
        continue;
      }
      AgentCode code = code(t.substring(open + 1, close));
      String phrase = t.substring(0, open);
      String plural = null;
      int brace = phrase.indexOf('{');
      if (brace >= 0) {
        int end = phrase.indexOf('}', brace);
        plural = phrase.substring(brace + 1, end < 0 ? phrase.length() : end).trim();
        phrase = phrase.substring(0, brace);
      }
      for (String expanded : expand(phrase.trim().toUpperCase(Locale.ROOT), substitutions)) {
        add(expanded, plural, code, !substituted(phrase));
      }
    }
    phrases.seal();
  }

  private void add(String phrase, String plural, AgentCode code, boolean makePlural) {
    String[] words = Words.of(phrase);
    if (words.length == 0) {
      return;
    }
    boolean[] gaps = Words.gaps(phrase);
    phrases.add(words, gaps, code);
    if (plural == null && makePlural) {
      phrases.add(Words.withLast(words, Words.plural(words[words.length - 1])), gaps, code);
    } else if (plural != null && !plural.isEmpty()) {
      phrases.add(Words.of(plural), Words.gaps(plural), code);
    }
  }

  /** The bracket closing a code; a stray "}" is accepted, as in "[~ENV}" in Phoenix.agents. */
  private static int firstClose(String t, int open) {
    for (int i = open + 1; i < t.length(); i++) {
      if (t.charAt(i) == ']' || t.charAt(i) == '}') {
        return i;
      }
    }
    return -1;
  }

  private static boolean substituted(String phrase) {
    return phrase.indexOf('!') >= 0;
  }

  private static List<String> expand(String phrase, Map<String, List<String>> subs) {
    int a = phrase.indexOf('!');
    int b = a < 0 ? -1 : phrase.indexOf('!', a + 1);
    if (b < 0) {
      return List.of(phrase);
    }
    List<String> values = subs.getOrDefault(phrase.substring(a, b + 1), List.of());
    List<String> out = new ArrayList<>();
    for (String v : values) {
      out.addAll(expand(phrase.substring(0, a) + v + phrase.substring(b + 1), subs));
    }
    return out;
  }

  static AgentCode code(String inside) {
    String c = inside.replace(" ", "").toUpperCase(Locale.ROOT);
    return c.startsWith("~")
        ? new AgentCode(c.substring(1), false)
        : new AgentCode(c.substring(0, c.length() - 1), true);
  }
}
