package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.amity.signal.daily.PositionedRecords;
import org.amity.store.TwinReports;

/**
 * Makes one maritime incident count once when the piracy files report it more than once: in both
 * files (IMB and NGA ASAM), or twice in one file (ASAM re-publishes an incident when a fuller or
 * corrected message comes in; the IMB file holds a few records copied with the date a day on). The
 * files carry no shared id, and they often code or place one incident differently (IMB's "Boarded"
 * where ASAM's narrative reports a kidnapping; IMB's nearest state where ASAM names none; dates a
 * day apart), so the incident key ({@link IncidentKeys}) keeps such reports apart and every count
 * runs up to twice the incidents.
 *
 * <p>Two reports can be one incident only when their positions are at most {@value #MAX_NM}
 * nautical miles apart (ASAM positions are rounded to whole minutes or put at a reference point,
 * and a ship underway moves about ten miles in the hour between the first alarm and the last
 * report), their kinds are compatible (the same kind, either unknown, or both on the one scale of
 * how far the attackers got: approach, attempt, shots, boarding, hijacking, kidnapping; an
 * explosion or a detention is a different event), and their vessels do not differ: when both name a
 * vessel it is the same vessel (below), and when both say a kind of vessel that excludes others
 * (tanker, bulk carrier, container ship, tug or barge, fishing boat, yacht) it is the same kind.
 * Then:
 *
 * <ol>
 *   <li><b>Repeated in one file</b> (first): two reports of the same file at most {@value
 *       #MAX_DAYS} day apart are one incident only when something says they are the same report:
 *       the same vessel named, or the same narrative (at least {@value #SAME_TEXT} of the shorter
 *       narrative's distinct words of four letters or more are in the other, and it has at least
 *       {@value #TEXT_WORDS} of them: a re-published message keeps the wording, while different
 *       incidents at one place share only the genre's phrases, and a line such as "Robbers boarded
 *       the ship" says nothing of which incident it is); and the narratives must not give different
 *       particulars (the first clock time of each among the other's times, the same number of
 *       attackers where both count them). Nearness alone is not enough inside one file: it is how
 *       one file reports two ships robbed at one anchorage on one night. A report kept here can
 *       take in further repeats (a message published three times).
 *   <li><b>Both files</b>: an IMB and an ASAM report at most {@value #MAX_DAYS} day apart (both
 *       date an incident from the master's report, one by local time and one by UTC, and night
 *       attacks straddle midnight); or at most {@value #MAX_REPORT_DAYS} days apart when both name
 *       the same vessel (both sources publish weekly, and a date taken from the report rather than
 *       the incident is off by up to a week; without a name nothing tells such a date from a new
 *       incident). Each report pairs with at most one report of the other file.
 * </ol>
 *
 * <p>Two names are <b>the same vessel</b> when, after dropping the words that only say what kind of
 * vessel it is or what state it was in ("MV", "BULK CARRIER", "UNDERWAY TANKER", "BARGE UNDER TOW",
 * also when misspelt by a letter: "COTAINER", "VESEEL"), their numbers are the same (fleets number
 * sister ships: "CP 31" is not "CP 32") and one contains the other or they differ by at most one
 * letter (names of five to seven letters) or two (eight or more): the files misspell names ("PEDOR
 * MOST" for "PEDER MOST", "ESA TRUST" for "SEA TRUST"). A label of kind words only names no vessel.
 *
 * <p>In each step a report pairs with the report nearest in days and then in miles that has it as
 * its nearest too, repeated until no pair is left. Of a pair, the report of the more serious kind
 * stays in {@code events} (the order of {@code AttackType}: kidnapping, hijacking, boarding, fired
 * upon, attempted, suspicious approach; on a tie IMB's, which names the nearest coastal state; then
 * the earlier, then the first by id); the other moves, whole, into {@code piracy_twins} with the
 * report it was merged into, the days and miles between them, the rule ({@code twin_rule}: {@value
 * #REPEAT} or {@value #FILES}) and the reason. A moved report ingested again is moved again, so
 * re-ingesting a file stores no duplicate. Only where {@code events} is a table (not the cluster
 * store's view).
 */
final class PiracyTwins {
  /** Days between the two reports' dates at most. */
  static final int MAX_DAYS = 1;

  /** Days between an IMB and an ASAM report of the same named vessel at most. */
  static final int MAX_REPORT_DAYS = 7;

  /** Nautical miles between the two reports' positions at most. */
  static final double MAX_NM = 10.0;

