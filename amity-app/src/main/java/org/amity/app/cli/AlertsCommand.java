package org.amity.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.amity.signal.Alert;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.store.duckdb.DuckDbSignalStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity alerts}: list alerts with their evidence. */
@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    description = "List escalation alerts, most severe first, with their evidence.")
final class AlertsCommand implements Callable<Integer> {
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
      List<Alert> alerts = new DuckDbSignalStore(s).alerts(status);
      if (json) {
        System.out.println(Json.write(alerts.stream().map(SignalJson::alert).toList()));
        return 0;
      }
      if (alerts.isEmpty()) {
        System.out.println("no " + (status.equals("all") ? "" : status + " ") + "alerts");
      }
      for (Alert a : alerts) {
        System.out.printf(
            "#%d %-7s %-6s %s %-8s %s..%s  %s=%.0f vs %.1f expected, score %.1f  types %s%s%n",
            a.id(),
            a.level().key(),
            a.status(),
            a.scope().key(),
            a.subject(),
            a.opened(),
            a.closed() == null ? "" : a.closed(),
            a.indicator(),
            a.value(),
            a.baseline(),
            a.score(),
            a.threatTypes(),
            a.greatPowerParty() ? " [great power party]" : "");
      }
      return 0;
    }
  }
}
