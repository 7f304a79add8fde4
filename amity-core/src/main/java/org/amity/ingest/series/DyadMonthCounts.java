package org.amity.ingest.series;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Event counts per directed dyad, month and QuadClass, turned into series points without holes:
 * every dyad that appears gets a value for every month from the first to the last month of the
 * whole file, zero where the source has no cell (the source leaves empty cells out).
 *
 * <p>Indicators: {@code q1}..{@code q4} (events per QuadClass) and {@code events} (their sum). Each
 * directed dyad is a subject {@code A>B}; each pair of countries is also a subject {@code A-B}
 * (codes sorted) whose counts are the sum of both directions.
 */
final class DyadMonthCounts {
  static final String SCOPE = "dyad";
  static final String RESOLUTION = "month";
  private static final String[] QUADS = {"q1", "q2", "q3", "q4"};

  private final Map<String, Map<YearMonth, long[]>> directed = new TreeMap<>();
  private YearMonth first;
  private YearMonth last;

  /** Adds {@code count} events from {@code source} to {@code target} in QuadClass {@code quad}. */
  void add(String source, String target, YearMonth month, int quad, long count) {
    directed.computeIfAbsent(source + ">" + target, k -> new TreeMap<>())
            .computeIfAbsent(month, k -> new long[4])[quad - 1] +=
        count;
    first = first == null || month.isBefore(first) ? month : first;
    last = last == null || month.isAfter(last) ? month : last;
  }

  List<SeriesPoint> points() {
    List<SeriesPoint> out = new ArrayList<>();
    if (first == null) {
      return out;
    }
    Map<String, Map<YearMonth, long[]>> undirected = new TreeMap<>();
    for (var d : directed.entrySet()) {
      String[] ab = d.getKey().split(">");
      String pair = ab[0].compareTo(ab[1]) < 0 ? ab[0] + "-" + ab[1] : ab[1] + "-" + ab[0];
      Map<YearMonth, long[]> sum = undirected.computeIfAbsent(pair, k -> new TreeMap<>());
      for (var m : d.getValue().entrySet()) {
        long[] s = sum.computeIfAbsent(m.getKey(), k -> new long[4]);
        for (int q = 0; q < 4; q++) {
          s[q] += m.getValue()[q];
        }
      }
      addSeries(out, d.getKey(), d.getValue());
    }
    undirected.forEach((pair, months) -> addSeries(out, pair, months));
    return out;
  }

  private void addSeries(List<SeriesPoint> out, String subject, Map<YearMonth, long[]> months) {
    long[] zero = new long[4];
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      long[] c = months.getOrDefault(m, zero);
      long events = 0;
      for (int q = 0; q < 4; q++) {
        out.add(new SeriesPoint(SCOPE, subject, QUADS[q], RESOLUTION, m.atDay(1), c[q]));
        events += c[q];
      }
      out.add(new SeriesPoint(SCOPE, subject, "events", RESOLUTION, m.atDay(1), events));
    }
  }
}
