package org.amity.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.amity.ingest.Reject;
import org.amity.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity rejects}: the lines that could not be stored, and why. */
@Command(
    name = "rejects",
    mixinStandardHelpOptions = true,
    description = "List rejected lines with file, line number and reason.")
final class RejectsCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(names = "--json", description = "Print a JSON array of {file, line, reason}.")
  boolean json;

  @Option(
      names = "--limit",
      defaultValue = "1000",
      description = "At most this many (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1");
    }
    try (Storage s = store.open()) {
      List<Reject> rejects = s.events().rejects(limit);
      if (json) {
        System.out.println(Json.write(rejects));
      } else {
        for (Reject r : rejects) {
          System.out.println(r.file() + ":" + r.line() + ": " + r.reason());
        }
        if (rejects.isEmpty()) {
          System.out.println("no rejected lines");
        }
      }
      return 0;
    }
  }
}
