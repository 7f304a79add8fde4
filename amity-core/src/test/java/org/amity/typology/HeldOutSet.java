package org.amity.typology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
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
import org.amity.event.CountryTable;
import org.amity.event.Event;
import org.amity.ingest.EventSource;
import org.amity.ingest.FileScan;
import org.amity.ingest.Format;
import org.amity.ingest.OfficeHolders;
import org.amity.ingest.icewsdaily.IcewsDailySource;
import org.amity.ingest.maritime.PiracyFiles;
import org.amity.store.EventQuery;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.testing.TestData;

/**
 * A held-out typology set: rows named in a labels file beside this class ({@code
 * held-out-events.tsv}, {@code held-out-r28-events.tsv}), read from the shared files as the store
 * keeps them, typed by the classifier and scored (exact accuracy, per dataset, the confusion of
 * label sets, every miss with its label's reason).
 */
final class HeldOutSet {
  record Labelled(String dataset, String id, Set<ThreatType> labels, String reason) {}

  /** The scored set: rows, exact matches, actors given an office holder's role, the report. */
  record Score(int rows, int exact, long officeHolders, String report) {
    double accuracy() {
      return exact / (double) rows;
    }
  }

  static final String ICEWS = "icews/events.2018-06-01.sample.tab";
  static final String ASAM = "piracy/nga_asam_1978-2019.csv";
  static final List<String> ICEWS_DAILY =
      List.of(
          "icews-tkg-sea/icews14s_sea_events_2014-01-01_2014-09-30.csv",
          "icews-tkg-sea/icews18_sea_events_2018-08-29_2018-10-31.csv");

  private HeldOutSet() {}

  static List<Labelled> read(String resource) throws IOException {
    List<Labelled> out = new ArrayList<>();
    InputStream in = HeldOutSet.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("missing test resource " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
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

  /** The Phoenix list of office holders in the shared data (skips the test without it). */
  static OfficeHolders phoenix() throws IOException {
    return OfficeHolders.read(
        TestData.file("petrarch2-dictionaries/" + OfficeHolders.PHOENIX_FILE),
        CountryTable.standard());
  }

  /**
   * The events of the shared files the sets draw from, by "dataset:native id", as stored: the ICEWS
   * sample (its persons given their office from {@code officeHolders}, null for none), the ASAM
   * file, and the decoded ICEWS daily files when {@code daily}.
   */
  static Map<String, Event> events(OfficeHolders officeHolders, boolean daily) throws IOException {
    Map<String, Event> events = new HashMap<>();
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      Path icews = TestData.file(ICEWS);
      try (FileScan scan =
          FileScan.open(icews, icews.getFileName().toString(), Format.ICEWS, null, officeHolders)) {
        store.ingest(scan, null);
      }
      Path asam = TestData.file(ASAM);
      try (EventSource s = PiracyFiles.open(asam, asam.getFileName().toString(), null)) {
        store.ingest(s, null);
      }
      if (daily) {
        for (String f : ICEWS_DAILY) {
          Path p = TestData.file(f);
          try (EventSource s = IcewsDailySource.open(p, p.getFileName().toString(), null)) {
            store.ingest(s, null);
          }
        }
      }
      store.forEachEvent(EventQuery.all(), e -> events.put(e.dataset() + ":" + e.nativeId(), e));
    }
    return events;
  }

  /**
   * Reads the set {@code labels}, its events (the decoded daily files when {@code daily}; persons
   * given their office from {@code officeHolders}, null for none) and scores it into target/{@code
   * file}.
   */
  static Score run(
      String labels, boolean daily, OfficeHolders officeHolders, String title, String file)
      throws IOException {
    List<Labelled> set = read(labels);
    Map<String, Event> events = events(officeHolders, daily);
    long resolved = officeHolders == null ? 0 : officeHolders.resolved();
    return score(title, set, events, resolved, file);
  }

  /** Types every row, writes the report to target/{@code file} and the console. */
  static Score score(
      String title, List<Labelled> set, Map<String, Event> events, long officeHolders, String file)
      throws IOException {
    ThreatTypeClassifier c = new ThreatTypeClassifier();
    Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    Map<String, int[]> byDataset = new TreeMap<>();
    StringBuilder misses = new StringBuilder();
    int exact = 0;
    for (Labelled l : set) {
      Event e = events.get(l.dataset() + ":" + l.id());
      if (e == null) {
        throw new AssertionError("row " + l.dataset() + " " + l.id() + " not in the shared files");
      }
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
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            "%s: %d rows, %d exact (accuracy %.3f); ICEWS actors given an office holder's role:"
                + " %d%n",
            title, set.size(), exact, exact / (double) set.size(), officeHolders));
    byDataset.forEach((k, v) -> report.append(String.format("  %-11s %d/%d%n", k, v[0], v[1])));
    report.append("confusion (labelled -> classified: count):\n");
    confusion.forEach(
        (k, v) -> report.append("  ").append(k).append(" -> ").append(v).append('\n'));
    report.append("misses:\n").append(misses);
    Path out = Path.of("target", file);
    Files.createDirectories(out.getParent());
    Files.writeString(out, report.toString());
    System.out.print(report);
    return new Score(set.size(), exact, officeHolders, report.toString());
  }
}
