package org.amity.app.cli;

import java.util.List;
import java.util.Set;

/** Which commands a running service takes over from the CLI, and which of them only read. */
final class ServiceCommands {
  /** Commands sent to a running service (by their path below {@code amity}). */
  static final Set<String> FORWARDED =
      Set.of(
          "ingest gdelt",
          "ingest icews",
          "ingest icews-daily",
          "ingest piracy",
          "ingest series",
          "ingest text",
          "ingest acled",
          "ingest ucdp-ged",
          "ingest polecat",
          "watch",
          "report",
          "stats",
          "rejects",
          "events",
          "alerts",
          "situations",
          "series",
          "recommend",
          "forecast list",
          "user add",
          "user list",
          "user disable",
          "user enable",
          "user passwd",
          "user remove",
          "user revoke",
          "user unlock",
          "gap",
          "timeline",
          "timeline add",
          "timeline import",
          "track2 add",
          "track2 list",
          "track2 status",
          "track2 link",
          "follow add",
          "follow list",
          "follow remove",
          "follow feed",
          "follow webhook",
          "follow notifications");

  /**
   * Commands that only read the store: inside the service they run on a connection of their own,
   * beside the writers; given a database that does not exist they say so rather than create it.
   */
  static final Set<String> READS =
      Set.of(
          "stats",
          "rejects",
          "events",
          "alerts",
          "situations",
          "series",
          "recommend",
          "forecast list",
          "user list",
          "gap",
          "timeline",
          "track2 list",
          "follow list",
          "follow notifications");

  /** Commands whose name has two words. */
  private static final Set<String> GROUPS =
      Set.of("ingest", "user", "forecast", "code", "kb", "track2", "follow");

  private ServiceCommands() {}

  /**
   * The command path of a raw argument list, as picocli parses it ({@code timeline --situation 3}
   * is {@code timeline}, {@code timeline add ...} is {@code timeline add}); for a line that does
   * not parse, its first one or two words that are not options.
   */
  static String path(List<String> args) {
    try {
      List<picocli.CommandLine> chain =
          AmityCommand.commandLine().parseArgs(args.toArray(String[]::new)).asCommandLineList();
      return chain
          .get(chain.size() - 1)
          .getCommandSpec()
          .qualifiedName(" ")
          .replaceFirst("^amity ?", "");
    } catch (picocli.CommandLine.ParameterException e) {
      return words(args);
    }
  }

  private static String words(List<String> args) {
    List<String> words = args.stream().filter(a -> !a.startsWith("-")).limit(2).toList();
    if (words.isEmpty()) {
      return "";
    }
    return GROUPS.contains(words.get(0)) && words.size() > 1
        ? words.get(0) + " " + words.get(1)
        : words.get(0);
  }
}