  /** Share of the shorter narrative's distinct words found in the other: the same message. */
  static final double SAME_TEXT = 0.8;

  /** Distinct words of four letters or more a narrative needs to be told apart by its wording. */
  static final int TEXT_WORDS = 8;

  /** The rule of a report repeated in one file ({@code piracy_twins.twin_rule}). */
  static final String REPEAT = "repeated in one file";

  /** The rule of an incident in both files ({@code piracy_twins.twin_rule}). */
  static final String FILES = "both files";

  /** The rank of the kind of incident in {@code column} (1 = most serious). */
  private static String severity(String column) {
    return "CASE "
        + column
        + " WHEN 'kidnapping' THEN 1 WHEN 'hijacking' THEN 2 WHEN 'boarding' THEN 3 WHEN"
        + " 'fired upon' THEN 4 WHEN 'attempted' THEN 5 WHEN 'suspicious approach' THEN 6"
        + " WHEN 'unknown' THEN 9 ELSE 8 END";
  }

  private static final String LADDER =
      "('kidnapping', 'hijacking', 'boarding', 'fired upon', 'attempted', 'suspicious approach')";

  /**
   * Words of a vessel label that only say what kind of vessel it is, what state it was in, or what
   * the report is (a victim field that repeats the incident's label): never part of a name.
   */
  private static final String KIND_WORDS =
      "['M', 'V', 'T', 'S', 'F', 'MV', 'MT', 'MS', 'FV', 'SS', 'MERCHANT', 'VESSEL', 'VESSELS',"
          + " 'SHIP', 'SHIPS', 'BULK', 'BULKER', 'CARRIER', 'CARRIERS', 'TANKER', 'TANKERS',"
          + " 'PRODUCT', 'PRODUCTS', 'CHEMICAL', 'CRUDE', 'OIL', 'LPG', 'LNG', 'GAS', 'CONTAINER',"
          + " 'CONTAINERS', 'CARGO', 'GENERAL', 'FISHING', 'YACHT', 'YACHTS', 'TUG', 'TUGS',"
          + " 'TUGBOAT', 'BOAT', 'BOATS', 'BARGE', 'BARGES', 'SAILING', 'MOTOR', 'UNKNOWN',"
          + " 'UNIDENTIFIED', 'UNNAMED', 'TRAWLER', 'TRAWLERS', 'DHOW', 'DHOWS', 'REFRIGERATED',"
          + " 'REEFER', 'RO', 'RORO', 'PASSENGER', 'FERRY', 'SUPPLY', 'SUPPORT', 'OFFSHORE',"
          + " 'DREDGER', 'LIVESTOCK', 'CAR', 'VEHICLE', 'HEAVY', 'LIFT', 'LOAD', 'VLCC', 'ULCC',"
          + " 'RESEARCH', 'SURVEY', 'DIVING', 'SALVAGE', 'LANDING', 'CRAFT', 'WARSHIP', 'NAVAL',"
          + " 'PATROL', 'PETROLEUM', 'CEMENT', 'WOOD', 'CHIP', 'CHIPS', 'BUNKER', 'BUNKERING',"
          + " 'UNDER', 'TOW', 'TOWING', 'UNDERWAY', 'ANCHORED', 'BERTHED', 'MOORED', 'DRIFTING',"
          + " 'PIRATES', 'ROBBERS', 'SUSPICIOUS', 'APPROACH', 'AND', 'A', 'AN', 'SMALL', 'LARGE',"
          + " 'OF', 'NFI']";

  /**
   * The words of the stored vessel labels that are kind words or one letter from one (of five
   * letters or more: "CARIER", "COTAINER", "VESEEL"), as one list ({@code twin_kind.kw}); each
   * distinct word is looked at once.
   */
  private static final String KIND =
      "CREATE OR REPLACE TEMP TABLE twin_kind AS SELECT coalesce(list(DISTINCT w), []) AS kw FROM"
          + " (SELECT DISTINCT unnest(regexp_split_to_array(upper(tgt_name), '[^A-Z0-9]+')) AS w"
          + " FROM events WHERE dataset = 'piracy') JOIN (SELECT unnest("
          + KIND_WORDS
          + ") AS g) ON w = g OR (length(w) >= 5 AND length(g) >= 5 AND damerau_levenshtein(w, g)"
          + " <= 1)";

  /** The vessel's name without kind words, upper case letters and digits only; null if none. */
  private static final String NAME =
      "nullif(array_to_string(list_filter(regexp_split_to_array(upper(tgt_name), '[^A-Z0-9]+'),"
          + " lambda w: w <> '' AND NOT list_contains(kw, w)), ''), '')";

