package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.amity.store.TwinReports;

/**
 * Makes one maritime incident reported in both piracy files (IMB and NGA ASAM) count once. The two
 * files carry no shared id, and they often code or place one incident differently (IMB's "Boarded"
 * where ASAM's narrative reports a kidnapping; IMB's nearest state where ASAM names none; dates a
 * day apart), so the incident key ({@link IncidentKeys}) keeps them apart and every count runs up
 * to twice the incidents where both files report.
 *
 * <p>An IMB report and an ASAM report are one incident when all of these hold:
 *
 * <ul>
 *   <li>their days are at most {@value #MAX_DAYS} apart: both files date an incident from the
 *       master's report, one by local time and one by UTC, and night attacks straddle midnight;
 *   <li>their positions are at most {@value #MAX_NM} nautical miles apart: ASAM positions are
 *       rounded to whole minutes or put at a reference point (an anchorage, a light), and a ship
 *       underway moves about ten miles in the hour between the first alarm and the last report;
 *   <li>their kinds are compatible: the same kind, either unknown, or both on the one scale of how
 *       far the attackers got (approach, attempt, shots, boarding, hijacking, kidnapping), where
 *       the files differ by what each report knew; an explosion or a detention is a different
 *       event;
 *   <li>their vessels do not differ: when both name a vessel (not only its kind, "MERCHANT
 *       VESSEL"), one name contains the other once spaces, signs and a leading "MV"/"MT" are
 *       dropped; and when both say a kind of vessel that excludes others (tanker, bulk carrier,
 *       container ship, tug or barge, fishing boat, yacht), it is the same kind.
 * </ul>
 *
 * <p>Each report pairs with at most one report of the other file, the nearest in days and then in
 * miles that also has it as its nearest (repeated until no pair is left), and a report that has
 * been paired once is not paired again. Of a pair, the report of the more serious kind stays in
 * {@code events} (the order of {@code AttackType}: kidnapping, hijacking, boarding, fired upon,
 * attempted, suspicious approach; on a tie, IMB's, which names the nearest coastal state); the
 * other moves, whole, into {@code piracy_twins} with the report it was merged into, the days and
 * miles between them and the reason. A moved report ingested again is moved again, so re-ingesting
 * a file stores no duplicate. Only where {@code events} is a table (not the cluster store's view).
 */
final class PiracyTwins {
  /** Days between the two reports' dates at most. */
  static final int MAX_DAYS = 1;

  /** Nautical miles between the two reports' positions at most. */
  static final double MAX_NM = 10.0;

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

  /** A vessel "name" that only says what kind of vessel it is. */
  private static final String KIND_ONLY =
      "[^A-Z0-9]*((MERCHANT|VESSELS?|SHIPS?|BULK|CARRIERS?|TANKERS?|PRODUCTS?|CHEMICAL|CRUDE|OIL"
          + "|LPG|LNG|GAS|CONTAINERS?|CARGO|GENERAL|FISHING|YACHTS?|TUGS?|TUGBOATS?|BOATS?|BARGES?"
          + "|SAILING|MOTOR|UNKNOWN|UNIDENTIFIED|TRAWLERS?|DHOWS?|REFRIGERATED|REEFER|RO|PASSENGER"
          + "|FERRY|SUPPLY|OFFSHORE|DREDGER|LIVESTOCK|CAR|AND|A|AN|SMALL|LARGE|OF)[^A-Z0-9]*)*";

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

  private PiracyTwins() {}

