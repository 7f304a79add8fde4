package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amity.event.ConflictArea;
import org.amity.event.Event;
import org.amity.event.EventKinds;
import org.amity.pipeline.WatchStore;
import org.amity.signal.EvidencePool;
import org.amity.signal.Scope;
import org.amity.signal.daily.EventClass;
import org.amity.signal.daily.EvidenceReports;

/**
 * Finds, for many alert windows at once, the incidents behind each (reports collapsed, the most
 * reported first, then the most conflictual), and how much of the parties' traffic in each window
 * involved an outside great power. One pass over the events per kind of membership, however many
 * alerts there are. A conflict area's windows (scope theatre) draw from candidates of their own:
 * the reports whose action place is in one of their areas ({@link IndicatorTables#conflictArea},
 * the rule of the areas' series), read in one scan of the division column, so that the other
 * windows' candidates are not widened by the place columns. A sea area's pirates' windows also draw
 * from the pirates on its coast ({@link IndicatorTables#seaCoast}, the rule of the pirates' day
 * counts), read in one scan filtered on the flag stored at ingest.
 */
final class EvidenceQueries {
  /** The columns the evidence joins read from a candidate event. */
  private static final String POOL_COLUMNS =
      "event_date, src_code, tgt_code, event_code, action_country, num_articles, native_id,"
          + " goldstein, quad_class, src_type1, tgt_type1, rebel_mc, pirate, src_country,"
          + " tgt_country, sea_area, fatalities, "
          + EvidenceReports.partSql()
          + " AS "
          + EvidenceReports.PART;

  /** The columns the great-power counts read from a candidate event. */
  private static final String PARTY_COLUMNS =
      "dataset, native_id, event_date, src_country, tgt_country, src_group, tgt_group";

  /** Both, once each. */
  private static final String SHARED_COLUMNS = POOL_COLUMNS + ", dataset, src_group, tgt_group";

  private final Connection c;

  /** Whether {@link #prepare} has read the candidates of the next pools and counts. */
  private boolean prepared;

  /** Whether {@link #prepare} has read the conflict areas' candidates of the next pools. */
  private boolean preparedAreas;

  /** Whether {@link #prepare} has read the sea coasts' candidates of the next pools. */
  private boolean preparedCoasts;

  EvidenceQueries(Connection c) {
    this.c = c;
  }

  /**
   * Reads the candidate events of both {@link #pools} and {@link #greatPowerCounts} for these
   * windows in one scan of the store (each would otherwise scan it alone): the union of the events
   * either could draw from, over the union of their periods. Each query's own joins then pick its
   * events from this superset exactly as from its own candidates, so the results are the same. The
   * table lives until {@link #greatPowerCounts} has run.
   */
  void prepare(List<WatchStore.EvidenceWindow> windows, List<WatchStore.PartyWindow> parties)
      throws SQLException {
    if (windows.isEmpty() && parties.isEmpty()) {
      return;
    }
    StepClock clock = new StepClock();
    List<Key> keys = keys(windows, parties);
    List<LocalDate> from = new ArrayList<>();
    List<LocalDate> to = new ArrayList<>();
    windows.forEach(w -> from.add(w.from()));
    windows.forEach(w -> to.add(w.to()));
    parties.forEach(w -> from.add(w.from()));
    parties.forEach(w -> to.add(w.to()));
    LocalDate first = from.stream().min(LocalDate::compareTo).get();
    LocalDate last = to.stream().max(LocalDate::compareTo).get();
    Set<String> countries = new java.util.TreeSet<>();
    Set<String> areas = new java.util.TreeSet<>();
    for (Key k : keys) {
      (k.part() == 3 ? areas : countries).add(k.value());
    }
    if (IncidentKeys.isTable(c) && IncidentKeys.canDecode(countries, areas)) {
      candidatesByClass(keys, first, last);
    } else {
      candidates("evidence_candidates", SHARED_COLUMNS, first, last, valuesByColumn(keys));
    }
    prepared = true;
    preparedAreas = areaCandidates(AREA_CANDIDATES, windows);
    preparedCoasts = coastCandidates(COAST_CANDIDATES, windows);
    clock.mark("evidence: shared candidates");
  }

