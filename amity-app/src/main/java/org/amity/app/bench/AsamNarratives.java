package org.amity.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.amity.coding.Story;

/**
 * The narratives of NGA Anti-Shipping Activity Messages (columns reference, date, position,
 * navArea, subreg, hostility, victim, description), as stories. Fields are quoted and span lines,
 * so the file is read with a small CSV reader; records without a date or description are left out.
 */
public final class AsamNarratives {
  private AsamNarratives() {}

  public static List<Story> read(Path csv) throws IOException {
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Story> out = new ArrayList<>();
    List<List<String>> rows = rows(text);
    for (int i = 1; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      if (r.size() < 8 || r.get(7).isBlank()) {
        continue;
      }
      try {
        LocalDate d = LocalDate.parse(r.get(1).trim());
        out.add(new Story(r.get(0).trim(), d, "NGA ASAM", null, r.get(7)));
      } catch (DateTimeParseException e) {
        // a record without a readable date is not a story
      }
    }
    return out;
  }

  static List<List<String>> rows(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\r') {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
