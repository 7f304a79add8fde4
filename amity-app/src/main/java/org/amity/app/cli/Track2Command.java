package org.amity.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.amity.response.track2.Track2Meeting;
import org.amity.response.track2.Track2Store;
import org.amity.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code amity track2}: track II meetings under non-attribution. */
@Command(
    name = "track2",
    mixinStandardHelpOptions = true,
    description =
        "Track II meetings, kept without attribution: findings and recommendations are shown,"
            + " participants only as a count and affiliation types.",
    subcommands = {Track2Command.Add.class, Track2Command.ListMeetings.class})
final class Track2Command implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** {@code amity track2 add FILE.json}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Record a meeting from a JSON file: date, title, organisers, participantCount,"
              + " affiliations {type: count}, findings, recommendations [{text, status,"
              + " linkedEntries}], participants (names; stored for the convenor only).")
  static final class Add implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Parameters(paramLabel = "FILE.json")
    Path file;

    @Option(
        names = "--author",
        description = "Who records it (default: the operating-system user).")
    String author;

    @Override
    public Integer call() throws IOException {
      Track2Meeting m;
      try {
        m = Json.MAPPER.readValue(Files.readString(file), Track2Meeting.class);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(file + ": " + e.getOriginalMessage());
      }
      try (Storage s = store.open()) {
        long id = s.track2().add(m, TimelineAddCommand.who(author), "cli");
        System.out.printf(
            "track II meeting #%d stored: %d participants, %d recommendations%n",
            id, m.participantCount(), m.recommendations() == null ? 0 : m.recommendations().size());
      }
      return 0;
    }
  }

  /** {@code amity track2 list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List meetings, newest first.")
  static final class ListMeetings implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Option(
        names = "--participants",
        description = "Also the participants' names (for the convenor; never share the output).")
    boolean participants;

    @Override
    public Integer call() {
      try (Storage s = store.open()) {
        var meetings =
            s.track2()
                .meetings(
                    participants ? Track2Store.Clearance.CONVENOR : Track2Store.Clearance.REDACTED);
        if (json) {
          System.out.println(Json.write(meetings));
          return 0;
        }
        if (meetings.isEmpty()) {
          System.out.println("no track II meetings");
        }
        for (Track2Meeting m : meetings) {
          System.out.printf(
              "#%d %s  %s  (%s; %d participants: %s)%n",
              m.id(),
              m.date(),
              m.title(),
              String.join(", ", m.organisers()),
              m.participantCount(),
              m.affiliations());
          m.findings().forEach(f -> System.out.println("   finding: " + f));
          for (var r : m.recommendations()) {
            System.out.printf(
                "   recommendation #%d [%s]%s: %s%n",
                r.id(),
                r.status(),
                r.linkedEntries().isEmpty() ? "" : " linked to entries " + r.linkedEntries(),
                r.text());
          }
          if (m.participants() != null) {
            System.out.println("   participants: " + String.join("; ", m.participants()));
          }
        }
        return 0;
      }
    }
  }
}
