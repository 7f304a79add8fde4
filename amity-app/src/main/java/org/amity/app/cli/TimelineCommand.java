package org.amity.app.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.amity.app.json.TimelineJson;
import org.amity.response.timeline.TimelineEntry;
import org.amity.response.timeline.Visibility;
import org.amity.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity timeline}: a situation's response timeline, from warning to outcome. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "Show a situation's response timeline: the watch's warnings, then what was done about them.",
      "Use 'timeline add' to record an entry and 'timeline import' to load a record file."
    },
    subcommands = {TimelineAddCommand.class, TimelineImportCommand.class})
final class TimelineCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(names = "--situation", paramLabel = "ID", description = "The situation's id.")
  Long situation;

  @Option(
      names = "--unattached",
      description = "Instead: responses recorded on subjects with no situation around their date.")
  boolean unattached;

  @Option(names = "--json", description = "Print a JSON array.")
  boolean json;

  @Override
  public Integer call() {
    if ((situation == null) == !unattached) {
      throw new IllegalArgumentException("give --situation ID or --unattached");
    }
    try (Storage s = store.open()) {
      var t = s.timelines();
      List<TimelineEntry> entries;
      if (unattached) {
        entries = t.all(Visibility.ADMIN).stream().filter(e -> e.situationId() == null).toList();
      } else {
        if (t.situation(situation).isEmpty()) {
          throw new IllegalArgumentException("no situation " + situation + " (amity situations)");
        }
        entries = t.timeline(situation, Visibility.ADMIN);
      }
      if (json) {
        System.out.println(Json.write(TimelineJson.entries(entries)));
        return 0;
      }
      if (entries.isEmpty()) {
        System.out.println("no timeline entries");
      }
      entries.forEach(e -> System.out.println(line(e)));
      return 0;
    }
  }

  /** One entry as a line of text. */
  static String line(TimelineEntry e) {
    var d = e.what();
    StringBuilder b = new StringBuilder();
    b.append(d.date()).append("  ").append(String.format(Locale.ROOT, "%-12s", d.kind().key()));
    b.append(e.id() == 0 ? "      " : String.format(Locale.ROOT, " #%-4d", e.id()));
    if (d.instrument() != null || d.measure() != null) {
      b.append(" [")
          .append(d.instrument() == null ? "" : d.instrument())
          .append(d.measure() == null ? "" : " / " + d.measure())
          .append(']');
    }
    if (d.body() != null) {
      b.append(" body ").append(d.body());
    }
    if (d.track() != null) {
      b.append(" track ").append(d.track() == 1 ? "I" : "II");
    }
    if (d.decision() != null) {
      b.append(' ').append(d.decision());
    }
    if (d.outcome() != null) {
      b.append(' ').append(d.outcome());
    }
    if (e.suggestion() != null) {
      b.append(" (data suggest ").append(e.suggestion().outcome()).append(')');
    }
    if (d.text() != null) {
      b.append("  ").append(d.text());
    }
    // who wrote it in words, as the situation page says it: the watch's own entries are not a
    // level, and an analyst's origin is said only when it is not plain entry (an import, a demo)
    b.append("  (recorded by ").append("watch".equals(e.author()) ? "the Amity watch" : e.author());
    if (e.origin() != null && !e.origin().equals("analyst") && !e.origin().equals("watch")) {
      b.append(", ").append(e.origin());
    }
    b.append(')');
    if (e.superseded()) {
      b.append("  superseded by #").append(e.supersededBy());
    }
    if (d.reference() != null) {
      b.append("\n              ").append(d.reference());
    }
    return b.toString();
  }
}
