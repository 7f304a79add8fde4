package org.amity.app.cli;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Option;

/** The {@code --status} and {@code --json} options of the alert and situation lists. */
final class ListOptions {
  @Option(
      names = "--status",
      defaultValue = "open",
      description = "open, closed or all (default ${DEFAULT-VALUE}).")
  String status;

  @Option(names = "--json", description = "Print a JSON array.")
  boolean json;

  /** The status asked for, checked. */
  String status() {
    if (!List.of("open", "closed", "all").contains(status)) {
      throw new IllegalArgumentException("--status must be open, closed or all");
    }
    return status;
  }

  /** Prints the items as a JSON array, or a line each ("no open alerts" when there are none). */
  <T> void print(List<T> items, Function<T, Object> toJson, String noun, Consumer<T> line) {
    if (json) {
      System.out.println(Json.write(items.stream().map(toJson).toList()));
      return;
    }
    if (items.isEmpty()) {
      System.out.println("no " + (status.equals("all") ? "" : status + " ") + noun);
    }
    items.forEach(line);
  }
}
