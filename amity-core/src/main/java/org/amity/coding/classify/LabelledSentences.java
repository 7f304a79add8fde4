package org.amity.coding.classify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amity.coding.FiveWay;

/**
 * Reads {@code sentence<TAB>label} files (UTF-8, LF or CRLF). A line without a tab, with an empty
 * sentence or with an unknown label is rejected with its line number and reason; blank lines are
 * skipped.
 */
public final class LabelledSentences {
  /** Sentences read and lines rejected ("line 12: reason"). */
  public record Read(List<LabelledSentence> sentences, List<String> rejected) {}

  private LabelledSentences() {}

  public static Read read(Path file) throws IOException {
    List<LabelledSentence> out = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    int n = 0;
    for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
      if (n == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      if (tab < 0) {
        rejected.add(file.getFileName() + " line " + n + ": no tab between sentence and label");
        continue;
      }
      String text = line.substring(0, tab).strip();
      if (text.isEmpty()) {
        rejected.add(file.getFileName() + " line " + n + ": empty sentence");
        continue;
      }
      try {
        FiveWay label = FiveWay.parse(line.substring(tab + 1));
        out.add(new LabelledSentence(text, label, n));
      } catch (IllegalArgumentException e) {
        rejected.add(file.getFileName() + " line " + n + ": " + e.getMessage());
      }
    }
    return new Read(out, rejected);
  }
}
