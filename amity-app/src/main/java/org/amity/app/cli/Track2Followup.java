package org.amity.app.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.amity.response.track2.Track2Meeting;
import org.amity.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Following a track II recommendation to its fate: status changes and links to track I. */
final class Track2Followup {
  private Track2Followup() {}

  /** {@code amity track2 status}. */
  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description =
          "Record a recommendation's new status (submitted, discussed, adopted, declined); earlier"
              + " ones stay in its history.")
  static final class Status implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Option(names = "--recommendation", required = true, paramLabel = "ID")
    long recommendation;

    @Option(
        names = "--status",
        required = true,
        description = "submitted, discussed, adopted, declined.")
    String status;

    @Option(names = "--date", description = "When it happened, YYYY-MM-DD (default: today).")
    LocalDate date;

    @Option(names = "--note", paramLabel = "TEXT", description = "What happened, in words.")
    String note;

    @Option(
        names = "--author",
        description = "Who records it (default: the operating-system user).")
    String author;

    @Option(names = "--json", description = "Print the recommendation as JSON.")
    boolean json;

    @Override
    public Integer call() {
      try (Storage s = store.open()) {
        print(
            s.track2()
                .changeStatus(
                    recommendation, status, date, note, TimelineAddCommand.who(author), "cli"),
            json);
      }
      return 0;
    }
  }

  /** {@code amity track2 link}. */
  @Command(
      name = "link",
      mixinStandardHelpOptions = true,
      description = "Link a recommendation to a track I timeline entry it led to or was raised in.")
  static final class Link implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Option(names = "--recommendation", required = true, paramLabel = "ID")
    long recommendation;

    @Option(
        names = "--entry",
        required = true,
        paramLabel = "ID",
        description = "The timeline entry (amity timeline --situation ID).")
    long entry;

    @Option(
        names = "--author",
        description = "Who records it (default: the operating-system user).")
    String author;

    @Option(names = "--json", description = "Print the recommendation as JSON.")
    boolean json;

    @Override
    public Integer call() {
      try (Storage s = store.open()) {
        print(s.track2().link(recommendation, entry, TimelineAddCommand.who(author), "cli"), json);
      }
      return 0;
    }
  }

  static void print(Track2Meeting.Recommendation r, boolean json) {
    if (json) {
      System.out.println(Json.write(r));
      return;
    }
    System.out.printf(
        Locale.ROOT,
        "recommendation #%d is %s%s: %s%n",
        r.id(),
        r.status(),
        r.linkedEntries().isEmpty() ? "" : ", linked to entries " + r.linkedEntries(),
        r.text());
  }
}
