package org.amity.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.amity.signal.Situation;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.store.duckdb.DuckDbSignalStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity situations}: developing situations (grouped alerts). */
@Command(
    name = "situations",
    mixinStandardHelpOptions = true,
    description = "List developing situations: related alerts on one country, dyad or sea area.")
final class SituationsCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(
      names = "--status",
      defaultValue = "open",
      description = "open, closed or all (default ${DEFAULT-VALUE}).")
  String status;

  @Option(names = "--json", description = "Print a JSON array.")
  boolean json;

  @Override
  public Integer call() {
    if (!List.of("open", "closed", "all").contains(status)) {
      throw new IllegalArgumentException("--status must be open, closed or all");
    }
    try (DuckDbEventStore s = store.open()) {
      List<Situation> list = new DuckDbSignalStore(s).situations(status);
      if (json) {
        System.out.println(Json.write(list.stream().map(SignalJson::situation).toList()));
        return 0;
      }
      if (list.isEmpty()) {
        System.out.println("no " + (status.equals("all") ? "" : status + " ") + "situations");
      }
      for (Situation x : list) {
        System.out.printf(
            "#%d %-7s %-9s %s  %s..%s  %s, stage %s, outside great powers %.0f%%%s%n",
            x.id(),
            x.level().key(),
            x.status(),
            x.title(),
            x.opened(),
            x.closed() == null ? "" : x.closed(),
            x.domain(),
            x.stage(),
            100 * x.outsidePowerShare(),
            x.greatPowerParty() ? ", a great power is a party" : "");
      }
      return 0;
    }
  }
}