  /**
   * The kind of vessel a name or label says, where it says one that no other kind is: a tanker, a
   * bulk carrier, a container ship, a tug or barge, a fishing boat, a yacht; null otherwise ("Cargo
   * Ship", "MERCHANT VESSEL", a proper name).
   */
  private static final String TYPE =
      "CASE WHEN tgt_name IS NULL THEN NULL WHEN regexp_matches(upper(tgt_name), 'TANKER') THEN"
          + " 'tanker' WHEN regexp_matches(upper(tgt_name), '\\bBULK') THEN 'bulk' WHEN"
          + " regexp_matches(upper(tgt_name), 'CONTAINER') THEN 'container' WHEN"
          + " regexp_matches(upper(tgt_name), '\\b(TUG|TUGBOAT|BARGE)S?\\b') THEN 'tug' WHEN"
          + " regexp_matches(upper(tgt_name), '\\b(FISHING|TRAWLER)') THEN 'fishing' WHEN"
          + " regexp_matches(upper(tgt_name), '\\b(YACHT|SAILING|CATAMARAN)') THEN 'yacht'"
          + " END";

  /** The narrative's distinct words of four letters or more. */
  private static final String WORDS =
      "CASE WHEN narrative IS NULL THEN NULL ELSE list_distinct(list_filter("
          + "regexp_split_to_array(lower(narrative), '[^a-z0-9]+'), lambda w: length(w) >= 4)) END";

  /**
   * The clock times a narrative gives the incident ("at 0345", "2150 UTC", "at about 11:45 local
   * time"; not a position such as "at 06:01 S"), as four digits in the order given: the first is
   * the incident's, later ones may be another's ("the same group that attacked another boat at
   * 11:00").
   */
  private static final String TIMES =
      "CASE WHEN narrative IS NULL THEN [] ELSE list_transform(list_filter("
          + "regexp_extract_all(narrative, '(?i)(?:\\bat\\s+(?:about\\s+|approximately\\s+|around"
          + "\\s+)?\\d{1,2}:?\\d{2}\\b(?:\\s*[nsew]\\b)?|\\b\\d{1,2}:?\\d{2}\\s*(?:hrs|hours"
          + "|lt\\b|utc|z\\b|local))'), lambda m: NOT regexp_matches(m, '(?i)[nsew]$')), lambda m:"
          + " lpad(replace(regexp_extract(m, '\\d{1,2}:?\\d{2}'), ':', ''), 4, '0')) END";

  /**
   * How many attackers the narrative's first count of them says ("four robbers", "5 armed
   * pirates"), as a number; null when it gives none.
   */
  private static final String ATTACKERS =
      "CASE WHEN narrative IS NULL THEN NULL ELSE coalesce(TRY_CAST(a AS INTEGER),"
          + " nullif(list_position(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',"
          + " 'nine', 'ten', 'eleven', 'twelve'], a), 0)) END";

  /**
   * The piracy reports that can pair, with what the rules compare, read once per merge ({@code
   * twin_reports}): the vessel's name ({@code v}) and its numbers ({@code n}), the exclusive kind
   * of vessel ({@code t}), the narrative's words ({@code w}).
   */
  private static final String REPORTS =
      "CREATE OR REPLACE TEMP TABLE twin_reports AS SELECT native_id, starts_with(native_id,"
          + " 'imb:') AS imb, event_date AS d, coalesce(subtype, 'unknown') AS k, action_lat AS lat,"
          + " action_lon AS lon, v, regexp_replace(coalesce(v, ''), '[^0-9]', '', 'g') AS n, t, w,"
          + " tm, "
          + ATTACKERS
          + " AS na FROM (SELECT *, lower(regexp_extract(narrative, '(?i)\\b(one|two|three|four|five"
          + "|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+(?:(?:armed|suspected|suspicious"
          + "|masked|unknown|unidentified)\\s+)*(?:robbers|pirates|persons|men|gunmen|attackers"
          + "|thieves|perpetrators)\\b', 1)) AS a, "
          + TIMES
          + " AS tm, "
          + NAME
          + " AS v, "
          + TYPE
          + " AS t, "
          + WORDS
          + " AS w FROM events, twin_kind WHERE dataset = 'piracy' AND action_lat IS NOT NULL AND"
          + " action_lon IS NOT NULL AND (starts_with(native_id, 'imb:') OR"
          + " starts_with(native_id, 'asam:')))";