  /**
   * Moves the second report of every incident reported by both files into {@code piracy_twins}, in
   * one transaction; null when {@code events} is not a table here.
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
      long pairs = 0;
      while (true) {
        s.execute(pairsSql());
        long found = single(s, "SELECT count(*) FROM twin_chosen");
        if (found == 0) {
          break;
        }
        s.execute(
            "INSERT INTO piracy_twins BY NAME SELECT e.*, c.kept_id AS kept_native_id, c.days AS"
                + " days_apart, round(c.nm, 2) AS distance_nm, c.reason, "
                + ingest
                + " AS merged_at_ingest FROM events e JOIN twin_chosen c ON e.dataset = 'piracy'"
                + " AND e.native_id = c.moved_id");
        s.execute(
            "DELETE FROM events WHERE dataset = 'piracy' AND native_id IN (SELECT moved_id FROM"
                + " twin_chosen)");
        pairs += found;
      }
      s.execute("DROP TABLE IF EXISTS twin_chosen");
      c.commit();
      return new TwinReports(pairs, again);
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  /** The pairs chosen in one round ({@code twin_chosen}: kept and moved ids, days, miles, why). */
  static String pairsSql() {
    String nm =
        "3440.065 * 2 * asin(sqrt(pow(sin(radians(a.lat - i.lat) / 2), 2) + cos(radians(i.lat))"
            + " * cos(radians(a.lat)) * pow(sin(radians(a.lon - i.lon) / 2), 2)))";
    return "CREATE OR REPLACE TEMP TABLE twin_chosen AS WITH r AS (SELECT native_id,"
        + " starts_with(native_id, 'imb:') AS imb, event_date AS d, coalesce(subtype, 'unknown')"
        + " AS k, action_lat AS lat, action_lon AS lon, CASE WHEN tgt_name IS NULL OR"
        + " regexp_full_match(upper(tgt_name), '"
        + KIND_ONLY
        + "') THEN NULL ELSE regexp_replace(regexp_replace(upper(tgt_name),"
        + " '^(MV|MT|M/V|M/T|MS|FV|F/V)[^A-Z0-9]+', ''), '[^A-Z0-9]', '', 'g') END AS v, "
        + TYPE
        + " AS t FROM"
        + " events WHERE dataset = 'piracy' AND action_lat IS NOT NULL AND action_lon IS NOT NULL"
        + " AND (starts_with(native_id, 'imb:') OR starts_with(native_id, 'asam:'))"
        + " AND native_id NOT IN (SELECT kept_native_id FROM piracy_twins)),"
        + " p AS (SELECT i.native_id AS imb_id, a.native_id AS asam_id, i.k AS ik, a.k AS ak,"
        + " abs(a.d - i.d) AS days, "
        + nm
        + " AS nm, i.v IS NOT NULL AND a.v IS NOT NULL AS named FROM r i JOIN r a ON i.imb AND"
        + " NOT a.imb AND a.d BETWEEN i.d - "
        + MAX_DAYS
        + " AND i.d + "
        + MAX_DAYS
        + " AND abs(a.lat - i.lat) <= 0.2 AND abs(a.lon - i.lon) <= 1.0"
        + " WHERE (i.k = a.k OR i.k = 'unknown' OR a.k = 'unknown' OR (i.k IN "
        + LADDER
        + " AND a.k IN "
        + LADDER
        + ")) AND (i.v IS NULL OR a.v IS NULL OR contains(i.v, a.v) OR contains(a.v, i.v))"
        + " AND (i.t IS NULL OR a.t IS NULL OR i.t = a.t)),"
        + " q AS (SELECT *, row_number() OVER (PARTITION BY imb_id ORDER BY days, nm, asam_id) AS"
        + " ri, row_number() OVER (PARTITION BY asam_id ORDER BY days, nm, imb_id) AS ra FROM p"
        + " WHERE nm <= "
        + MAX_NM
        + ") SELECT CASE WHEN "
        + severity("ak")
        + " < "
        + severity("ik")
        + " THEN asam_id ELSE imb_id END AS kept_id, CASE WHEN "
        + severity("ak")
        + " < "
        + severity("ik")
        + " THEN imb_id ELSE asam_id END AS moved_id, days, nm, format('one incident in both"
        + " files: IMB {} and ASAM {}, {} day(s) and {} nm apart{}', ik, ak, days, round(nm, 1),"
        + " CASE WHEN named THEN ', the same vessel named' ELSE '' END) AS reason FROM q WHERE"
        + " ri = 1 AND ra = 1";
  }

  private static long single(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