  /**
   * A value one of the keyed columns must hold for an event to be a candidate of a window, and the
   * window's days: {@code part} is the column's place in a class and in {@link #KEY_COLUMNS} (0
   * source, 1 action, 2 target country, 3 sea area).
   */
  private record Key(int part, String value, LocalDate from, LocalDate to) {}

  /** The event columns the keys' parts stand for, in the order of {@link Key#part}. */
  private static final String[] KEY_COLUMNS = {
    "src_country", "action_country", "tgt_country", "sea_area"
  };

  /** The values of the keys by the column they are matched on (columns without a key left out). */
  private static Map<String, Set<String>> valuesByColumn(List<Key> keys) {
    Map<String, Set<String>> out = new java.util.TreeMap<>();
    for (Key k : keys) {
      out.computeIfAbsent(KEY_COLUMNS[k.part()], x -> new java.util.TreeSet<>()).add(k.value());
    }
    return out;
  }

  /** The class parts of the keyed columns, in the order of {@link Key#part}, of a class %1$s. */
  private static final String[] PARTS = {
    "%1$s & 32767",
    "(%1$s >> 15) & 32767",
    "(%1$s >> 30) & 32767",
    "(%1$s >> " + IncidentKeys.SEA_SHIFT + ") & 15"
  };

  /**
   * Every (column, value, days) an event of some window is matched on, exactly as the joins of
   * {@link #pools} and {@link #greatPowerCounts} match it: a country window's country as source or
   * place, a dyad window's parties as source, an area window's sea area, a party window's parties
   * as source or target.
   */
  private static List<Key> keys(
      List<WatchStore.EvidenceWindow> windows, List<WatchStore.PartyWindow> parties) {
    List<Key> out = new ArrayList<>();
    for (WatchStore.EvidenceWindow w : windows) {
      switch (w.scope()) {
        case COUNTRY -> {
          out.add(new Key(0, w.subject(), w.from(), w.to()));
          out.add(new Key(1, w.subject(), w.from(), w.to()));
        }
        case DYAD -> {
          for (String party : w.subject().split("[->]")) {
            out.add(new Key(0, party, w.from(), w.to()));
          }
        }
        case AREA -> out.add(new Key(3, w.subject(), w.from(), w.to()));
        default -> {
          // regions have no evidence of their own; conflict areas have their own candidates
        }
      }
    }
    for (WatchStore.PartyWindow w : parties) {
      for (String party : w.parties()) {
        out.add(new Key(0, party, w.from(), w.to()));
        out.add(new Key(2, party, w.from(), w.to()));
      }
    }
    return out;
  }

