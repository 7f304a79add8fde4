package org.amity.app.cli;

import java.util.concurrent.Callable;
import org.amity.app.json.SignalJson;
import org.amity.signal.AlertQuery;
import org.amity.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code amity alerts}: list alerts with their evidence. */
@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    description = "List escalation alerts, most severe first, with their evidence.")
final class AlertsCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Mixin ListOptions list;

  /** Evidence items printed per alert in text mode (JSON carries all stored). */
  static final int EVIDENCE_SHOWN = 3;

  /** Why an alert has no evidence, in words. */
  static final String NO_EVIDENCE =
      "the series behind it holds counts, not events (an imported aggregate such as a"
          + " dyad-month file), or its events are no longer stored";

  @Override
  public Integer call() {
    String status = list.status();
    try (Storage s = store.open()) {
      list.print(
          s.signals().alerts(AlertQuery.status(status)),
          SignalJson::alert,
          "alerts",
          a -> {
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
            for (org.amity.signal.Evidence e :
                a.evidence().subList(0, Math.min(EVIDENCE_SHOWN, a.evidence().size()))) {
              System.out.printf(
                  "    %s %s; %d report(s)%s%n",
                  e.date(), e.inWords(), e.reports(), e.url() == null ? "" : " " + e.url());
            }
            if (a.evidence().isEmpty()) {
              System.out.println("    no evidence: " + NO_EVIDENCE);
            }
          });
      return 0;
    }
  }
}
