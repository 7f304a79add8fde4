package org.amity.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.amity.response.timeline.EntryRules;
import org.amity.response.timeline.TimelineRecorder;
import org.amity.response.timeline.TimelineStore;
import org.amity.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code amity timeline import}: loads a record file of entries, whole or not at all. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import timeline entries from a JSON Lines file (one entry a line, the fields of 'timeline"
          + " add'; see docs/response.md). The file is stored whole or not at all: every bad line"
          + " is named with its number and reason, and nothing is stored while one is bad. Lines"
          + " already stored are skipped, so a file can be imported again.",
      "Exit codes: 0 stored, 1 refused (bad lines), 2 usage."
    })
final class TimelineImportCommand implements Callable<Integer> {
  @Mixin StoreOptions store;
  @Mixin KbOptions kb;

  @Parameters(paramLabel = "FILE.jsonl", description = "The record file.")
  Path file;

  @Option(names = "--author", description = "Who imports (default: the operating-system user).")
  String author;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no file " + file);
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    TimelineRecorder.ImportOutcome r;
    try (Storage s = store.open()) {
      TimelineRecorder recorder = new TimelineRecorder(s.timelines(), new EntryRules(kb.load()));
      r =
          recorder.importLines(
              file.getFileName().toString(),
              lines,
              new TimelineStore.Writer(TimelineAddCommand.who(author), "cli"));
    }
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", r.file());
      m.put("accepted", r.accepted());
      m.put("stored", r.stored());
      m.put("alreadyStored", r.alreadyStored());
      m.put("blankLines", r.blankLines());
      m.put(
          "rejected",
          r.rejected().stream()
              .map(x -> Map.of("line", x.number(), "reason", x.reason()))
              .toList());
      System.out.println(Json.write(m));
    } else if (r.accepted()) {
      System.out.printf(
          Locale.ROOT,
          "%s: %d entries stored, %d already stored%n",
          r.file(),
          r.stored(),
          r.alreadyStored());
    } else {
      for (var x : r.rejected()) {
        System.err.printf(Locale.ROOT, "%s:%d: %s%n", r.file(), x.number(), x.reason());
      }
      System.err.printf(
          Locale.ROOT,
          "%s: refused, %d bad line%s; nothing stored%n",
          r.file(),
          r.rejected().size(),
          r.rejected().size() == 1 ? "" : "s");
    }
    return r.accepted() ? 0 : 1;
  }
}
