package org.amity.typology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.amity.event.Event;
import org.amity.ingest.EventSource;
import org.amity.ingest.FileScan;
import org.amity.ingest.Format;
import org.amity.ingest.maritime.PiracyFiles;
import org.amity.store.EventQuery;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * The classifier on the held-out set of issue 14 (held-out-events.tsv): 150 real rows, 90 ICEWS
 * 2018 and 60 ASAM piracy narratives, labelled before the classifier was run on them. Reports exact
 * accuracy and the confusion of label sets (labelled vs classified) to target/ and to the console;
 * the figures are written up in docs/signals.md.
 */
class ThreatTypeHeldOutTest {
  private record Labelled(String dataset, String id, Set<ThreatType> labels, String reason) {}

  static List<Labelled> heldOut() throws IOException {
    List<Labelled> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                ThreatTypeHeldOutTest.class.getResourceAsStream("held-out-events.tsv"),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        out.add(new Labelled(f[0], f[1], parse(f[2]), f[4]));
      }
    }
    return out;
  }

  private static Set<ThreatType> parse(String labels) {
    Set<ThreatType> out = EnumSet.noneOf(ThreatType.class);
    if (!labels.equals("none")) {
      for (String t : labels.split(",")) {
        out.add(ThreatType.parse(t));
      }
    }
    return out;
  }

  static String name(Set<ThreatType> types) {
    return types.isEmpty()
        ? "none"
        : types.stream().map(ThreatType::key).collect(Collectors.joining("+"));
  }

  @Test
  void reportsAccuracyAndConfusionOnRowsLabelledBeforeTheClassifierSawThem() throws IOException {
    Map<String, Event> events = new HashMap<>();
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      Path icews = TestData.file("icews/events.2018-06-01.sample.tab");
      try (FileScan scan =
          FileScan.open(icews, icews.getFileName().toString(), Format.ICEWS, null)) {
        store.ingest(scan, null);
      }
      Path asam = TestData.file("piracy/nga_asam_1978-2019.csv");
      try (EventSource s = PiracyFiles.open(asam, asam.getFileName().toString(), null)) {
        store.ingest(s, null);
      }
      store.forEachEvent(EventQuery.all(), e -> events.put(e.dataset() + ":" + e.nativeId(), e));
    }
    List<Labelled> set = heldOut();
    assertThat(set).hasSize(150);
    ThreatTypeClassifier c = new ThreatTypeClassifier();
    Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    Map<String, int[]> byDataset = new TreeMap<>();
    StringBuilder misses = new StringBuilder();
    int exact = 0;
    for (Labelled l : set) {
      Event e = events.get(l.dataset() + ":" + l.id());
      assertThat(e).as("row " + l.dataset() + " " + l.id() + " in the shared files").isNotNull();
      Set<ThreatType> got = c.classify(e);
      boolean ok = got.equals(l.labels());
      exact += ok ? 1 : 0;
      int[] d = byDataset.computeIfAbsent(l.dataset(), k -> new int[2]);
      d[0] += ok ? 1 : 0;
      d[1]++;
      confusion
          .computeIfAbsent(name(l.labels()), k -> new TreeMap<>())
          .merge(name(got), 1, Integer::sum);
      if (!ok) {
        misses.append(
            String.format(
                "  %s %s: labelled %s, classified %s (%s)%n",
                l.dataset(), l.id(), name(l.labels()), name(got), l.reason()));
      }
    }
    double accuracy = exact / (double) set.size();
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            "held-out threat typology: %d rows, %d exact (accuracy %.3f)%n",
            set.size(), exact, accuracy));
    byDataset.forEach((k, v) -> report.append(String.format("  %-7s %d/%d%n", k, v[0], v[1])));
    report.append("confusion (labelled -> classified: count):\n");
    confusion.forEach(
        (k, v) -> report.append("  ").append(k).append(" -> ").append(v).append('\n'));
    report.append("misses:\n").append(misses);
    Path out = Path.of("target", "typology-held-out.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report.toString());
    System.out.print(report);
    int total =
        confusion.values().stream().flatMap(m -> m.values().stream()).mapToInt(i -> i).sum();
    assertThat(total).isEqualTo(150);
  }
}
