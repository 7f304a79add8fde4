package org.amity.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.amity.storage.Storage;
import org.amity.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity stats}: what the store holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Show how many events are stored, per dataset, and their date range.")
final class StatsCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    try (Storage s = store.open()) {
      StoreStats st = s.events().stats();
      if (json) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("events", st.events());
        out.put("datasets", st.datasets());
        out.put("firstDate", st.firstDate() == null ? null : st.firstDate().toString());
        out.put("lastDate", st.lastDate() == null ? null : st.lastDate().toString());
        System.out.println(Json.write(out));
      } else {
        System.out.printf("%,d events in %s%n", st.events(), store.path());
        st.datasets().forEach((k, v) -> System.out.printf("  %-8s %,d%n", k, v));
        if (st.firstDate() != null) {
          System.out.println("  dates    " + st.firstDate() + " to " + st.lastDate());
        }
      }
      return 0;
    }
  }
}
