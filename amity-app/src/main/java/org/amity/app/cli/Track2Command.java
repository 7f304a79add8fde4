package org.amity.app.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.amity.response.track2.Track2Meeting;
import org.amity.response.track2.Track2Store;
import org.amity.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity track2}: track II meetings under non-attribution. */
@Command(
    name = "track2",
    mixinStandardHelpOptions = true,
    description =
        "Track II meetings, kept without attribution: findings and recommendations are shown,"
            + " participants only as a count and affiliation types.",
    subcommands = {
      Track2AddCommand.class,
      Track2Command.ListMeetings.class,
      Track2Followup.Status.class,
      Track2Followup.Link.class
    })
final class Track2Command implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
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
              Locale.ROOT,
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
                Locale.ROOT,
                "   recommendation #%d [%s]%s: %s%n",
                r.id(),
                r.status(),
                r.linkedEntries().isEmpty() ? "" : " linked to entries " + r.linkedEntries(),
                r.text());
            for (var h : r.history().subList(1, r.history().size())) {
              System.out.printf(
                  Locale.ROOT,
                  "      %s on %s, recorded by %s%s%n",
                  h.status(),
                  h.date(),
                  h.recordedBy(),
                  h.note() == null ? "" : ": " + h.note());
            }
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
