package org.amity.coding.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH validation files leniently: the unit-test file is XML, but the PETRARCH-2 gold
 * file is not (comment lines outside comments, self-closed {@code <Sentence .../>} tags followed by
 * a closing tag), so records are found by their tags, not by an XML parser.
 */
public final class ValidationReader {
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern SENTENCE =
      Pattern.compile("<Sentence\\b([^>]*?)/?>(.*?)</Sentence>", Pattern.DOTALL);
  private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*?)/?>");
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
  private static final Pattern PARSE = Pattern.compile("<Parse>(.*?)</Parse>", Pattern.DOTALL);

  private ValidationReader() {}

  public static List<ValidationRecord> read(Path file) throws IOException {
    String xml = COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
    List<ValidationRecord> out = new ArrayList<>();
    Matcher m = SENTENCE.matcher(xml);
    while (m.find()) {
      Map<String, String> attrs = attributes(m.group(1));
      String body = m.group(2);
      Matcher t = TEXT.matcher(body);
      if (!t.find()) {
        continue;
      }
      List<ValidationRecord.Expected> expected = new ArrayList<>();
      boolean none = false;
      Matcher c = CODING.matcher(body);
      while (c.find()) {
        Map<String, String> a = attributes(c.group(1));
        if (a.containsKey("eventcode") && a.containsKey("sourcecode")) {
          expected.add(
              new ValidationRecord.Expected(
                  a.get("sourcecode"), a.getOrDefault("targetcode", "---"), a.get("eventcode")));
        } else {
          none = true;
        }
      }
      Matcher p = PARSE.matcher(body);
      out.add(
          new ValidationRecord(
              attrs.getOrDefault("id", "record-" + (out.size() + 1)),
              attrs.getOrDefault("category", "?"),
              date(attrs.get("date")),
              unescape(t.group(1).replaceAll("\\s+", " ").trim()),
              p.find() ? p.group(1).trim() : null,
              expected,
              none && expected.isEmpty()));
    }
    return out;
  }

  private static Map<String, String> attributes(String s) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher a = ATTRIBUTE.matcher(s);
    while (a.find()) {
      out.put(a.group(1), a.group(2));
    }
    return out;
  }

  private static LocalDate date(String d) {
    if (d == null || d.length() != 8) {
      return LocalDate.of(2000, 1, 1);
    }
    return LocalDate.parse(d, DateTimeFormatter.BASIC_ISO_DATE);
  }

  static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }
}
