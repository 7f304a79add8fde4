package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.amity.event.SeaArea;
import org.amity.store.OpeningProgress;

/**
 * What the watch groups reports into incidents on, stored with every event at ingest ({@code
 * events.incident_hash}, {@code events.incident_class}), so that a full watch groups two stored
 * integers instead of hashing the key's text and looking up its countries in the watch list for
 * every one of millions of reports.
 *
 * <p>{@code incident_hash} is DuckDB's 64-bit hash of the incident key (source and target actor
 * codes, CAMEO code, action, source and target countries, sea area), as {@link IndicatorTables}
 * always grouped on. {@code incident_class} packs what an incident counts for without depending on
 * any setting: the three countries, each as its three letters A-Z in 5 bits apiece (0 for none,
 * {@value #OTHER} for a code that is not three capital letters), the sea area's place in {@link
 * SeaArea} (0 for none, 15 for a name Amity does not know), and three flags of the CAMEO code
 * (humanitarian, state coercion, abduction). The watch list is applied at watch time, to the few
 * thousand distinct classes, never to the rows. {@code rebel_mc} and {@code pirate} are the rebels'
 * and the pirates' tests of one report (see {@link #REBEL}, {@link #PIRATE}), stored beside them
 * for the same reason.
 *
 * <p>All of them depend on this program (the hash function of the DuckDB it embeds, the sea areas
 * and the code lists it ships), not on the watch settings; the packing's fingerprint is kept in
 * {@code watch_state}, and when a store is opened by a program whose fingerprint differs (or the
 * columns were just added by the migration) every stored row is filled again by {@link #ensure}.
 */
final class IncidentKeys {
  /** A country code that is not three capital letters. */
  static final int OTHER = 32767;

  /** Where the sea area and the code's flags start in a class. */
  static final int SEA_SHIFT = 45;

  static final int FLAGS_SHIFT = 49;

  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

  private static final String HASH =
      "hash(src_code, tgt_code, event_code, action_country, src_country, tgt_country, sea_area)";

  private static final String CLASS =
      "("
          + countryCode("src_country")
          + " + ("
          + countryCode("action_country")
          + " << 15) + ("
          + countryCode("tgt_country")
          + " << 30) + ("
          + seaCode("sea_area")
          + "::BIGINT << "
          + SEA_SHIFT
          + ") + "
          + Profile.codeFlags(1L << FLAGS_SHIFT)
          + ")";

  /**
   * Whether the report is material conflict on land with rebels, insurgents or separatists among a
   * side's stored types ({@link IndicatorTables#rebelMaterialConflictSql}): a property of the
   * report, not of its incident (the types are not part of the key), so a column of its own rather
   * than a flag of the class, which the watch groups on. Stored so that the watch reads one boolean
   * instead of six type columns of text (docs/decisions.md, "The rebels' test stored at ingest").
   */
  private static final String REBEL = IndicatorTables.rebelMaterialConflictSql();

  /**
   * Whether the report is a seizure or abduction by pirates ({@link IndicatorTables#piracySql}):
   * also a property of the report (its source's types and its division), stored for the same
   * reason.
   */
  private static final String PIRATE = IndicatorTables.piracySql();

  /** Each derived column's SQL expression over the other columns of an event row, in order. */
  private static final Map<String, String> EXPRESSIONS = new LinkedHashMap<>();

  static {
    EXPRESSIONS.put("incident_hash", HASH);
    EXPRESSIONS.put("incident_class", CLASS);
    EXPRESSIONS.put("rebel_mc", REBEL);
    EXPRESSIONS.put("pirate", PIRATE);
  }

  /** The derived columns, which the Flink job does not write (the cluster store computes them). */
  static final List<String> DERIVED = List.copyOf(EXPRESSIONS.keySet());

  private static final String KEY = "incident_class";

  /** Row ids filled again per transaction by {@link #ensure}. */
  static final long CHUNK_ROWS = 1_000_000;

  /** How the stored fingerprint starts while a refill is under way: no program's fingerprint. */
  static final String REFILLING = "refilling:";

  private IncidentKeys() {}

  /** The derived columns' values, as SQL expressions over the other columns of an event row. */
  static String values() {
    return String.join(", ", EXPRESSIONS.values());
  }

  /** The derived columns' names, in the order of {@link #values}. */
  static String names() {
    return String.join(", ", DERIVED);
  }

  /** The expression of one derived column (one of {@link #DERIVED}). */
  static String expression(String column) {
    String expression = EXPRESSIONS.get(column);
    if (expression == null) {
      throw new IllegalArgumentException("not a derived column of events: " + column);
    }
    return expression;
  }

