package org.amity.signal.daily;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.amity.signal.Resolution;

/**
 * The days the stored news covers: the spans of days its news files (GDELT, ICEWS, POLECAT, coded
 * text: the datasets of one row per report) report day by day, merged (audit4 H1). A news file's
 * span is a run of its days with rows, gaps of up to {@link #MAX_GAP_DAYS} days inside, holding at
 * least {@link #MIN_RUN_SHARE} of the rows of the file's largest run: a GDELT daily file also
 * carries a few rows back-dated by weeks or a year, which make runs of their own far smaller than
 * the file's day, and cover nothing. The store computes the spans from its events (per ingested
 * file); outside them a share of the news of a country or a dyad is unknown, not zero, and its
 * lenses neither score those days nor count them as history ({@link
 * org.amity.signal.EscalationDetector#score(List, double[], double[], boolean[])}). Counts of
 * incidents at sea and of the dead keep their own rules (a registry's empty day is a quiet day;
 * {@link DayCounts#COVERED_BY}).
 *
 * @param spans disjoint, in order, none adjacent to the next
 */
public record NewsCoverage(List<Span> spans) {
  /** Days without rows a news file's run may hold inside it (a short outage of a feed). */
  public static final int MAX_GAP_DAYS = 2;

  /** The least share of the largest run's rows a run of a news file must hold to cover its days. */
  public static final double MIN_RUN_SHARE = 0.1;

  /** Days {@code first} to {@code last}, both included. */
  public record Span(LocalDate first, LocalDate last) {
    public Span {
      if (last.isBefore(first)) {
        throw new IllegalArgumentException("a span ends before it starts: " + first + ", " + last);
      }
    }

    /** Days in the span. */
    public long days() {
      return last.toEpochDay() - first.toEpochDay() + 1;
    }
  }

  public NewsCoverage {
    spans = List.copyOf(spans);
  }

  /**
   * The spans one news file covers, from its rows per event day: the runs of its days (a gap of up
   * to {@link #MAX_GAP_DAYS} days without rows inside a run) that hold at least {@link
   * #MIN_RUN_SHARE} of the rows of its largest run. The store computes the same in SQL ({@code
   * SignalSeries.newsCoverage}); the Flink job with this.
   *
   * @param rows the file's rows (events stored from it) per day, days without rows absent
   */
  public static List<Span> spansOfFile(SortedMap<LocalDate, Long> rows) {
    List<Span> runs = new ArrayList<>();
    List<Long> sums = new ArrayList<>();
    LocalDate first = null;
    LocalDate last = null;
    long sum = 0;
    for (Map.Entry<LocalDate, Long> e : rows.entrySet()) {
      if (last != null && e.getKey().toEpochDay() - last.toEpochDay() > MAX_GAP_DAYS + 1) {
        runs.add(new Span(first, last));
        sums.add(sum);
        first = null;
        sum = 0;
      }
      if (first == null) {
        first = e.getKey();
      }
      last = e.getKey();
      sum += e.getValue();
    }
    if (first != null) {
      runs.add(new Span(first, last));
      sums.add(sum);
    }
    long largest = sums.stream().mapToLong(Long::longValue).max().orElse(0);
    List<Span> out = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      if (sums.get(i) >= MIN_RUN_SHARE * largest) {
        out.add(runs.get(i));
      }
    }
    return out;
  }

  /** The union of spans, in any order and overlapping or not. */
  public static NewsCoverage of(Collection<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparing(Span::first));
    List<Span> out = new ArrayList<>();
    for (Span s : sorted) {
      if (!out.isEmpty() && !s.first().isAfter(out.get(out.size() - 1).last().plusDays(1))) {
        Span prev = out.remove(out.size() - 1);
        out.add(new Span(prev.first(), s.last().isAfter(prev.last()) ? s.last() : prev.last()));
      } else {
        out.add(s);
      }
    }
    return new NewsCoverage(out);
  }

  /**
   * This coverage, or null (every day covered) when no news file is stored at all: a store or a job
   * that holds only registries (ACLED, UCDP GED, the piracy files), or daily counts without the
   * events behind them, has no news files to judge coverage by and is read as it was before news
   * coverage was judged, every day from the coverage start covered.
   */
  public NewsCoverage orAll() {
    return spans.isEmpty() ? null : this;
  }

  /** Whether any day from {@code first} to {@code last} (both included) is covered. */
  public boolean coversAny(LocalDate first, LocalDate last) {
    for (Span s : spans) {
      if (s.first().isAfter(last)) {
        return false;
      }
      if (!s.last().isBefore(first)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Per period of resolution {@code r} (each given by its first day), whether any day is covered.
   */
  public boolean[] over(List<LocalDate> periods, Resolution r) {
    boolean[] out = new boolean[periods.size()];
    int k = 0; // periods come in order: the spans ending before a period never cover a later one
    for (int i = 0; i < out.length; i++) {
      LocalDate first = periods.get(i);
      LocalDate last = r.next(first).minusDays(1);
      while (k < spans.size() && spans.get(k).last().isBefore(first)) {
        k++;
      }
      out[i] = k < spans.size() && !spans.get(k).first().isAfter(last);
    }
    return out;
  }

  /** The last covered day on or before {@code day}, or null when none is. */
  public LocalDate lastCoveredOnOrBefore(LocalDate day) {
    LocalDate out = null;
    for (Span s : spans) {
      if (s.first().isAfter(day)) {
        break;
      }
      out = s.last().isBefore(day) ? s.last() : day;
    }
    return out;
  }

  /** Covered days in all. */
  public long days() {
    return spans.stream().mapToLong(Span::days).sum();
  }
}
