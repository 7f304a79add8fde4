package org.amity.flink.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amity.signal.daily.NewsCoverage;

/**
 * What the scorer reads as broadcast state, one of two kinds: the first day the data covers fully,
 * as far as the watermark has come (see {@code DetectorSeries.coverageStart}; null while no day
 * reaches the threshold), or the days the news files cover ({@link NewsCoverage}), as epoch days of
 * its spans' first and last days (arrays rather than a list of spans, so that Flink serializes them
 * itself).
 *
 * @param newsFirst the spans' first days, or null for a coverage start
 * @param newsLast the spans' last days, or null for a coverage start
 */
public record Coverage(LocalDate start, long[] newsFirst, long[] newsLast) {
  /** A coverage start. */
  public Coverage(LocalDate start) {
    this(start, null, null);
  }

  /** The news coverage of these spans. */
  public static Coverage of(NewsCoverage news) {
    long[] first = new long[news.spans().size()];
    long[] last = new long[first.length];
    for (int i = 0; i < first.length; i++) {
      first[i] = news.spans().get(i).first().toEpochDay();
      last[i] = news.spans().get(i).last().toEpochDay();
    }
    return new Coverage(null, first, last);
  }

  /** Whether this is a news coverage rather than a coverage start. */
  public boolean isNews() {
    return newsFirst != null;
  }

  /** The news coverage this carries. */
  public NewsCoverage news() {
    List<NewsCoverage.Span> spans = new ArrayList<>();
    for (int i = 0; i < newsFirst.length; i++) {
      spans.add(
          new NewsCoverage.Span(
              LocalDate.ofEpochDay(newsFirst[i]), LocalDate.ofEpochDay(newsLast[i])));
    }
    return new NewsCoverage(spans);
  }
}
