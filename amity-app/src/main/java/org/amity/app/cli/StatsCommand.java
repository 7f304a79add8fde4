package org.amity.app.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
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
        java.util.List<Map<String, Object>> imports = new java.util.ArrayList<>();
        for (StoreStats.ImportedSeries i : st.imports()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("source", i.source());
          m.put("series", i.series());
          m.put("points", i.points());
          m.put("firstPeriod", String.valueOf(i.firstPeriod()));
          m.put("lastPeriod", String.valueOf(i.lastPeriod()));
          imports.add(m);
        }
        out.put("importedSeries", imports);
        System.out.println(Json.write(out));
      } else {
        System.out.printf(Locale.ROOT, "%,d events in %s%n", st.events(), store.path());
        st.datasets().forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-8s %,d%n", k, v));
        if (st.firstDate() != null) {
          System.out.println("  dates    " + st.firstDate() + " to " + st.lastDate());
        }
        if (!st.imports().isEmpty()) {
          System.out.printf(Locale.ROOT, "%d imported series source(s):%n", st.imports().size());
          for (StoreStats.ImportedSeries i : st.imports()) {
            System.out.printf(
                Locale.ROOT,
                "  %s: %,d series, %,d points, periods %s to %s%n",
                i.source(),
                i.series(),
                i.points(),
                i.firstPeriod(),
                i.lastPeriod());
          }
        }
      }
      return 0;
    }
  }
}
