package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amity.event.Actor;
import org.amity.event.Event;
import org.amity.signal.DetectionSpec;
import org.amity.signal.DetectorConfig;
import org.amity.signal.Level;
import org.amity.signal.SeriesScores;
import org.amity.signal.daily.DetectorInput;
import org.amity.signal.daily.NewsCoverage;
import org.amity.signal.daily.NewsCoverage.Span;
import org.amity.signal.daily.SeriesDetection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's news coverage (audit4 H1): a news file covers the runs of its days that hold its
 * reports, not the days of the few rows it back-dates; a registry (ACLED) covers no news. A
 * country's share lens reads a day of news after weeks no news file covered as no history, and
 * raises nothing on it, where reading those weeks as quiet days raised an alert.
 */
class NewsCoverageInStoreTest {
  private static final LocalDate FILE_DAY = LocalDate.of(2013, 4, 1);

  @TempDir Path dir;
  private DuckDbEventStore store;

  @BeforeEach
  void open() {
    store = DuckDbEventStore.open(dir.resolve("amity.duckdb"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aNewsFileCoversItsDayNotTheDaysItBackDatesAndARegistryCoversNoNews() throws Exception {
    ingest("day.csv", dayFile());
    ingest("registry.csv", registry());
    List<Event> year = new ArrayList<>();
    for (int d = 0; d < 60; d++) {
      if (d == 20 || d == 21) {
        continue; // a two-day outage inside the file's run
      }
      for (int k = 0; k < 40; k++) {
        year.add(news("y" + d + "-" + k, LocalDate.of(2014, 1, 1).plusDays(d), "VNM", "042"));
      }
    }
    ingest("year.csv", year);
    NewsCoverage news = new SignalSeries(store.connection()).newsCoverage();
    assertThat(news).isEqualTo(javaRule());
    assertThat(news.spans())
        .containsExactly(
            new Span(FILE_DAY, FILE_DAY),
            new Span(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 3, 1)));
  }

  @Test
  void theWatchKeepsEachFilesSpansAndAReplacingIngestHasThemJudgedAgain() throws Exception {
    ingest("day.csv", dayFile());
    ingest("registry.csv", registry());
    SignalSeries watch = new SignalSeries(store.connection());
    watch.recordNewsSpans();
    // the day file's one span and the registry's row without days
    assertThat(count("SELECT count(*) FROM news_file_spans")).isEqualTo(2);
    assertThat(count("SELECT count(*) FROM news_file_spans WHERE first_day IS NULL")).isEqualTo(1);
    assertThat(new SignalSeries(store.connection()).newsCoverage()).isEqualTo(javaRule());
    try (var batch = store.batch(null, true)) {
      assertThat(batch.stage(new ListEventSource("day-again.csv", dayFile()))).isEmpty();
      batch.commit();
      assertThat(batch.replaced()).isPositive();
    }
    assertThat(count("SELECT count(*) FROM news_file_spans")).isZero();
    NewsCoverage again = new SignalSeries(store.connection()).newsCoverage();
    assertThat(again).isEqualTo(javaRule());
    assertThat(again.spans()).containsExactly(new Span(FILE_DAY, FILE_DAY));
  }

  private long count(String sql) throws Exception {
    try (var st = store.connection().createStatement();
        var rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void aDayOfNewsAfterUncoveredWeeksIsNoRiseOverThem() throws Exception {
    ingest("day.csv", dayFile());
    ingest("registry.csv", registry());
    IndicatorTables.rebuild(store.connection(), Set.of("THA", "MMR"), false, true);
    DetectionSpec spec = DetectorConfig.standard().spec("conflict_7d").orElseThrow();
    DetectorInput in =
        new SignalSeries(store.connection()).load(spec, "events", Set.of("THA")).get("THA");
    int day = in.periods().indexOf(FILE_DAY);
    assertThat(day).isPositive();
    for (int i = 0; i < in.periods().size(); i++) {
      assertThat(in.covered()[i]).as("%s", in.periods().get(i)).isEqualTo(i == day);
    }
    // read as quiet days, the weeks before the file's day make it a rise
    SeriesScores asQuiet = spec.score(in.periods(), in.numerator(), in.denominator(), null);
    assertThat(asQuiet.levels()).contains(Level.ALERT);
    SeriesScores read = SeriesDetection.score(spec, in);
    assertThat(read.levels()).containsOnly(Level.NONE);
    assertThat(java.util.Arrays.stream(read.expected())).allMatch(x -> x.isNaN());
  }

  @Test
  void anAlertThatClosedWhereTheNewsRanOutSaysSoAndNotThatItCameBack() {
    LocalDate end = LocalDate.of(2014, 9, 30);
    assertThat(TimelineWatchRows.closing(null, null, Level.WATCH, end))
        .isEqualTo(
            "the stored news of it ends on 2014-09-30 (no news file covers the days after):"
                + " whether it came back down is not known");
    assertThat(TimelineWatchRows.closing(null, null, Level.WATCH, null))
        .isEqualTo("the series is back within its baseline");
    assertThat(TimelineWatchRows.closing(null, 12, Level.WATCH, end)).contains("alert 12 opened");
  }

  /**
   * The news coverage by the Java rule the Flink job applies ({@link NewsCoverage#spansOfFile}),
   * from the stored events' rows per file and day.
   */
  private NewsCoverage javaRule() throws Exception {
    java.util.Map<Long, java.util.TreeMap<LocalDate, Long>> files = new java.util.TreeMap<>();
    try (var st = store.connection().createStatement();
        var rs =
            st.executeQuery(
                "SELECT ingest_id, event_date, count(*) FROM events WHERE dataset NOT IN ("
                    + IndicatorTables.sqlList(
                        new java.util.LinkedHashSet<>(org.amity.event.Dataset.incidentDatasets()))
                    + ") GROUP BY ALL")) {
      while (rs.next()) {
        files
            .computeIfAbsent(rs.getLong(1), k -> new java.util.TreeMap<>())
            .put(rs.getObject(2, LocalDate.class), rs.getLong(3));
      }
    }
    List<Span> spans = new ArrayList<>();
    files.values().forEach(f -> spans.addAll(NewsCoverage.spansOfFile(f)));
    return NewsCoverage.of(spans);
  }

  private void ingest(String name, List<Event> events) {
    store.ingest(new ListEventSource(name, events), null);
  }

  /**
   * A GDELT daily file: 300 Thai reports on its day, half of them of fighting, each its own
   * incident, and ten reports of cooperation back-dated to each of two days, in February and March.
   */
  private static List<Event> dayFile() {
    List<Event> out = new ArrayList<>();
    for (int k = 0; k < 300; k++) {
      out.add(news("d" + k, FILE_DAY, "THA", k % 2 == 0 ? "190" : "042"));
    }
    for (LocalDate back : List.of(LocalDate.of(2013, 2, 1), LocalDate.of(2013, 3, 2))) {
      for (int k = 0; k < 10; k++) {
        out.add(news("b" + back + k, back, "THA", "042"));
      }
    }
    return out;
  }

  /** An ACLED file of Myanmar, two records a day from January to mid-April 2013. */
  private static List<Event> registry() {
    List<Event> out = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2013, 1, 1);
        d.isBefore(LocalDate.of(2013, 4, 15));
        d = d.plusDays(1)) {
      for (int k = 0; k < 2; k++) {
        Actor a = new Actor("MMRREB" + k, null, "MMR", null, null, null, List.of("REB"));
        Actor b = new Actor("MMRMIL", null, "MMR", null, null, null, List.of("MIL"));
        out.add(
            DailyIndicatorsMatchSqlTest.event(
                "acled", "a" + d + k, d, a, b, "190", -10, Double.NaN, "MMR", null, null));
      }
    }
    return out;
  }

  /** A report of its own incident: each source actor is another one of the country. */
  private static Event news(String id, LocalDate day, String country, String code) {
    Actor a = new Actor(country + "X" + id, "actor " + id, country, null, null, null, List.of());
    Actor b = new Actor(country + "GOV", null, country, null, null, null, List.of("GOV"));
    return DailyIndicatorsMatchSqlTest.event(
        "gdelt", id, day, a, b, code, code.startsWith("19") ? -10 : 3, -2, country, null, null);
  }
}
