package org.amity.coding.dict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Actor phrases to actor codes, read from PETRARCH actor files: a primary phrase with an optional
 * {@code [CODE]}, synonyms on lines starting with {@code +}, and date restrictions on indented
 * lines ({@code [PHLGOV >20160630]}, {@code [HOB < 950601]}, {@code [X 19950601 - 19990815]}). A
 * blank between two words of a phrase, unlike an underscore, lets other words come between them
 * (TABARI's disconnected phrase, kept in the {@link PhraseIndex.Entry#gaps() entry}).
 */
public final class ActorDictionary {
  private final PhraseIndex<ActorCodes> phrases = new PhraseIndex<>();

  public PhraseIndex<ActorCodes> phrases() {
    return phrases;
  }

  /** Reads one file into this dictionary; bad lines are reported to {@code problems}. */
  public void read(List<DictionaryText.Line> lines, String name, List<String> problems) {
    List<String> names = new ArrayList<>();
    List<String> defaults = new ArrayList<>();
    List<ActorCodes.Restriction> restrictions = new ArrayList<>();
    for (DictionaryText.Line line : lines) {
      String t = line.trimmed();
      try {
        if (line.indented() && t.startsWith("[")) {
          restrictions.add(restriction(t));
          continue;
        }
        if (t.startsWith("+")) {
          names.add(beforeCode(t.substring(1)));
          addCodes(t, defaults, restrictions);
          continue;
        }
        flush(names, defaults, restrictions);
        names.add(beforeCode(t));
        addCodes(t, defaults, restrictions);
      } catch (IllegalArgumentException e) {
        problems.add(name + ":" + line.number() + ": " + e.getMessage());
      }
    }
    flush(names, defaults, restrictions);
    phrases.seal();
  }

  private void flush(
      List<String> names, List<String> defaults, List<ActorCodes.Restriction> restrictions) {
    if (!names.isEmpty()) {
      ActorCodes codes = new ActorCodes(defaults, restrictions);
      for (String n : names) {
        phrases.add(Words.of(n), Words.gaps(n), codes);
      }
    }
    names.clear();
    defaults.clear();
    restrictions.clear();
  }

  private static String beforeCode(String t) {
    int b = t.indexOf('[');
    return b < 0 ? t : t.substring(0, b);
  }

  /** A code on a phrase line: a plain code is a default, one with a date a restriction. */
  private static void addCodes(
      String t, List<String> defaults, List<ActorCodes.Restriction> restrictions) {
    int b = t.indexOf('[');
    if (b < 0) {
      return;
    }
    ActorCodes.Restriction r = restriction(t.substring(b));
    if (r.from() == null && r.to() == null) {
      defaults.addAll(r.codes());
    } else {
      restrictions.add(r);
    }
  }

  private static int close(String t, int open) {
    int c = t.indexOf(']', open);
    if (c < 0) {
      throw new IllegalArgumentException("code bracket not closed: " + t);
    }
    return c;
  }

  /** "ELR/GAL" gives both; "---" and "+++" (null actors) give none. */
  static List<String> codes(String inside) {
    List<String> out = new ArrayList<>();
    for (String c : inside.trim().toUpperCase(Locale.ROOT).split("/")) {
      c = c.trim();
      if (!c.isEmpty() && !c.equals("---") && !c.equals("+++")) {
        out.add(c);
      }
    }
    return out;
  }

  static ActorCodes.Restriction restriction(String t) {
    String inside = t.substring(1, close(t, 0)).trim();
    int space = inside.indexOf(' ');
    int lt = firstOf(inside, "<>");
    int split = space < 0 ? lt : lt < 0 ? space : Math.min(space, lt);
    String code = split < 0 ? inside : inside.substring(0, split);
    String when = split < 0 ? "" : inside.substring(split).replace(" ", "");
    List<String> codes = codes(code);
    if (when.isEmpty()) {
      return new ActorCodes.Restriction(codes, null, null);
    }
    if (when.startsWith("<")) {
      return new ActorCodes.Restriction(codes, null, date(when.substring(1)));
    }
    if (when.startsWith(">")) {
      return new ActorCodes.Restriction(codes, date(when.substring(1)), null);
    }
    int dash = when.indexOf('-');
    if (dash < 0) {
      // a lone date ("[MNEGOV 20121204]") is read as a start date, as the Phoenix files mean it
      return new ActorCodes.Restriction(codes, date(when), null);
    }
    return new ActorCodes.Restriction(
        codes, date(when.substring(0, dash)), date(when.substring(dash + 1)));
  }

  private static int firstOf(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** YYYYMMDD, or TABARI's YYMMDD with years below 30 read as 20YY. */
  static LocalDate date(String d) {
    try {
      if (d.length() == 8) {
        return LocalDate.of(
            Integer.parseInt(d.substring(0, 4)),
            Integer.parseInt(d.substring(4, 6)),
            Integer.parseInt(d.substring(6)));
      }
      if (d.length() == 6) {
        int yy = Integer.parseInt(d.substring(0, 2));
        return LocalDate.of(
            yy < 30 ? 2000 + yy : 1900 + yy,
            Integer.parseInt(d.substring(2, 4)),
            Integer.parseInt(d.substring(4)));
      }
    } catch (NumberFormatException | java.time.DateTimeException e) {
      throw new IllegalArgumentException("bad date " + d);
    }
    throw new IllegalArgumentException("bad date " + d);
  }
}
