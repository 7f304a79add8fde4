package org.amity.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.amity.response.track2.Track2Meeting;
import org.amity.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code amity track2 add FILE.json} or {@code amity track2 add --meeting TITLE ...}. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = {
      "Record a meeting, from a JSON file (date, title, organisers, participantCount, affiliations"
          + " {type: count}, findings, recommendations [{text, status, linkedEntries}],"
          + " participants) or from the options below. Names go to the convenor's list only.",
      "Example: amity track2 add --meeting \"Study group on maritime security\" --date 2014-06-10"
          + " --organiser CSCAP --participants 24 --affiliation academic=14 --affiliation"
          + " think-tank=10 --finding \"...\" --recommendation \"...\""
    })
final class Track2AddCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Parameters(paramLabel = "FILE.json", arity = "0..1", description = "The meeting as JSON.")
  Path file;

  @Option(names = "--meeting", paramLabel = "TITLE", description = "The meeting's title.")
  String title;

  @Option(names = "--date", description = "When it met, YYYY-MM-DD.")
  LocalDate date;

  @Option(names = "--organiser", paramLabel = "NAME", description = "An organiser (repeatable).")
  List<String> organisers = new ArrayList<>();

  @Option(names = "--participants", paramLabel = "N", description = "How many took part.")
  Integer count;

  @Option(
      names = "--affiliation",
      paramLabel = "TYPE=N",
      description = "How many of an affiliation type (repeatable): academic=14.")
  Map<String, Integer> affiliations = new LinkedHashMap<>();

  @Option(names = "--finding", paramLabel = "TEXT", description = "A finding (repeatable).")
  List<String> findings = new ArrayList<>();

  @Option(
      names = "--recommendation",
      paramLabel = "TEXT",
      description = "A recommendation (repeatable), status submitted.")
  List<String> recommendations = new ArrayList<>();

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "A participant's name (repeatable; stored for the convenor only, never shown).")
  List<String> names = new ArrayList<>();

  @Option(names = "--author", description = "Who records it (default: the operating-system user).")
  String author;

  @Option(names = "--json", description = "Print the stored meeting (without names) as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    Track2Meeting m = file != null ? fromFile() : fromOptions();
    try (Storage s = store.open()) {
      long id = s.track2().add(m, TimelineAddCommand.who(author), "cli");
      if (json) {
        var stored =
            s.track2().meetings(org.amity.response.track2.Track2Store.Clearance.REDACTED).stream()
                .filter(x -> x.id() == id)
                .findFirst()
                .orElseThrow();
        System.out.println(Json.write(stored));
        return 0;
      }
      System.out.printf(
          Locale.ROOT,
          "track II meeting #%d stored: %d participants, %d recommendations%n",
          id,
          m.participantCount(),
          m.recommendations() == null ? 0 : m.recommendations().size());
    }
    return 0;
  }

  private Track2Meeting fromFile() throws IOException {
    if (title != null || date != null || count != null || !findings.isEmpty()) {
      throw new IllegalArgumentException("give FILE.json or --meeting with its options, not both");
    }
    try {
      return Json.MAPPER.readValue(Files.readString(file), Track2Meeting.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": " + e.getOriginalMessage());
    }
  }

  private Track2Meeting fromOptions() {
    if (title == null) {
      throw new IllegalArgumentException("give FILE.json, or --meeting TITLE with --date");
    }
    if (date == null) {
      throw new IllegalArgumentException("--meeting needs --date");
    }
    int n =
        count != null
            ? count
            : Math.max(
                names.size(), affiliations.values().stream().mapToInt(Integer::intValue).sum());
    return new Track2Meeting(
        0,
        date,
        title,
        organisers,
        n,
        affiliations,
        findings,
        recommendations.stream()
            .map(t -> new Track2Meeting.Recommendation(0, t, "submitted", List.of()))
            .toList(),
        names);
  }
}
