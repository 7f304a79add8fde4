package org.amity.response.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a timeline record file (JSON Lines: one entry a line) before anything is stored. A file is
 * stored whole or not at all: {@link #rejected()} lists every bad line with its number and the
 * reason, and the store refuses the file while that list is not empty. Blank lines are skipped.
 */
public final class ImportCheck {
  /** An accepted line. */
  public record Line(int number, EntryDraft draft) {}

  /** A rejected line and why. */
  public record Rejected(int number, String reason) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Line> accepted = new ArrayList<>();
  private final List<Rejected> rejected = new ArrayList<>();
  private int blank;

  private ImportCheck() {}

  /** Parses and checks every line of a file's text. */
  public static ImportCheck of(List<String> lines, EntryRules rules) {
    ImportCheck c = new ImportCheck();
    for (int i = 0; i < lines.size(); i++) {
      int number = i + 1;
      String line = lines.get(i);
      if (line.isBlank()) {
        c.blank++;
        continue;
      }
      EntryDraft d;
      try {
        d = EntryJson.read(JSON.readTree(line));
      } catch (JsonProcessingException e) {
        c.rejected.add(new Rejected(number, "not valid JSON: " + e.getOriginalMessage()));
        continue;
      } catch (IllegalArgumentException e) {
        c.rejected.add(new Rejected(number, e.getMessage()));
        continue;
      }
      List<String> problems = rules.problems(d);
      if (problems.isEmpty()) {
        c.accepted.add(new Line(number, d));
      } else {
        c.rejected.add(new Rejected(number, String.join("; ", problems)));
      }
    }
    return c;
  }

  public List<Line> accepted() {
    return List.copyOf(accepted);
  }

  public List<Rejected> rejected() {
    return List.copyOf(rejected);
  }

  public int blankLines() {
    return blank;
  }

  /** Whether the file may be stored: at least one entry and no rejected line. */
  public boolean clean() {
    return rejected.isEmpty() && !accepted.isEmpty();
  }
}