  /**
   * The two narratives give the incident different particulars: the time one gives first is not
   * among the other's times, or the numbers of attackers differ.
   */
  private static final String PARTICULARS_DIFFER =
      "((len(x.tm) > 0 AND len(y.tm) > 0 AND NOT (list_contains(y.tm, x.tm[1]) AND"
          + " list_contains(x.tm, y.tm[1]))) OR (x.na IS NOT NULL AND y.na IS NOT NULL AND x.na <>"
          + " y.na))";

  private PiracyTwins() {}

  /**
   * Moves every further report of one incident into {@code piracy_twins}, in one transaction: first
   * the reports repeated in one file, then the incidents in both files; null when {@code events} is
   * not a table here.
   */
  static TwinReports merge(Connection c) throws SQLException {
    if (!IncidentKeys.isTable(c)) {
      return null;
    }
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      long ingest = single(s, "SELECT coalesce(max(ingest_id), 0) FROM events");
      // reports moved before and ingested again: moved again, nothing else about them changes
      long again =
          s.executeUpdate(
              "DELETE FROM events e WHERE e.dataset = 'piracy' AND EXISTS (SELECT 1 FROM"
                  + " piracy_twins t WHERE t.native_id = e.native_id AND t.dataset = e.dataset)");
      s.execute(KIND);
      s.execute(REPORTS);
      long repeats = rounds(s, false, ingest);
      long pairs = rounds(s, true, ingest);
      s.execute("DROP TABLE IF EXISTS twin_chosen");
      s.execute("DROP TABLE IF EXISTS twin_pairs");
      s.execute("DROP TABLE IF EXISTS twin_reports");
      s.execute("DROP TABLE IF EXISTS twin_kind");
      c.commit();
      return new TwinReports(pairs, repeats, again);
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  /** Merges pairs of one step, round after round, until none is left; returns how many. */
  private static long rounds(Statement s, boolean bothFiles, long ingest) throws SQLException {
    List<String> sql = pairsSql(bothFiles);
    s.execute(sql.get(0));
    long pairs = 0;
    while (true) {
      s.execute(sql.get(1));
      long found = single(s, "SELECT count(*) FROM twin_chosen");
      if (found == 0) {
        return pairs;
      }
      s.execute(
          "INSERT INTO piracy_twins BY NAME SELECT e.*, c.kept_id AS kept_native_id, c.days AS"
              + " days_apart, round(c.nm, 2) AS distance_nm, c.reason, c.twin_rule, "
              + ingest
              + " AS merged_at_ingest FROM events e JOIN twin_chosen c ON e.dataset = 'piracy'"
              + " AND e.native_id = c.moved_id");
      s.execute(
          "DELETE FROM events WHERE dataset = 'piracy' AND native_id IN (SELECT moved_id FROM"
              + " twin_chosen)");
      s.execute("DELETE FROM twin_reports WHERE native_id IN (SELECT moved_id FROM twin_chosen)");
      pairs += found;
    }
  }

  /**
   * Two statements: the candidate pairs of one step, found once ({@code twin_pairs}), and the pairs
   * chosen in one round among those whose reports are still there ({@code twin_chosen}: kept and
   * moved ids, days, miles, rule, why); of reports in both files when {@code bothFiles}, else of
   * reports repeated in one file.
   */
  static List<String> pairsSql(boolean bothFiles) {
    String nm = PositionedRecords.nauticalMilesSql("x.lat", "x.lon", "y.lat", "y.lon");
    String shorter = "least(length(x.v), length(y.v))";
    String sameVessel =
        "(x.v IS NOT NULL AND y.v IS NOT NULL AND x.n = y.n AND (contains(x.v, y.v) OR"
            + " contains(y.v, x.v) OR damerau_levenshtein(x.v, y.v) <= CASE WHEN "
            + shorter
            + " >= 8 THEN 2 WHEN "
            + shorter
            + " >= 5 THEN 1 ELSE 0 END))";
    String sameText =
        "(least(len(x.w), len(y.w)) >= "
            + TEXT_WORDS
            + " AND len(list_intersect(x.w, y.w)) >= "
            + SAME_TEXT
            + " * least(len(x.w), len(y.w)))";
    String reports =
        "SELECT * FROM twin_reports"
            // a report kept for an incident in both files is not paired across them again
            + (bothFiles
                ? " WHERE native_id NOT IN (SELECT kept_native_id FROM piracy_twins WHERE"
                    + " coalesce(twin_rule, '"
                    + FILES
                    + "') = '"
                    + FILES
                    + "')"
                : "");
    int window = bothFiles ? MAX_REPORT_DAYS : MAX_DAYS;
    String which =
        bothFiles ? "x.imb AND NOT y.imb" : "x.imb = y.imb AND x.native_id < y.native_id";
    // the reports near in days and place, found first and kept apart from the costlier tests (each
    // day of the window joined on its own: a hash join on the date)
    String near =
        "SELECT x.native_id AS a, y.native_id AS b FROM r x CROSS JOIN range(-"
            + window
            + ", "
            + (window + 1)
            + ") o(o) JOIN r y ON y.d = x.d + CAST(o.o AS INTEGER) WHERE "
            + which
            + " AND abs(y.lat - x.lat) <= 0.2 AND abs(y.lon - x.lon) <= 1.0";
    String evidence =
        bothFiles
            ? "(abs(y.d - x.d) <= " + MAX_DAYS + " OR " + sameVessel + ")"
            : "(" + sameVessel + " OR " + sameText + ") AND NOT " + PARTICULARS_DIFFER;
    String candidates =
        "SELECT x.native_id AS a_id, y.native_id AS b_id, x.imb AS a_imb, y.imb AS b_imb, x.k AS"
            + " ak, y.k AS bk, x.d AS ad, y.d AS bd, abs(y.d - x.d) AS days, "
            + nm
            + " AS nm, "
            + sameVessel
            + " AS named FROM near JOIN r x ON x.native_id = near.a JOIN r y ON y.native_id ="
            + " near.b WHERE (x.k = y.k OR"
            + " x.k = 'unknown' OR y.k = 'unknown' OR (x.k IN "
            + LADDER
            + " AND y.k IN "
            + LADDER
            + ")) AND (x.v IS NULL OR y.v IS NULL OR "
            + sameVessel
            + ") AND (x.t IS NULL OR y.t IS NULL OR x.t = y.t) AND "
            + evidence;
    // a keeps when it is more serious, or as serious and from IMB, or earlier, or first by id
    String aKeeps =
        "("
            + severity("ak")
            + " < "
            + severity("bk")
            + " OR ("
            + severity("ak")
            + " = "
            + severity("bk")
            + " AND (a_imb AND NOT b_imb OR (a_imb = b_imb AND (ad < bd OR ad = bd AND a_id <"
            + " b_id)))))";
    String reason =
        bothFiles
            ? "format('one incident in both files: IMB {} and ASAM {}, {} day(s) and {} nm"
                + " apart{}', ak, bk, days, round(nm, 1), CASE WHEN named THEN ', the same"
                + " vessel named' ELSE '' END)"
            : "format('one incident reported again in the {} file: {} and {}, {} day(s) and {} nm"
                + " apart, {}', CASE WHEN a_imb THEN 'IMB' ELSE 'ASAM' END, ak, bk, days,"
                + " round(nm, 1), CASE WHEN named THEN 'the same vessel named' ELSE 'the same"
                + " narrative' END)";
    // each report's nearest pair, on whichever side of the pair it is; a pair is chosen when it is
    // the nearest of both its reports still there
    return List.of(
        "CREATE OR REPLACE TEMP TABLE twin_pairs AS WITH r AS ("
            + reports
            + "), near AS MATERIALIZED ("
            + near
            + ") SELECT * FROM ("
            + candidates
            + ") WHERE nm <= "
            + MAX_NM,
        "CREATE OR REPLACE TEMP TABLE twin_chosen AS WITH r AS ("
            + reports
            + "), p AS (SELECT * FROM twin_pairs WHERE a_id IN (SELECT native_id FROM r) AND b_id"
            + " IN (SELECT native_id FROM r)), ends AS (SELECT id, a_id, b_id, row_number() OVER"
            + " (PARTITION BY id ORDER BY days, nm, CASE WHEN id = a_id THEN b_id ELSE a_id END) AS"
            + " rank FROM (SELECT a_id AS id, * FROM p UNION ALL SELECT b_id AS id, * FROM p)), best"
            + " AS (SELECT a_id, b_id FROM ends WHERE rank = 1 GROUP BY ALL HAVING count(*) = 2)"
            + " SELECT CASE WHEN "
            + aKeeps
            + " THEN a_id ELSE b_id END AS kept_id, CASE WHEN "
            + aKeeps
            + " THEN b_id ELSE a_id END AS moved_id, days, nm, '"
            + (bothFiles ? FILES : REPEAT)
            + "' AS twin_rule, "
            + reason
            + " AS reason FROM p JOIN best USING (a_id, b_id)");
  }

  private static long single(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