  /**
   * The shared candidates chosen by the class stored with each event ({@link IncidentKeys}), which
   * holds the source, action and target countries and the sea area the joins match on: first one
   * scan of two integer columns (day and class, the filter pushed into DuckDB's scan), then the row
   * ids whose class part and day fall in one window of their own value (not in the span of all
   * windows), and only for those the columns the joins read. Every value is a country of three
   * capital letters or a known sea area ({@link IncidentKeys#canDecode}), so an event that a join
   * matches has that value's code in its class; a row without a class is taken whatever it holds.
   * The candidates are therefore a superset of what the joins match, and the joins, which test the
   * columns themselves, choose the same events as from the scan of {@link #candidates}.
   */
  private void candidatesByClass(List<Key> keys, LocalDate from, LocalDate to) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMP TABLE evidence_keys (part INTEGER, value VARCHAR, d0 DATE, d1"
              + " DATE)");
    }
    try (PreparedStatement p =
        c.prepareStatement("INSERT INTO evidence_keys VALUES (?, ?, ?, ?)")) {
      for (Key k : keys) {
        p.setInt(1, k.part());
        p.setString(2, k.value());
        p.setObject(3, k.from());
        p.setObject(4, k.to());
        p.addBatch();
      }
      p.executeBatch();
    }
    // each value's code, by the expressions that packed the stored classes
    Map<Integer, Set<Long>> codes = new java.util.TreeMap<>();
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMP TABLE evidence_codes AS SELECT DISTINCT part, CASE WHEN part = 3"
              + " THEN "
              + IncidentKeys.seaCode("value")
              + "::BIGINT ELSE "
              + IncidentKeys.countryCode("value")
              + " END AS code, d0, d1 FROM evidence_keys");
      try (ResultSet rs = s.executeQuery("SELECT DISTINCT part, code FROM evidence_codes")) {
        while (rs.next()) {
          codes.computeIfAbsent(rs.getInt(1), x -> new java.util.TreeSet<>()).add(rs.getLong(2));
        }
      }
    }
    List<String> any = new ArrayList<>(List.of("k IS NULL"));
    codes.forEach(
        (part, values) ->
            any.add(
                "("
                    + String.format(java.util.Locale.ROOT, PARTS[part], "k")
                    + ") IN ("
                    + String.join(", ", values.stream().map(String::valueOf).toList())
                    + ")"));
    List<String> matched = new ArrayList<>(List.of("SELECT rid FROM r WHERE k IS NULL"));
    for (int part : codes.keySet()) {
      matched.add(
          "SELECT r.rid FROM r JOIN evidence_codes x ON x.part = "
              + part
              + " AND x.code = ("
              + String.format(java.util.Locale.ROOT, PARTS[part], "r.k")
              + ") AND r.d BETWEEN x.d0 AND x.d1");
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMP TABLE evidence_candidates AS WITH r AS MATERIALIZED (SELECT rid,"
              + " d, k FROM (SELECT rowid AS rid, event_date AS d, incident_class AS k FROM events"
              + " WHERE event_date BETWEEN DATE '"
              + from
              + "' AND DATE '"
              + to
              + "') WHERE "
              + String.join(" OR ", any)
              + ") SELECT rowid AS rid, "
              + SHARED_COLUMNS
              + " FROM events WHERE rowid IN ("
              + String.join(" UNION ALL ", matched)
              + ")");
    }
    drop("evidence_keys", "evidence_codes");
  }

  Map<Integer, List<EvidencePool.Item>> pools(
      List<WatchStore.EvidenceWindow> windows, int perWindow) throws SQLException {
    Map<Integer, List<EvidencePool.Item>> out = new HashMap<>();
    if (windows.isEmpty()) {
      return out;
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMP TABLE alert_windows (k INTEGER, scope VARCHAR, subject VARCHAR,"
              + " a VARCHAR, b VARCHAR, directed BOOLEAN, d0 DATE, d1 DATE, cls VARCHAR)");
    }
    try (PreparedStatement p =
        c.prepareStatement("INSERT INTO alert_windows VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (WatchStore.EvidenceWindow w : windows) {
        String[] ab = w.scope() == Scope.DYAD ? w.subject().split("[->]") : new String[2];
        p.setInt(1, w.key());
        p.setString(2, w.scope().key());
        p.setString(3, w.subject());
        p.setString(4, ab[0]);
        p.setString(5, ab.length > 1 ? ab[1] : null);
        p.setBoolean(6, w.subject().contains(">"));
        p.setObject(7, w.from());
        p.setObject(8, w.to());
        p.setString(9, EventClass.valueOf(w.eventClass()).name()); // checks the name
        p.addBatch();
      }
      p.executeBatch();
    }
    StepClock clock = new StepClock();
    // the events any window can draw from, read from the store once (not once per kind of
    // membership): within the windows' span, with a window's country as source or place, a
    // dyad's party as source, or a window's sea area (or the shared candidates, a superset)
    String from = "evidence_candidates";
    if (!prepared) {
      from = "evidence_events";
      candidates(
          from,
          POOL_COLUMNS,
          windows.stream().map(WatchStore.EvidenceWindow::from).min(LocalDate::compareTo).get(),
          windows.stream().map(WatchStore.EvidenceWindow::to).max(LocalDate::compareTo).get(),
          valuesByColumn(keys(windows, List.of())));
    }
    String areas = AREA_CANDIDATES;
    if (!preparedAreas && areaCandidates("evidence_area_events", windows)) {
      areas = "evidence_area_events";
    }
    boolean anyArea = windows.stream().anyMatch(w -> w.scope() == Scope.THEATRE);
    String coasts = COAST_CANDIDATES;
    if (!preparedCoasts && coastCandidates("evidence_coast_events", windows)) {
      coasts = "evidence_coast_events";
    }
    boolean anyCoast = windows.stream().anyMatch(EvidenceQueries::onCoasts);
    clock.mark("evidence: candidates");
    String sql =
        "WITH "
            + members(from, areas, coasts, anyArea, anyCoast)
            + ","
            + " g AS (SELECT *, count(*) OVER incident AS reports, row_number() OVER (PARTITION BY"
            + " k, "
            + GROUP
            + " ORDER BY num_articles DESC, native_id) AS rn FROM f"
            + " WINDOW incident AS (PARTITION BY k, "
            + GROUP
            + ")), top AS (SELECT * FROM"
            + " (SELECT k, rid, reports, row_number() OVER (PARTITION BY k ORDER BY reports DESC,"
            + " goldstein, event_date, native_id) AS pos FROM g WHERE rn = 1) WHERE pos <= "
            + perWindow
            + ") SELECT k, rid, reports, pos FROM top";
    try (Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE evidence_top AS " + sql);
    }
    clock.mark("evidence: ranking");
    // whole events for the winners only, fetched by row id (a join on the row id would read every
    // column of every stored event), with only the columns an event is read from
    String fetch =
        "SELECT t.k, t.reports, t.pos, e.* FROM evidence_top t JOIN (SELECT rowid AS rid, "
            + EventColumns.READ
            + " FROM events WHERE rowid IN (SELECT rid FROM evidence_top)) e ON e.rid = t.rid"
            + " ORDER BY t.k, t.pos";
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(fetch)) {
      while (rs.next()) {
        Event e = EventColumns.read(rs);
        out.computeIfAbsent(rs.getInt("k"), x -> new ArrayList<>())
            .add(new EvidencePool.Item(e, rs.getInt("reports")));
      }
    }
    clock.mark("evidence: fetch");
    drop("evidence_events", "evidence_area_events", "evidence_coast_events", "evidence_top");
    return out;
  }

  /**
   * What an evidence item collapses: the rows of one day with the same source and target actor
   * codes, CAMEO code and action country (coarser than the incident key of {@link IncidentKeys},
   * which also tells the countries and the sea area apart), and the same file of a dataset of
   * several files ({@link EvidenceReports#partSql}, as the candidates' column {@code ev_part}), the
   * columns of the partition.
   */
  static final String GROUP =
      "event_date, src_code, tgt_code, event_code, action_country, " + EvidenceReports.PART;

  /** The SQL expression over an event row of one column of {@link #GROUP}. */
  private static String groupExpression(String column) {
    return column.equals(EvidenceReports.PART) ? EvidenceReports.partSql() : column;
  }

  /**
   * The common table expressions {@code m} (the reports of each window of {@code alert_windows}:
   * its subject's reports within its days, from the candidates {@code from}, the conflict areas'
   * {@code areas} and the sea coasts' {@code coasts}) and {@code f} (those of the window's class),
   * without the leading WITH: the one definition of which rows a window's evidence is drawn from,
   * for the pools and for the rows behind one item ({@link #records}).
   */
  static String members(
      String from, String areas, String coasts, boolean anyArea, boolean anyCoast) {
    String hum = IndicatorTables.sqlList(EventKinds.HUMANITARIAN_CODES);
    String humanitarian =
        "(e.event_code IN (" + hum + ") OR e.src_type1 = 'REF' OR e.tgt_type1 = 'REF')";
    String on = " AND e.event_date BETWEEN w.d0 AND w.d1";
    // the join reads only the columns that choose and rank; whole rows are fetched for the winners
    String pickFrom =
        "SELECT w.k, w.cls, e.rid, e.event_date, e.src_code, e.tgt_code, e.event_code,"
            + " e.action_country, e.num_articles, e.native_id, e.goldstein, e.quad_class,"
            + " e.src_type1, e.tgt_type1, e.rebel_mc, e.pirate, e.sea_area, e.fatalities, e."
            + EvidenceReports.PART
            + " FROM"
            + " alert_windows w"
            + " JOIN %s e ON ";
    String pick = String.format(java.util.Locale.ROOT, pickFrom, from);
    return "m AS ("
        + pick
        + "w.scope = 'country' AND e.src_country = w.subject AND NOT (coalesce(e.event_code IN ("
        + hum
        + "), false) AND e.action_country IS NOT NULL AND e.action_country <> w.subject)"
        + on
        + " UNION ALL "
        + pick
        + "w.scope = 'country' AND e.action_country = w.subject AND e.src_country IS DISTINCT"
        + " FROM w.subject AND (e.sea_area IS NULL OR e.tgt_country = w.subject)"
        + on
        + " UNION ALL "
        + pick
        + "w.scope = 'dyad' AND e.src_country = w.a AND e.tgt_country = w.b"
        + on
        + " UNION ALL "
        + pick
        + "w.scope = 'dyad' AND NOT w.directed AND e.src_country = w.b AND e.tgt_country = w.a"
        + on
        + " UNION ALL "
        + pick
        + "w.scope = 'area' AND e.sea_area = w.subject"
        + on
        + (anyArea
            ? " UNION ALL "
                + String.format(java.util.Locale.ROOT, pickFrom, areas)
                + "w.scope = 'theatre' AND e.area = w.subject"
                + on
            : "")
        + (anyCoast
            ? " UNION ALL "
                + String.format(java.util.Locale.ROOT, pickFrom, coasts)
                + "w.scope = 'area' AND w.cls = 'PIRATE' AND e.coast = w.subject"
                + on
            : "")
        + "), f AS (SELECT * FROM m e WHERE cls = 'ALL' OR (cls = 'CONFLICT' AND quad_class >= 3)"
        + " OR (cls = 'MATERIAL' AND quad_class = 4) OR (cls = 'HUMANITARIAN' AND "
        + humanitarian
        + ") OR (cls = 'COERCION' AND "
        + IndicatorTables.coercionSql("e.event_code")
        + ") OR (cls = 'REBEL' AND e.rebel_mc) OR (cls = 'PIRATE' AND e.pirate)"
        + " OR (cls = 'DEADLY' AND e.fatalities > 0) OR (cls = 'ABDUCTION' AND"
        + " starts_with(e.event_code, '"
        + EventKinds.ABDUCTION_ROOT
        + "')))";
  }

  /**
   * The stored rows behind one evidence item: the rows of the shown row's day and evidence group
   * ({@link #GROUP}) among those a window of {@code scope}, {@code subject} and class {@code cls}
   * draws from ({@link #members}, the rule that counted the item), the shown row first, then by
   * dataset and native id. Reads no row id, so that it runs on the cluster store's view as well.
   *
   * @return the rows, empty when the shown row is not stored or is not among the window's rows
   */
  List<Event> records(Scope scope, String subject, String cls, String dataset, String nativeId)
      throws SQLException {
    String[] group = GROUP.split(", ");
    Object[] key = new Object[group.length];
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT "
                + String.join(
                    ", ",
                    java.util.Arrays.stream(group).map(EvidenceQueries::groupExpression).toList())
                + " FROM events WHERE dataset = ? AND native_id = ? LIMIT 1")) {
      p.setString(1, dataset);
      p.setString(2, nativeId);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          return List.of();
        }
        for (int i = 0; i < group.length; i++) {
          key[i] =
              group[i].equals("event_date")
                  ? rs.getObject(i + 1, LocalDate.class)
                  : rs.getObject(i + 1);
        }
      }
    }
    LocalDate day = (LocalDate) key[0];
    List<String> same = new ArrayList<>();
    for (String column : group) {
      // the day is never null, and an equality lets DuckDB skip the row groups of other days
      same.add(
          groupExpression(column)
              + (column.equals("event_date") ? " = ?" : " IS NOT DISTINCT FROM ?"));
    }
    boolean area = scope == Scope.THEATRE;
    boolean coast = scope == Scope.AREA && EventClass.valueOf(cls) == EventClass.PIRATE;
    String sql =
        "WITH alert_windows AS (SELECT 0 AS k, ?::VARCHAR AS scope, ?::VARCHAR AS subject,"
            + " ?::VARCHAR AS a, ?::VARCHAR AS b, ?::BOOLEAN AS directed, ?::DATE AS d0, ?::DATE"
            + " AS d1, ?::VARCHAR AS cls), day AS MATERIALIZED (SELECT row_number() OVER () AS"
            + " rid, "
            + EventColumns.READ
            + ", "
            + IncidentKeys.orComputed()
            + ", "
            + EvidenceReports.partSql()
            + " AS "
            + EvidenceReports.PART
            + " FROM events WHERE "
            + String.join(" AND ", same)
            + "), areas AS (SELECT * FROM (SELECT *, "
            + (area
                ? IndicatorTables.conflictArea("action_adm1", "action_precision", "action_country")
                : "NULL::VARCHAR")
            + " AS area FROM day) WHERE area IS NOT NULL), coasts AS (SELECT * FROM (SELECT *, "
            + (coast
                ? IndicatorTables.seaCoast(
                    "sea_area", "action_adm1", "action_precision", "action_country")
                : "NULL::VARCHAR")
            + " AS coast FROM day WHERE pirate) WHERE coast IS NOT NULL), "
            + members("day", "areas", "coasts", area, coast)
            + " SELECT * FROM day WHERE rid IN (SELECT rid FROM f) ORDER BY (dataset = ? AND"
            + " native_id = ?) DESC, dataset, native_id";
    String[] ab = scope == Scope.DYAD ? subject.split("[->]") : new String[2];
    List<Event> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      int i = 0;
      p.setString(++i, scope.key());
      p.setString(++i, subject);
      p.setString(++i, ab[0]);
      p.setString(++i, ab.length > 1 ? ab[1] : null);
      p.setBoolean(++i, subject.contains(">"));
      p.setObject(++i, day);
      p.setObject(++i, day);
      p.setString(++i, EventClass.valueOf(cls).name());
      for (Object v : key) {
        p.setObject(++i, v);
      }
      p.setString(++i, dataset);
      p.setString(++i, nativeId);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(EventColumns.read(rs));
        }
      }
    }
    boolean shown =
        out.stream().anyMatch(e -> e.dataset().equals(dataset) && e.nativeId().equals(nativeId));
    return shown ? out : List.of();
  }

  /**
   * For each window: [events with a party on either side, of which the other side is an outside
   * great power]. The EU counts as a great power through its known-group code EEC.
   */
  Map<Integer, long[]> greatPowerCounts(
      List<WatchStore.PartyWindow> windows, Set<String> greatPowers) throws SQLException {
    Map<Integer, long[]> out = new HashMap<>();
    if (windows.isEmpty()) {
      release();
      return out;
    }
    StepClock clock = new StepClock();
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMP TABLE party_windows (k INTEGER, party VARCHAR, parties VARCHAR[],"
              + " d0 DATE, d1 DATE)");
    }
    try (PreparedStatement p =
        c.prepareStatement("INSERT INTO party_windows VALUES (?, ?, string_split(?, ','), ?, ?)")) {
      for (WatchStore.PartyWindow w : windows) {
        for (String party : w.parties()) {
          p.setInt(1, w.key());
          p.setString(2, party);
          p.setString(3, String.join(",", w.parties()));
          p.setObject(4, w.from());
          p.setObject(5, w.to());
          p.addBatch();
        }
      }
      p.executeBatch();
    }
    boolean eu = greatPowers.contains("EU");
    String gp = IndicatorTables.sqlList(greatPowers);
    String other =
        "((NOT list_contains(parties, %1$s_country) AND %1$s_country IN ("
            + gp
            + "))"
            + (eu ? " OR %1$s_group = 'EEC'" : "")
            + ")";
    Set<String> all = new java.util.TreeSet<>();
    for (WatchStore.PartyWindow w : windows) {
      all.addAll(w.parties());
    }
    String from = "evidence_candidates";
    if (!prepared) {
      from = "party_events";
      candidates(
          from,
          PARTY_COLUMNS,
          windows.stream().map(WatchStore.PartyWindow::from).min(LocalDate::compareTo).get(),
          windows.stream().map(WatchStore.PartyWindow::to).max(LocalDate::compareTo).get(),
          Map.of("src_country", all, "tgt_country", all));
    }
    String pairs =
        "SELECT w.k, w.parties, e.dataset, e.native_id, e.src_country, e.tgt_country, e.src_group,"
            + " e.tgt_group FROM party_windows w JOIN "
            + from
            + " e ON e.%s = w.party AND e.event_date BETWEEN w.d0 AND w.d1";
    String sql =
        "WITH j AS ("
            + String.format(java.util.Locale.ROOT, pairs, "src_country")
            + " UNION ALL "
            + String.format(java.util.Locale.ROOT, pairs, "tgt_country")
            + "), m AS (SELECT DISTINCT k, dataset, native_id, CASE WHEN"
            + " list_contains(parties, src_country) THEN "
            + String.format(java.util.Locale.ROOT, other, "tgt")
            + " ELSE "
            + String.format(java.util.Locale.ROOT, other, "src")
            + " END AS outside FROM j w) SELECT k, count(*), count(*) FILTER (WHERE outside) FROM"
            + " m GROUP BY k";
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.put(rs.getInt(1), new long[] {rs.getLong(2), rs.getLong(3)});
      }
    }
    clock.mark("great powers");
    drop("party_events");
    release();
    return out;
  }

  /** Drops the shared candidates of {@link #prepare}, if any; the next queries read their own. */
  void release() throws SQLException {
    if (prepared) {
      prepared = false;
      preparedAreas = false;
      preparedCoasts = false;
      drop("evidence_candidates", AREA_CANDIDATES, COAST_CANDIDATES);
    }
  }

  /** The conflict areas' candidates that {@link #prepare} reads for the next pools. */
  private static final String AREA_CANDIDATES = "evidence_area_candidates";

  /**
   * Copies into temporary {@code table} the row id ({@code rid}), the pool's columns and the
   * conflict area ({@code area}) of the reports placed in the areas of the conflict-area windows
   * among {@code windows}, within those windows' span, in one scan filtered on the division column
   * (a few reports in a thousand match: 0.08 s on the 10M bench store, against 0.12 s for row ids
   * first and the rows by id). Nothing when there is no such window.
   *
   * @return whether there was a conflict-area window (and so the table)
   */
  private boolean areaCandidates(String table, List<WatchStore.EvidenceWindow> windows)
      throws SQLException {
    List<WatchStore.EvidenceWindow> areas =
        windows.stream().filter(w -> w.scope() == Scope.THEATRE).toList();
    Set<String> keys = new java.util.TreeSet<>();
    areas.forEach(w -> keys.addAll(ConflictArea.valueOf(w.subject()).divisionKeys()));
    return placed(
        table,
        areas,
        IndicatorTables.conflictArea("action_adm1", "action_precision", "action_country"),
        "area",
        IndicatorTables.anyOf("action_adm1", keys));
  }

  /**
   * Copies into temporary {@code table} the row id ({@code rid}), the pool's columns and a place
   * (the SQL expression {@code place}, as {@code column}) of the reports that match {@code filter}
   * and have a place, within the span of {@code windows}, in one scan. Nothing when there is no
   * window.
   *
   * @return whether there was a window (and so the table)
   */
  private boolean placed(
      String table,
      List<WatchStore.EvidenceWindow> windows,
      String place,
      String column,
      String filter)
      throws SQLException {
    if (windows.isEmpty()) {
      return false;
    }
    LocalDate first =
        windows.stream().map(WatchStore.EvidenceWindow::from).min(LocalDate::compareTo).get();
    LocalDate last =
        windows.stream().map(WatchStore.EvidenceWindow::to).max(LocalDate::compareTo).get();
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMP TABLE "
              + table
              + " AS SELECT * FROM (SELECT rowid AS rid, "
              + POOL_COLUMNS
              + ", "
              + place
              + " AS "
              + column
              + " FROM events WHERE event_date BETWEEN DATE '"
              + first
              + "' AND DATE '"
              + last
              + "' AND "
              + filter
              + ") WHERE "
              + column
              + " IS NOT NULL");
    }
    return true;
  }

  /** The sea coasts' candidates that {@link #prepare} reads for the next pools. */
  private static final String COAST_CANDIDATES = "evidence_coast_candidates";

  /** Whether a window is a sea area's pirates, whose evidence includes its coast's. */
  private static boolean onCoasts(WatchStore.EvidenceWindow w) {
    return w.scope() == Scope.AREA && EventClass.valueOf(w.eventClass()) == EventClass.PIRATE;
  }

  /**
   * Copies into temporary {@code table} the row id ({@code rid}), the pool's columns and the sea
   * area whose coast the report is on ({@code coast}, {@link IndicatorTables#seaCoast}, the rule of
   * the pirates' day counts) of the reports judged piracy at ingest ({@code pirate}) and placed on
   * a listed coast, within the span of the sea areas' pirates' windows among {@code windows}: one
   * scan filtered on the stored flag, which few reports carry. Nothing when there is no such
   * window.
   *
   * @return whether there was such a window (and so the table)
   */
  private boolean coastCandidates(String table, List<WatchStore.EvidenceWindow> windows)
      throws SQLException {
    return placed(
        table,
        windows.stream().filter(EvidenceQueries::onCoasts).toList(),
        IndicatorTables.seaCoast("sea_area", "action_adm1", "action_precision", "action_country"),
        "coast",
        "pirate");
  }

  private void drop(String... tables) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String t : tables) {
        s.execute("DROP TABLE IF EXISTS " + t);
      }
    }
  }

  /**
   * Copies into temporary {@code table} the row id ({@code rid}) and {@code columns} of the events
   * from {@code from} to {@code to} whose value in one of the keyed columns is one of its values:
   * one scan of the store, after which the joins read a small table.
   */
  private void candidates(
      String table,
      String columns,
      LocalDate from,
      LocalDate to,
      Map<String, Set<String>> valuesByColumn)
      throws SQLException {
    List<String> any = new ArrayList<>();
    new java.util.TreeMap<>(valuesByColumn)
        .forEach(
            (column, values) -> {
              if (!values.isEmpty()) {
                // a list position is much cheaper for DuckDB than an IN list or a disjunction
                any.add(
                    "coalesce(list_position(["
                        + IndicatorTables.sqlList(values)
                        + "], "
                        + column
                        + "), 0)");
              }
            });
    try (Statement s = c.createStatement()) {
      // the row ids first, from the few columns that choose (a filter over several columns is
      // not pushed into DuckDB's scan, which would otherwise decode every column of every row),
      // then the rows by id
      s.execute(
          "CREATE OR REPLACE TEMP TABLE "
              + table
              + " AS SELECT rowid AS rid, "
              + columns
              + " FROM events WHERE rowid IN (SELECT rowid FROM events WHERE event_date BETWEEN"
              + " DATE '"
              + from
              + "' AND DATE '"
              + to
              + "' AND "
              + (any.isEmpty() ? "false" : String.join(" + ", any) + " > 0")
              + ")");
    }
  }
}
