package org.amity.coding.dict;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The meaningful lines of a dictionary file, comments removed as PETRARCH removes them: lines
 * starting with {@code #}, {@code <!-- ... -->} comments (also across lines), text after {@code #},
 * and the legacy KEDS/TABARI {@code ;} comment after a code. Leading white space is kept, because
 * actor files mark date restrictions with an indent.
 */
public final class DictionaryText {
  /** One kept line with its 1-based line number in the file. */
  public record Line(int number, String text) {
    public boolean indented() {
      return !text.isEmpty() && Character.isWhitespace(text.charAt(0));
    }

    public String trimmed() {
      return text.strip();
    }
  }

  private DictionaryText() {}

  public static List<Line> read(Path file) throws IOException {
    return lines(Files.readString(file, StandardCharsets.UTF_8));
  }

  public static List<Line> lines(String content) {
    List<Line> out = new ArrayList<>();
    String[] raw = content.replace("\r", "").replace('\u2019', '\'').split("\n", -1);
    boolean inComment = false;
    for (int i = 0; i < raw.length; i++) {
      String l = raw[i];
      if (inComment) {
        int end = l.indexOf("-->");
        if (end < 0) {
          continue;
        }
        inComment = false;
        l = l.substring(end + 3);
      }
      int open;
      while ((open = l.indexOf("<!")) >= 0) {
        int end = l.indexOf("-->", open);
        if (end < 0) {
          l = l.substring(0, open);
          inComment = true;
          break;
        }
        l = l.substring(0, open) + l.substring(end + 3);
      }
      l = stripComment(l);
      if (!l.isBlank()) {
        out.add(new Line(i + 1, l.stripTrailing()));
      }
    }
    return out;
  }

  /** The first '#' outside a [code] bracket ("[###]" is a TABARI code, not a comment). */
  private static int commentHash(String l) {
    boolean inCode = false;
    for (int i = 0; i < l.length(); i++) {
      char c = l.charAt(i);
      if (c == '[') {
        inCode = true;
      } else if (c == ']') {
        inCode = false;
      } else if (c == '#' && !inCode) {
        return i;
      }
    }
    return -1;
  }

  private static String stripComment(String l) {
    int hash = commentHash(l);
    if (hash >= 0) {
      l = l.substring(0, hash);
    }
    int semi = l.indexOf(';');
    boolean afterCode = l.indexOf(']') >= 0 && l.indexOf(']') < semi;
    if (semi >= 0 && (semi == 0 || Character.isWhitespace(l.charAt(semi - 1)) || afterCode)) {
      l = l.substring(0, semi);
    }
    return l;
  }
}
