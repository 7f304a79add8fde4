package org.amity.app.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.amity.app.json.TimelineJson;
import org.amity.response.timeline.EntryDraft;
import org.amity.response.timeline.EntryKind;
import org.amity.response.timeline.EntryRules;
import org.amity.response.timeline.TimelineEntry;
import org.amity.response.timeline.TimelineRecorder;
import org.amity.response.timeline.TimelineStore;
import org.amity.response.timeline.Visibility;
import org.amity.signal.Scope;
import org.amity.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity timeline add}: records one entry. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = {
      "Record a timeline entry: acknowledged, consultation, proposal, decision, action, outcome or"
          + " closed. Entries are never changed; to correct one, add a new one with --supersedes.",
      "Example: amity timeline add --situation 3 --kind proposal --instrument asean-chair"
          + " --measure good-offices --date 2014-05-12"
    })
final class TimelineAddCommand implements Callable<Integer> {
  @Mixin StoreOptions store;
  @Mixin KbOptions kb;

  @Option(names = "--situation", paramLabel = "ID", description = "The situation's id.")
  Long situation;

  @Option(
      names = "--scope",
      description = "Instead of --situation: country, dyad, area, region or theatre.")
  String scope;

  @Option(
      names = "--subject",
      description = "With --scope: THA, CHN-PHL, SOUTH_CHINA_SEA, MINDANAO...")
  String subject;

  @Option(names = "--kind", required = true, description = "The kind of entry.")
  String kind;

  @Option(names = "--date", description = "When it happened, YYYY-MM-DD (default: today).")
  LocalDate date;

  @Option(names = "--until", description = "An action's last day.")
  LocalDate until;

  @Option(names = "--instrument", description = "Knowledge-base instrument id (amity kb list).")
  String instrument;

  @Option(names = "--measure", description = "Knowledge-base measure id.")
  String measure;

  @Option(names = "--body", description = "Who met or decided (an instrument id where it is one).")
  String body;

  @Option(names = "--track", description = "A consultation's track: 1 or 2.")
  Integer track;

  @Option(names = "--decision", description = "adopted, declined or deferred.")
  String decision;

  @Option(names = "--outcome", description = "de-escalated, unchanged or escalated.")
  String outcome;

  @Option(names = "--actor", description = "Who carried out an action.")
  String actor;

  @Option(names = "--text", description = "What happened, in words.")
  String text;

  @Option(names = "--ref", description = "A URL or document reference.")
  String ref;

  @Option(
      names = "--visibility",
      defaultValue = "viewer",
      description =
          "Least role that may read it: viewer, analyst, admin (default ${DEFAULT-VALUE}).")
  String visibility;

  @Option(names = "--supersedes", paramLabel = "ENTRY", description = "The entry this corrects.")
  Long supersedes;

  @Option(names = "--about", paramLabel = "ENTRY", description = "The entry this answers.")
  Long about;

  @Option(names = "--author", description = "Who records it (default: the operating-system user).")
  String author;

  @Option(names = "--json", description = "Print the stored entry as JSON.")
  boolean json;

  @Override
  public Integer call() {
    EntryDraft d =
        new EntryDraft(
            situation,
            scope == null ? null : Scope.parse(scope),
            subject,
            EntryKind.parse(kind),
            date == null ? LocalDate.now() : date,
            until,
            text,
            ref,
            instrument,
            measure,
            body,
            track,
            decision,
            outcome,
            actor,
            Visibility.parse(visibility),
            supersedes,
            about);
    try (Storage s = store.open()) {
      TimelineRecorder recorder = new TimelineRecorder(s.timelines(), new EntryRules(kb.load()));
      TimelineEntry e = recorder.record(d, "analyst", new TimelineStore.Writer(who(author), "cli"));
      System.out.println(json ? Json.write(TimelineJson.entry(e)) : TimelineCommand.line(e));
      return 0;
    }
  }

  static String who(String author) {
    return author != null && !author.isBlank() ? author : System.getProperty("user.name", "cli");
  }
}
