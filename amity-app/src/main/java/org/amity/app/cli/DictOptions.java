package org.amity.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amity.coding.dict.Dictionaries;
import picocli.CommandLine.Option;

/** The {@code --dict} option shared by the commands that code text. */
final class DictOptions {
  @Option(
      names = "--dict",
      paramLabel = "PATH",
      arity = "1..*",
      description =
          "PETRARCH dictionary files or folders (verbs, actors, agents, discards, issues; each file"
              + " recognised by its content). Default: the Phoenix set in"
              + " petrarch2-dictionaries in $AMITY_TESTDATA, ../shared/data or the shared/data"
              + " folder beside the installation.")
  List<Path> dict;

  @Option(
      names = "--no-supplement",
      description = "Leave out Amity's own Southeast Asian actor dictionary.")
  boolean noSupplement;

  @Option(
      names = "--transformations",
      negatable = true,
      defaultValue = "false",
      description =
          "Apply the verb dictionary's transformation rules (~ lines) to reported speech:"
              + " \"A said B attacked C\" is stored as A accuses B (112), with the attack kept"
              + " as its reported event. Off by default (it lowered the PLOVER and five-way"
              + " figures while raising PETRARCH-2's; see docs/coding.md): reported speech then"
              + " keeps the reported event (B -> C).")
  boolean transformations;

  @Option(
      names = "--no-disconnected-actors",
      negatable = true,
      description =
          "Read a blank between two words of an actor or agent phrase as TABARI does: up to two"
              + " modifiers of its noun may come between (ITHILEN TELEVISION finds \"Ithilen"
              + " state-run television\"). On by default (it gained a PETRARCH unit-test record"
              + " and moved no other figure, docs/coding.md, ninth round); --no-disconnected-actors"
              + " reads a blank as adjacent, like an underscore.")
  boolean disconnectedActors = true;

  /** Loads the dictionaries named, or the default Phoenix set; bad usage when there are none. */
  Dictionaries load() throws IOException {
    List<Path> paths = dict != null && !dict.isEmpty() ? dict : defaultPhoenix();
    Dictionaries d =
        Dictionaries.load(paths, !noSupplement).withDisconnectedPhrases(disconnectedActors);
    return transformations ? d : d.withoutTransformations();
  }

  static List<Path> defaultPhoenix() {
    List<Path> looked = new java.util.ArrayList<>();
    for (Path data : SharedData.candidates()) {
      Path dir = data.resolve("petrarch2-dictionaries");
      looked.add(dir);
      List<Path> set = Files.isDirectory(dir) ? Dictionaries.phoenixSet(dir) : List.of();
      if (!set.isEmpty()) {
        return set;
      }
    }
    throw new IllegalArgumentException(
        "no dictionaries: give --dict PATH... (the Phoenix set is in none of " + looked + ")");
  }
}