  /** {@code column = expression, ...} for every derived column, for an UPDATE. */
  private static String assignments() {
    List<String> out = new ArrayList<>();
    EXPRESSIONS.forEach((column, expression) -> out.add(column + " = " + expression));
    return String.join(", ", out);
  }

  /**
   * The packing's fingerprint: it changes with the code lists, the sea areas or the packing, and
   * with the embedded DuckDB's hash function (the hash of one fixed key is part of it), so that a
   * DuckDB upgrade that hashed keys otherwise never mixes old and new hashes of one incident.
   */
  static String fingerprint(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT hash('AMITY', 'PROBE', '190', 'PHL', 'CHN', 'VNM', 'SOUTH_CHINA_SEA')")) {
      rs.next();
      return "v1:" + Integer.toHexString(values().hashCode()) + ":" + rs.getString(1);
    }
  }

  /**
   * Whether classes can stand for these watched countries and sea areas: every country three
   * capital letters (so that a country packed as {@value #OTHER} is never one of them), every sea
   * area one Amity knows.
   */
  static boolean canDecode(Collection<String> countries, Collection<String> seas) {
    return countries.stream().allMatch(c -> CODE.matcher(c).matches())
        && seaNames().containsAll(seas);
  }

  /**
   * SQL columns {@code src_country, action_country, tgt_country, sea_area} decoded from a class
   * {@code k}: a country packed as {@value #OTHER} decodes as "?", which is in no watch list.
   */
  static String decode() {
    return decodeCountry("k & 32767")
        + " AS src_country, "
        + decodeCountry("(k >> 15) & 32767")
        + " AS action_country, "
        + decodeCountry("(k >> 30) & 32767")
        + " AS tgt_country, CASE WHEN ((k >> "
        + SEA_SHIFT
        + ") & 15) = 0 THEN NULL ELSE (["
        + IndicatorTables.sqlList(Set.copyOf(seaNames()))
        + "])[(k >> "
        + SEA_SHIFT
        + ") & 15] END AS sea_area";
  }

  /**
   * Fills the derived columns of every stored row when the stored fingerprint is not this program's
   * (a store that predates them, or one written by an Amity that packed them otherwise), telling
   * {@code progress} what it does and why, then the rows done after each part.
   *
   * <p>The rows are filled in parts of {@link #CHUNK_ROWS} row ids, each part in a transaction of
   * its own that also stores {@value #REFILLING} and the wanted fingerprint in place of the
   * fingerprint; the last part stores the fingerprint itself. A refill stopped anywhere (killed, or
   * a part failed) leaves a value that is no program's fingerprint, so it is never taken for a
   * finished one: the next open, by any program, fills every row again. DuckDB renumbers row ids
   * only when a checkpoint vacuums deleted rows, so automatic checkpoints are held off until the
   * last part has committed (the committed parts are safe in the write-ahead log meanwhile).
   */
  static void ensure(Connection c, OpeningProgress progress) throws SQLException {
    ensure(c, progress, CHUNK_ROWS);
  }

  /** As {@link #ensure(Connection, OpeningProgress)}, in parts of {@code chunkRows} row ids. */
  static void ensure(Connection c, OpeningProgress progress, long chunkRows) throws SQLException {
    if (!isTable(c)) {
      return;
    }
    String want = fingerprint(c);
    String stored = stored(c);
    if (want.equals(stored)) {
      return;
    }
    long[] rows = rows(c);
    long total = rows[0];
    if (total == 0) {
      fill(c, 0, -1, want);
      return;
    }
    progress.starting(
        String.format(
            Locale.ROOT,
            "refilling incident keys of %,d events (%s)",
            total,
            stored == null
                ? "stored by a build that did not store them"
                : stored.startsWith(REFILLING)
                    ? "an earlier refill was interrupted"
                    : "stored by a build that packs them otherwise"));
    String threshold = setting(c, "checkpoint_threshold");
    try (Statement s = c.createStatement()) {
      s.execute("SET checkpoint_threshold = '1000 GiB'");
      try {
        long done = 0;
        for (long from = rows[1]; from <= rows[2]; from += chunkRows) {
          boolean last = from + chunkRows > rows[2];
          done += fill(c, from, from + chunkRows - 1, last ? want : REFILLING + want);
          progress.advanced(done, total);
        }
      } finally {
        s.execute("SET checkpoint_threshold = '" + threshold + "'");
      }
      s.execute("CHECKPOINT");
    } finally {
      progress.finished();
    }
  }

  private static String stored(Connection c) throws SQLException {
    return WatchState.get(c, KEY);
  }

  /** The stored rows, the least and the greatest row id. */
  private static long[] rows(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*), min(rowid), max(rowid) FROM events")) {
      rs.next();
      return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
    }
  }

  private static String setting(Connection c, String name) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT current_setting('" + name + "')")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /**
   * Fills the rows whose row id lies between {@code from} and {@code to} (none when {@code to <
   * from}) and stores {@code state} as the packing's fingerprint, in one transaction; the rows
   * filled.
   */
  private static long fill(Connection c, long from, long to, String state) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try (Statement s = c.createStatement();
        PreparedStatement p =
            c.prepareStatement("INSERT OR REPLACE INTO watch_state VALUES (?, ?)")) {
      long rows =
          to < from
              ? 0
              : s.executeUpdate(
                  "UPDATE events SET "
                      + assignments()
                      + " WHERE rowid BETWEEN "
                      + from
                      + " AND "
                      + to);
      p.setString(1, KEY);
      p.setString(2, state);
      p.executeUpdate();
      c.commit();
      return rows;
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  /**
   * Fills the derived columns of rows stored without them (by a path that did not know them); a
   * scan of one integer column when there are none.
   */
  static void fillMissing(Statement s) throws SQLException {
    if (isTable(s.getConnection())) {
      s.execute(
          "UPDATE events SET "
              + assignments()
              + " WHERE "
              + String.join(" OR ", DERIVED.stream().map(d -> d + " IS NULL").toList()));
    }
  }

  /**
   * Whether some row of {@code events} (a table) lacks a derived column: DuckDB answers from the
   * columns' statistics when none can be NULL, else scans them to the first NULL.
   */
  static boolean anyMissing(Statement s) throws SQLException {
    try (ResultSet rs =
        s.executeQuery(
            "SELECT EXISTS (SELECT 1 FROM events WHERE "
                + String.join(" OR ", DERIVED.stream().map(d -> d + " IS NULL").toList())
                + ")")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  /**
   * The derived columns of the rows read, computed for a row stored without them: for a copy of a
   * few days' events, where this costs less than looking for such rows in the whole table.
   */
  static String orComputed() {
    List<String> out = new ArrayList<>();
    EXPRESSIONS.forEach(
        (c, expression) -> out.add("coalesce(" + c + ", " + expression + ") AS " + c));
    return String.join(", ", out);
  }

  /** Whether {@code events} is a table (not the cluster store's view, which computes them). */
  static boolean isTable(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND"
                    + " table_name = 'events' AND table_type = 'BASE TABLE'")) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }

  static List<String> seaNames() {
    List<String> out = new ArrayList<>();
    for (SeaArea a : SeaArea.values()) {
      out.add(a.name());
    }
    return out;
  }

  /**
   * The SQL expression of a sea area's part of a class: its place in {@link SeaArea} (0 for none,
   * 15 for a name Amity does not know).
   */
  static String seaCode(String column) {
    return "(CASE WHEN "
        + column
        + " IS NULL THEN 0 ELSE coalesce(list_position(["
        + IndicatorTables.sqlList(Set.copyOf(seaNames()))
        + "], "
        + column
        + "), 15) END)";
  }

  /**
   * The SQL expression (a BIGINT) of a country's part of a class: its three letters A-Z in 5 bits
   * apiece, 0 for none, {@value #OTHER} for a code that is not three capital letters.
   */
  static String countryCode(String column) {
    StringBuilder letters = new StringBuilder();
    StringBuilder value = new StringBuilder();
    for (int i = 1; i <= 3; i++) {
      letters.append(" AND ascii(").append(column).append("[").append(i).append("])");
      letters.append(" BETWEEN 65 AND 90");
      value.append(i > 1 ? " + " : "").append("(ascii(").append(column).append("[").append(i);
      value.append("]) - 64) * ").append(i == 1 ? 1024 : i == 2 ? 32 : 1);
    }
    return "(CASE WHEN "
        + column
        + " IS NULL THEN 0 WHEN length("
        + column
        + ") = 3"
        + letters
        + " THEN "
        + value
        + " ELSE "
        + OTHER
        + " END)::BIGINT";
  }

  private static String decodeCountry(String value) {
    String v = "(" + value + ")";
    return "CASE WHEN "
        + v
        + " = 0 THEN NULL WHEN "
        + v
        + " = "
        + OTHER
        + " THEN '?' ELSE chr(64 + ("
        + v
        + " >> 10)::INTEGER) || chr(64 + ((("
        + v
        + ") >> 5) & 31)::INTEGER) || chr(64 + (("
        + v
        + ") & 31)::INTEGER) END";
  }
}
