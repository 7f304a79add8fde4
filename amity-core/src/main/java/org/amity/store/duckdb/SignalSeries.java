package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.amity.event.Dataset;
import org.amity.signal.DetectionSpec;
import org.amity.signal.Resolution;
import org.amity.signal.Scope;
import org.amity.signal.daily.DetectorInput;
import org.amity.signal.daily.NewsCoverage;

/** Reads indicator series for the detectors and keeps the watch bookkeeping. */
final class SignalSeries {
  private final Connection c;

  SignalSeries(Connection c) {
    this.c = c;
  }

  long maxIngestId() throws SQLException {
    return single("SELECT coalesce(max(id), 0) FROM ingest_log WHERE status = 'done'");
  }

  /**
   * The last ingest the stored indicators count, 0 (none: the next watch builds every day) when
   * they were counted by another rule of incidents than this program's ({@link #INCIDENT_RULE}).
   */
  long watchedIngestId() throws SQLException {
    String id = WatchState.get(c, WATCHED_INGEST);
    if (id == null || !incidentRule().equals(WatchState.get(c, INCIDENT_RULE))) {
      return 0;
    }
    return Long.parseLong(id);
  }

  /**
   * The key of how the stored indicators counted incidents: a store watched by an Amity that
   * counted otherwise (before the datasets that record one incident per record were told apart, or
   * with another list of them, or before records of two piracy files far apart were two incidents,
   * or with another distance) is watched in full once, so that no day keeps the old count.
   */
  static final String INCIDENT_RULE = "incident_rule";

  /**
   * This program's rule of incidents: the datasets whose records are incidents each, and the
   * distance beyond which records of two positioned files are two incidents ({@link
   * org.amity.signal.daily.PositionedRecords#FAR_NM}).
   */
  static String incidentRule() {
    return "most records of one of "
        + org.amity.event.Dataset.recorders()
        + "; records of "
        + org.amity.event.Dataset.positioned()
        + " alone beyond "
        + org.amity.signal.daily.PositionedRecords.FAR_NM
        + " nm of another file's";
  }

  void setWatchedIngestId(long id) throws SQLException {
    WatchState.put(c, WATCHED_INGEST, Long.toString(id));
    WatchState.put(c, INCIDENT_RULE, incidentRule());
    // when the last watch finished: readers (the web cache) learn from it that series moved
    try (Statement s = c.createStatement()) {
      s.execute("INSERT OR REPLACE INTO watch_state VALUES ('watched_at', CAST(now() AS VARCHAR))");
    }
  }

  boolean theatresWatched() throws SQLException {
    return theatresMarker().equals(WatchState.get(c, "theatres"));
  }

  void setTheatresWatched(boolean on) throws SQLException {
    WatchState.put(c, "theatres", on ? theatresMarker() : "off");
  }

  void setGroupingGaps(java.util.Map<org.amity.signal.Scope, Integer> gaps) throws SQLException {
    WatchState.put(c, GROUPING_GAPS, org.amity.signal.SituationGrouper.formatGaps(gaps));
  }

  /** The key of the last ingest the watch folded in ({@code watch_state}); 0 or none: none. */
  static final String WATCHED_INGEST = "ingest_id";

  /** The key of the gaps the last watch grouped situations with. */
  static final String GROUPING_GAPS = "grouping_gaps";

  /** "on" with the areas' divisions: a store built with other divisions builds them again. */
  private static String theatresMarker() {
    return "on " + org.amity.event.ConflictArea.definition();
  }

