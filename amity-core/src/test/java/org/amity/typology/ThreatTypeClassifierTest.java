package org.amity.typology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amity.event.Event;
import org.amity.ingest.FileScan;
import org.amity.ingest.Format;
import org.amity.store.EventQuery;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;

/** The classifier against real rows labelled by hand (see labelled-events.tsv). */
class ThreatTypeClassifierTest {
  private record Labelled(String dataset, String id, Set<ThreatType> labels, String note) {}

  private static List<Labelled> labelled() throws IOException {
    List<Labelled> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                ThreatTypeClassifierTest.class.getResourceAsStream("labelled-events.tsv"),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        Set<ThreatType> labels = EnumSet.noneOf(ThreatType.class);
        if (!f[2].equals("none")) {
          for (String t : f[2].split(",")) {
            labels.add(ThreatType.parse(t));
          }
        }
        out.add(new Labelled(f[0], f[1], labels, f[3]));
      }
    }
    return out;
  }

  @Test
  void agreesWithHandLabelsOnRealRows() throws IOException {
    Map<String, Event> events = new HashMap<>();
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      load(store, TestData.file("gdelt/events/20161013151500.export.CSV"), Format.GDELT2);
      load(store, TestData.file("gdelt/events/20130401.export.CSV.gz"), Format.GDELT1);
      load(store, TestData.file("icews/events.2018-06-01.sample.tab"), Format.ICEWS);
      store.forEachEvent(EventQuery.all(), e -> events.put(e.dataset() + ":" + e.nativeId(), e));
    }
    ThreatTypeClassifier c = new ThreatTypeClassifier();
    List<Labelled> set = labelled();
    assertThat(set).hasSizeGreaterThanOrEqualTo(60);
    int exact = 0;
    Map<ThreatType, int[]> counts = new EnumMap<>(ThreatType.class); // tp, fp, fn
    StringBuilder misses = new StringBuilder();
    for (Labelled l : set) {
      Event e = events.get(l.dataset() + ":" + l.id());
      assertThat(e).as("row " + l.dataset() + " " + l.id() + " in the shared files").isNotNull();
      Set<ThreatType> got = c.classify(e);
      if (got.equals(l.labels())) {
        exact++;
      } else {
        misses.append(
            String.format(
                "  %s %s: labelled %s, classified %s (%s)%n",
                l.dataset(), l.id(), l.labels(), got, l.note()));
      }
      for (ThreatType t : ThreatType.values()) {
        int[] k = counts.computeIfAbsent(t, x -> new int[3]);
        boolean want = l.labels().contains(t);
        boolean have = got.contains(t);
        if (want && have) {
          k[0]++;
        } else if (have) {
          k[1]++;
        } else if (want) {
          k[2]++;
        }
      }
    }
    double accuracy = exact / (double) set.size();
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            "threat typology: %d rows, %d exact (accuracy %.3f)%n", set.size(), exact, accuracy));
    counts.forEach(
        (t, k) ->
            report.append(
                String.format(
                    "  %-11s precision %.2f recall %.2f (tp %d, fp %d, fn %d)%n",
                    t.key(),
                    k[0] / (double) Math.max(1, k[0] + k[1]),
                    k[0] / (double) Math.max(1, k[0] + k[2]),
                    k[0],
                    k[1],
                    k[2])));
    report.append("misses:\n").append(misses);
    Path out = Path.of("target", "typology-report.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report.toString());
    System.out.print(report);
    assertThat(accuracy).as(report.toString()).isGreaterThanOrEqualTo(0.8);
  }

  private static void load(DuckDbEventStore store, Path file, Format format) throws IOException {
    try (FileScan scan = FileScan.open(file, file.getFileName().toString(), format, null)) {
      store.ingest(scan, null);
    }
  }
}
