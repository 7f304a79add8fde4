package org.amity.ingest.feed;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads GDELT 2.0 index files ({@code masterfilelist.txt}, {@code lastupdate.txt}): one archive a
 * line as {@code size md5 url}. Only event exports are kept; mentions and GKG files are ignored,
 * and so are malformed lines (GDELT's master list has a few), which are counted for the caller to
 * report.
 */
public final class FeedIndex {
  static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);
  private static final String SUFFIX = ".export.CSV.zip";

  private final List<FeedEntry> entries;
  private final int malformed;

  private FeedIndex(List<FeedEntry> entries, int malformed) {
    this.entries = List.copyOf(entries);
    this.malformed = malformed;
  }

  public static FeedIndex parse(String text) {
    List<FeedEntry> out = new ArrayList<>();
    int bad = 0;
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      String[] p = l.split("\\s+");
      if (p.length != 3) {
        bad++;
        continue;
      }
      String name = p[2].substring(p[2].lastIndexOf('/') + 1);
      if (!name.endsWith(SUFFIX)) {
        continue;
      }
      try {
        LocalDateTime ts = LocalDateTime.parse(name.substring(0, 14), STAMP);
        out.add(new FeedEntry(ts, name, Long.parseLong(p[0]), p[1].toLowerCase(Locale.ROOT)));
      } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
        bad++;
      }
    }
    return new FeedIndex(out, bad);
  }

  public List<FeedEntry> entries() {
    return entries;
  }

  /** Lines that could not be read. */
  public int malformed() {
    return malformed;
  }

  /** Export archives whose slot lies in {@code [from, to]}, in time order. */
  public List<FeedEntry> between(LocalDateTime from, LocalDateTime to) {
    return entries.stream()
        .filter(e -> !e.timestamp().isBefore(from) && !e.timestamp().isAfter(to))
        .sorted((a, b) -> a.timestamp().compareTo(b.timestamp()))
        .toList();
  }
}
