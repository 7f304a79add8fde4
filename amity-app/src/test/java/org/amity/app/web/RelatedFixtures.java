package org.amity.app.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Situations on subjects linked to the {@link SignalFixtures}' ones, as a watch with the conflict
 * areas on stores them: the Deep South at the same time as Thailand's situation, a China–Viet Nam
 * dyad with Viet Nam's own situation on the same days, and a Deep South situation a year earlier
 * that overlaps nothing.
 */
public final class RelatedFixtures {
  /** The Deep South (Thailand), open, inside Thailand's situation's days. */
  public static final long DEEP_SOUTH = 5;

  /** China – Viet Nam, open. */
  public static final long CHINA_VIET_NAM = 6;

  /** Viet Nam, open, on the dyad's days. */
  public static final long VIET_NAM = 7;

  /** The Deep South in 2013, closed long before Thailand's situation opened. */
  public static final long DEEP_SOUTH_2013 = 8;

  private RelatedFixtures() {}

  /** Inserts the situations and one alert for each (after {@link SignalFixtures#insert}). */
  public static void insert(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO situations VALUES"
              + " (5, 'theatre', 'DEEP_SOUTH', 'Deep South (Thailand): intra-state tension"
              + " (insurgency)', 'warning', 'open', '2014-05-02', '2014-05-20', NULL, '[\"THA\"]',"
              + " '{\"intra-state\":1.0}', 'land', 'emerging', false, 0.0, false,"
              + " '[\"insurgency\"]'),"
              + " (6, 'dyad', 'CHN-VNM', 'China – Viet Nam: inter-state tension (territory)',"
              + " 'alert', 'open', '2014-05-02', '2014-05-20', NULL, '[\"CHN\",\"VNM\"]',"
              + " '{\"inter-state\":1.0}', 'maritime', 'crisis', true, 0.4, false,"
              + " '[\"territory\"]'),"
              + " (7, 'country', 'VNM', 'Viet Nam: protests', 'warning', 'open', '2014-05-11',"
              + " '2014-05-18', NULL, '[\"VNM\"]', '{\"intra-state\":1.0}', 'land', 'emerging',"
              + " false, 0.0, false, '[\"protest\"]'),"
              + " (8, 'theatre', 'DEEP_SOUTH', 'Deep South (Thailand): intra-state tension',"
              + " 'watch', 'closed', '2013-01-05', '2013-01-20', '2013-01-25', '[\"THA\"]',"
              + " '{\"intra-state\":1.0}', 'land', 'post-crisis', false, 0.0, false, '[]')");
      s.execute(
          "INSERT INTO alerts (id, situation_id, scope, subject, indicator, resolution, level,"
              + " peak_level, status, opened, updated, closed, period_start, period_end, value,"
              + " baseline, score, detector, threat_types, great_power_party,"
              + " outside_power_share) VALUES"
              + " (51, 5, 'theatre', 'DEEP_SOUTH', 'theatre_material_conflict_7d', 'day',"
              + " 'warning', 'warning', 'open', '2014-05-02', '2014-05-20', NULL, '2014-05-02',"
              + " '2014-05-20', 0.4, 0.2, 4.4, 'robust-z', '{\"intra-state\":1.0}', false, 0.0),"
              + " (61, 6, 'dyad', 'CHN-VNM', 'dyad_conflict_7d', 'day', 'alert', 'alert', 'open',"
              + " '2014-05-02', '2014-05-20', NULL, '2014-05-02', '2014-05-20', 30, 4, 7.2,"
              + " 'robust-z', '{\"inter-state\":1.0}', true, 0.4),"
              + " (71, 7, 'country', 'VNM', 'conflict_7d', 'day', 'warning', 'warning', 'open',"
              + " '2014-05-11', '2014-05-18', NULL, '2014-05-11', '2014-05-18', 60, 20, 4.9,"
              + " 'robust-z', '{\"intra-state\":1.0}', false, 0.0),"
              + " (81, 8, 'theatre', 'DEEP_SOUTH', 'theatre_material_conflict_7d', 'day', 'watch',"
              + " 'watch', 'closed', '2013-01-05', '2013-01-20', '2013-01-25', '2013-01-05',"
              + " '2013-01-20', 0.3, 0.2, 2.4, 'robust-z', '{\"intra-state\":1.0}', false, 0.0)");
    }
  }
}
