package org.amity.app.cli;

import java.util.concurrent.Callable;
import org.amity.app.json.SignalJson;
import org.amity.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code amity situations}: developing situations (grouped alerts). */
@Command(
    name = "situations",
    mixinStandardHelpOptions = true,
    description = "List developing situations: related alerts on one country, dyad or sea area.")
final class SituationsCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Mixin ListOptions list;

  @Override
  public Integer call() {
    String status = list.status();
    try (Storage s = store.open()) {
      list.print(
          s.signals().situations(status, 0, 0),
          SignalJson::situation,
          "situations",
          x ->
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
                  x.greatPowerParty() ? ", a great power is a party" : ""));
      return 0;
    }
  }
}