  /**
   * Fills temp table affected_days with the event days of ingests after {@code since} (every day of
   * a record dated by a range: its dead are spread over them) and of the piracy reports merged out
   * of the events since.
   */
  long markAffectedDays(long since) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMP TABLE affected_days AS SELECT DISTINCT event_date AS day FROM"
              + " events WHERE ingest_id > "
              + since
              // the days of reports merged out since (PiracyTwins): counted before, not now
              + " UNION SELECT event_date FROM piracy_twins WHERE merged_at_ingest > "
              + since
              // every day of a new record's range gets a share of its dead (IndicatorTables)
              + " UNION SELECT first_day + i::INTEGER FROM (SELECT event_date AS first_day,"
              + " unnest(range(datediff('day', event_date, date_end) + 1)) AS i FROM events"
              + " WHERE ingest_id > "
              + since
              + " AND date_end > event_date)");
    }
    return single("SELECT count(*) FROM affected_days");
  }

  /** Whether aggregate series were imported after {@code since}. */
  boolean importsSince(long since) throws SQLException {
    return single(
            "SELECT count(*) FROM ingest_log WHERE status = 'done' AND dataset = 'series' AND id > "
                + since)
        > 0;
  }

  /** Subjects of this scope with events on the affected days. */
  Set<String> touchedSubjects(Scope scope, Resolution r) throws SQLException {
    Set<String> out = new TreeSet<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT DISTINCT subject FROM indicator_days WHERE scope = ? AND day IN (SELECT day"
                + " FROM affected_days)")) {
      p.setString(1, scope.key());
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /**
   * The first day the store covers fully: the first day whose world volume of incidents reaches a
   * quarter of the median daily volume. Days before it hold only stray, back-dated reports (a GDELT
   * file reports events from months ago), and would pose as a quiet history that makes the first
   * full weeks look like an explosion. Null when nothing is stored.
   */
  LocalDate coverageStart() throws SQLException {
    if (coverageKnown) {
      return coverage;
    }
    coverage = computeCoverageStart();
    coverageKnown = true;
    return coverage;
  }

  /** Forgets the coverage start and the day tables read so far (the daily table changed). */
  void invalidateCoverage() {
    coverageKnown = false;
    news = null;
    dayTables.clear();
  }

  private NewsCoverage news;

  /** The table of the days each news file covers, judged once per file (V046). */
  static final String NEWS_FILE_SPANS = "news_file_spans";

  /**
   * The days the stored news files cover ({@link NewsCoverage}): per ingested file of a dataset of
   * one row per report, the runs of its event days (gaps of up to {@link NewsCoverage#MAX_GAP_DAYS}
   * days inside a run) that hold at least {@link NewsCoverage#MIN_RUN_SHARE} of the rows of the
   * file's largest run. Files judged before are read from {@link #NEWS_FILE_SPANS}; the others are
   * judged now (a watch records them: {@link #recordNewsSpans}), so that a watch after one new file
   * reads that file's rows only, not every stored event's.
   */
  NewsCoverage newsCoverage() throws SQLException {
    if (news != null) {
      return news;
    }
    List<NewsCoverage.Span> spans = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT first_day, last_day FROM "
                    + NEWS_FILE_SPANS
                    + " WHERE first_day IS NOT NULL")) {
      while (rs.next()) {
        spans.add(
            new NewsCoverage.Span(
                rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)));
      }
    }
    for (List<NewsCoverage.Span> f : unjudgedSpans().values()) {
      spans.addAll(f);
    }
    news = NewsCoverage.of(spans);
    return news;
  }

  /** Judges the files not judged yet and keeps their spans ({@link #NEWS_FILE_SPANS}). */
  void recordNewsSpans() throws SQLException {
    Map<Long, List<NewsCoverage.Span>> files = unjudgedSpans();
    if (files.isEmpty()) {
      return;
    }
    try (PreparedStatement p =
        c.prepareStatement("INSERT INTO " + NEWS_FILE_SPANS + " VALUES (?, ?, ?)")) {
      for (var e : files.entrySet()) {
        if (e.getValue().isEmpty()) {
          p.setLong(1, e.getKey());
          p.setObject(2, null);
          p.setObject(3, null);
          p.addBatch();
        }
        for (NewsCoverage.Span span : e.getValue()) {
          p.setLong(1, e.getKey());
          p.setObject(2, span.first());
          p.setObject(3, span.last());
          p.addBatch();
        }
      }
      p.executeBatch();
    }
    news = null;
  }

  /**
   * The spans of every file of the ingest log not in {@link #NEWS_FILE_SPANS}, by file (an empty
   * list for a file with no news row), judged by the rule in one query.
   */
  private Map<Long, List<NewsCoverage.Span>> unjudgedSpans() throws SQLException {
    Map<Long, List<NewsCoverage.Span>> out = new TreeMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                // the ingest log's files, not the events' ids: a scan of every stored event would
                // cost a watch after one new file about 0.1 s on ten million events
                "SELECT id FROM ingest_log WHERE id NOT IN (SELECT ingest_id FROM "
                    + NEWS_FILE_SPANS
                    + ")")) {
      while (rs.next()) {
        out.put(rs.getLong(1), new ArrayList<>());
      }
    }
    if (out.isEmpty()) {
      return out;
    }
    String ids =
        out.keySet().stream()
            .map(String::valueOf)
            .collect(java.util.stream.Collectors.joining(", "));
    String sql =
        "WITH d AS (SELECT ingest_id, event_date AS day, count(*) AS n FROM events"
            + " WHERE ingest_id IN ("
            + ids
            + ") AND dataset NOT IN ("
            + IndicatorTables.sqlList(new java.util.LinkedHashSet<>(Dataset.incidentDatasets()))
            + ") GROUP BY ALL), g AS (SELECT *, CASE WHEN day - lag(day) OVER (PARTITION BY"
            + " ingest_id ORDER BY day) <= "
            + (NewsCoverage.MAX_GAP_DAYS + 1)
            + " THEN 0 ELSE 1 END AS opens FROM d), r AS (SELECT *, sum(opens) OVER (PARTITION BY"
            + " ingest_id ORDER BY day) AS run FROM g), runs AS (SELECT ingest_id, run, min(day) AS"
            + " first_day, max(day) AS last_day, sum(n) AS n FROM r GROUP BY ALL) SELECT ingest_id,"
            + " first_day, last_day FROM runs QUALIFY n >= "
            + NewsCoverage.MIN_RUN_SHARE
            + " * max(n) OVER (PARTITION BY ingest_id) ORDER BY 1, 2";
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.get(rs.getLong(1))
            .add(
                new NewsCoverage.Span(
                    rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
      }
    }
    return out;
  }

  /** Lets go of the day tables read for this watch's detectors. */
  void releaseDayTables() {
    dayTables.clear();
  }

  private LocalDate coverage;
  private boolean coverageKnown;

  private LocalDate computeCoverageStart() throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "WITH d AS (SELECT day, incidents FROM indicator_days WHERE scope = 'region' AND"
                    + " subject = 'WORLD'), m AS (SELECT quantile_cont(incidents, 0.9) AS med FROM d) SELECT"
                    + " min(day) FROM d, m WHERE d.incidents >= 0.25 * m.med")) {
      return rs.next() ? rs.getObject(1, LocalDate.class) : null;
    }
  }

  /** Counts kept per subject and day, which event-derived specs may name (in table order). */
  static final List<String> DAY_COLUMN_ORDER = org.amity.signal.daily.DayCounts.COUNT_COLUMNS;

  static final Set<String> DAY_COLUMNS = Set.copyOf(DAY_COLUMN_ORDER);

  /**
   * Every day column of one scope and resolution, per subject and period: read once per watch and
   * shared by all specs that read the same scope and resolution (a country is read by seven specs).
   */
  private record DayTable(Map<String, List<LocalDate>> periods, Map<String, List<double[]>> rows) {}

  private final Map<String, DayTable> dayTables = new java.util.HashMap<>();

  /**
   * Loads the spec's series per subject, gap-free from each subject's first to last period.
   *
   * @param source "events" (rolled up from indicator_days) or "import" (imported aggregates)
   * @param subjects only these, or null for all
   */
  Map<String, DetectorInput> load(DetectionSpec spec, String source, Set<String> subjects)
      throws SQLException {
    if (subjects != null && subjects.isEmpty()) {
      return new TreeMap<>();
    }
    LocalDate first = null;
    if (source.equals("events")) {
      LocalDate coverage = coverageStart();
      if (coverage != null) {
        Resolution r = spec.resolution();
        first = r.start(coverage).equals(coverage) ? coverage : r.next(r.start(coverage));
      }
    }
    List<String> num = List.of(spec.numerator().split("\\+"));
    if (source.equals("events")) {
      for (String col : num) {
        requireColumn(spec, col);
      }
      if (spec.denominator() != null) {
        requireColumn(spec, spec.denominator());
      }
      return fromDayTable(
          spec,
          num,
          dayTable(spec, first, subjects),
          spec.denominator() == null ? null : newsCoverage().orAll());
    }
    List<String> all = new ArrayList<>(num);
    if (spec.denominator() != null) {
      all.add(spec.denominator());
    }
    String sql =
        "SELECT subject, period, sum(value) FILTER (WHERE indicator IN ("
            + IndicatorTables.sqlList(Set.copyOf(num))
            + ")), coalesce(sum(value) FILTER (WHERE indicator = "
            + (spec.denominator() == null ? "NULL" : "'" + spec.denominator() + "'")
            + "), 0) FROM series_imports WHERE scope = ? AND resolution = '"
            + spec.resolution().key()
            + "' AND indicator IN ("
            + IndicatorTables.sqlList(Set.copyOf(all))
            + ")"
            + dyadFilter(spec)
            + " GROUP BY 1, 2 ORDER BY 1, 2";
    Map<String, DetectorInput> out = new TreeMap<>();
    boolean ratio = spec.denominator() != null;
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, spec.scope().key());
      try (ResultSet rs = p.executeQuery()) {
        String current = null;
        List<LocalDate> periods = new ArrayList<>();
        List<double[]> cells = new ArrayList<>();
        while (rs.next()) {
          String subject = rs.getString(1);
          if (!subject.equals(current)) {
            flush(out, current, periods, cells, spec.resolution(), ratio);
            current = subject;
          }
          if (subjects == null || subjects.contains(subject)) {
            periods.add(rs.getObject(2, LocalDate.class));
            cells.add(new double[] {rs.getDouble(3), rs.getDouble(4)});
          }
        }
        flush(out, current, periods, cells, spec.resolution(), ratio);
      }
    }
    return out;
  }

  private DayTable dayTable(DetectionSpec spec, LocalDate first, Set<String> subjects)
      throws SQLException {
    // read as JDBC reads fastest, with the same values: the period as its epoch day (not a
    // LocalDate made by the driver), the sums as DOUBLE (sums of BIGINT are HUGEINT, which the
    // driver turns into a double through a BigInteger; counts are exact in a double either way)
    String period =
        "(CAST(date_trunc('"
            + spec.resolution().key()
            + "', day) AS DATE) - DATE '1970-01-01')::INTEGER";
    StringBuilder sums = new StringBuilder();
    for (String col : DAY_COLUMN_ORDER) {
      sums.append(", sum(").append(col).append(")::DOUBLE");
    }
    String sql =
        "SELECT subject, "
            + period
            + " AS p"
            + sums
            + " FROM indicator_days WHERE scope = ?"
            + (first == null ? "" : " AND day >= DATE '" + first + "'")
            + (subjects == null
                ? ""
                : " AND subject IN (" + IndicatorTables.sqlList(subjects) + ")")
            + dyadFilter(spec)
            + " GROUP BY 1, 2 ORDER BY 1, 2";
    String key = spec.scope().key() + "|" + sql; // the scope is a bound parameter
    DayTable cached = dayTables.get(key);
    if (cached != null) {
      return cached;
    }
    Map<String, List<LocalDate>> periods = new TreeMap<>();
    Map<String, List<double[]>> rows = new TreeMap<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, spec.scope().key());
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          String subject = rs.getString(1);
          double[] row = new double[DAY_COLUMN_ORDER.size()];
          for (int i = 0; i < row.length; i++) {
            row[i] = rs.getDouble(3 + i);
          }
          periods
              .computeIfAbsent(subject, k -> new ArrayList<>())
              .add(LocalDate.ofEpochDay(rs.getInt(2)));
          rows.computeIfAbsent(subject, k -> new ArrayList<>()).add(row);
        }
      }
    }
    DayTable t = new DayTable(periods, rows);
    dayTables.put(key, t);
    return t;
  }

  /** One spec's numerator (a sum of columns) and denominator, from a shared day table. */
  /**
   * @param news where the stored news covers the subjects, for a share of news (with a
   *     denominator); null for a count, read on every period
   */
  private static Map<String, DetectorInput> fromDayTable(
      DetectionSpec spec, List<String> num, DayTable t, NewsCoverage news) {
    int[] n = num.stream().mapToInt(DAY_COLUMN_ORDER::indexOf).toArray();
    int d = spec.denominator() == null ? -1 : DAY_COLUMN_ORDER.indexOf(spec.denominator());
    String cover = org.amity.signal.daily.DayCounts.coverageOf(num);
    int coverColumn = cover == null ? -1 : DAY_COLUMN_ORDER.indexOf(cover);
    Map<String, DetectorInput> out = new TreeMap<>();
    for (var e : t.periods().entrySet()) {
      List<double[]> rows = t.rows().get(e.getKey());
      List<LocalDate> periods = e.getValue();
      if (coverColumn >= 0) {
        // a count only some sources give: read where such a source covered the subject
        int[] range =
            org.amity.signal.daily.DayCounts.coveredRange(
                rows.stream().mapToDouble(row -> row[coverColumn]).toArray());
        if (range == null) {
          continue;
        }
        rows = rows.subList(range[0], range[1] + 1);
        periods = periods.subList(range[0], range[1] + 1);
      }
      List<double[]> cells = new ArrayList<>();
      for (double[] row : rows) {
        double x = 0;
        for (int i : n) {
          x += row[i];
        }
        cells.add(new double[] {x, d < 0 ? 0 : row[d]});
      }
      flush(out, e.getKey(), new ArrayList<>(periods), cells, spec.resolution(), d >= 0);
      out.computeIfPresent(e.getKey(), (k, in) -> in.coveredBy(news, spec.resolution()));
    }
    return out;
  }

  /** Dyad specs read either both directions combined (A-B) or each direction (A>B). */
  private static String dyadFilter(DetectionSpec spec) {
    if (spec.scope() != Scope.DYAD) {
      return "";
    }
    return spec.directed() ? " AND contains(subject, '>')" : " AND contains(subject, '-')";
  }

  private static void requireColumn(DetectionSpec spec, String col) {
    if (!DAY_COLUMNS.contains(col)) {
      throw new IllegalArgumentException(
          "detector spec "
              + spec.name()
              + " names '"
              + col
              + "', which is not an event-derived count (use one of "
              + new TreeSet<>(DAY_COLUMNS)
              + ")");
    }
  }

  /** Adds one subject's points, filling missing periods with zeros, and clears the buffers. */
  private static void flush(
      Map<String, DetectorInput> out,
      String subject,
      List<LocalDate> periods,
      List<double[]> cells,
      Resolution r,
      boolean ratio) {
    if (subject == null || periods.isEmpty()) {
      periods.clear();
      cells.clear();
      return;
    }
    List<LocalDate> all = new ArrayList<>();
    for (LocalDate d = periods.get(0); !d.isAfter(periods.get(periods.size() - 1)); d = r.next(d)) {
      all.add(d);
    }
    double[] n = new double[all.size()];
    double[] v = ratio ? new double[all.size()] : null;
    int k = 0;
    for (int i = 0; i < all.size() && k < periods.size(); i++) {
      if (all.get(i).equals(periods.get(k))) {
        n[i] = cells.get(k)[0];
        if (v != null) {
          v[i] = cells.get(k)[1];
        }
        k++;
      }
    }
    out.put(subject, new DetectorInput(all, n, v));
    periods.clear();
    cells.clear();
  }

  private long single(String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
