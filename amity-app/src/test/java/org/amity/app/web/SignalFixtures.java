package org.amity.app.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * Rows a test inserts into the signal tables (the detector that writes them lives on another
 * branch): two open situations and a closed one, their alerts with evidence, a daily indicator
 * series with a surge, an ingest with rejected lines, and a few events.
 */
public final class SignalFixtures {
  /** The open intra-state situation in Thailand (level alert). */
  public static final long THAILAND = 1;

  /** The open maritime situation between China and the Philippines (level warning). */
  public static final long SCARBOROUGH = 2;

  /** A closed situation. */
  public static final long CLOSED = 3;

  public static final long THAILAND_ALERT = 11;
  public static final long SCARBOROUGH_ALERT = 21;

  private SignalFixtures() {}

  public static void insert(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO situations VALUES"
              + " (1, 'country', 'THA', 'Thailand: protests and political violence', 'alert',"
              + " 'open', '2014-04-20', '2014-05-21', NULL, '[\"THA\"]',"
              + " '{\"intra-state\":0.85,\"inter-state\":0.15}', 'land', 'crisis', false, 0.04,"
              + " false, '[\"protest\",\"coup\"]'),"
              + " (2, 'dyad', 'CHN-PHL', 'China-Philippines: Scarborough Shoal standoff',"
              + " 'warning', 'open', '2014-04-10', '2014-05-20', NULL, '[\"CHN\",\"PHL\"]',"
              + " '{\"inter-state\":1.0}', 'maritime', 'emerging', true, 0.31, false,"
              + " '[\"territory\",\"fisheries\"]'),"
              + " (3, 'country', 'MMR', 'Myanmar: cyclone displacement', 'watch', 'closed',"
              + " '2013-06-01', '2013-06-20', '2013-06-30', '[\"MMR\"]',"
              + " '{\"trans-state\":1.0}', 'land', 'post-crisis', false, 0.0, true,"
              + " '[\"disaster\",\"displacement\"]')");
      s.execute(
          "INSERT INTO alerts (id, situation_id, scope, subject, indicator, resolution, level,"
              + " peak_level, status, opened, updated, closed, period_start, period_end, value,"
              + " baseline, score, detector, threat_types, great_power_party,"
              + " outside_power_share) VALUES"
              + " (11, 1, 'country', 'THA', 'material_conflict', 'day', 'alert', 'alert', 'open',"
              + " '2014-05-01', '2014-05-21', NULL, '2014-05-01', '2014-05-21', 42, 12.5, 6.1,"
              + " 'robust-z', '{\"intra-state\":0.85,\"inter-state\":0.15}', false, 0.04),"
              + " (12, 1, 'country', 'THA', 'protest_count', 'day', 'watch', 'watch', 'open',"
              + " '2014-04-20', '2014-05-10', NULL, '2014-04-20', '2014-05-10', 18, 9, 2.4,"
              + " 'cusum', '{\"intra-state\":1.0}', false, 0.0),"
              + " (21, 2, 'dyad', 'CHN-PHL', 'material_conflict', 'day', 'warning', 'warning',"
              + " 'open', '2014-04-10', '2014-05-20', NULL, '2014-04-10', '2014-05-20', 9, 2,"
              + " 4.2, 'robust-z', '{\"inter-state\":1.0}', true, 0.31),"
              + " (31, 3, 'country', 'MMR', 'displacement', 'week', 'watch', 'watch', 'closed',"
              + " '2013-06-01', '2013-06-20', '2013-06-30', '2013-06-01', '2013-06-20', 5, 1,"
              + " 2.1, 'cusum', '{\"trans-state\":1.0}', false, 0.0)");
      s.execute(
          "INSERT INTO alert_evidence VALUES"
              + " (11, 1, 'gdelt', '1001', '2014-05-20', 'THAMIL', 'THAGOV', '173', -5.0, 14,"
              + " 'https://example.org/news/thai-army-martial-law'),"
              + " (11, 2, 'gdelt', '1002', '2014-05-19', 'THAOPP', 'THAGOV', '145', -7.5, 9,"
              + " 'https://example.org/news/bangkok-clash'),"
              + " (21, 1, 'icews', 'ic-7', '2014-05-06', 'CHNCOP', 'PHLGOV', '150', -7.2, 3,"
              + " 'https://example.org/news/shoal-standoff')");
    }
    insertSeries(c);
    insertDays(c);
    insertIngest(c);
  }

  /** 140 days of a daily count in Thailand, steady near 12, surging to about 40 in May 2014. */
  private static void insertSeries(Connection c) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("INSERT INTO series_imports VALUES (?, ?, ?, 'day', ?, ?, 'events')")) {
      LocalDate d = LocalDate.of(2014, 1, 1);
      for (int i = 0; i < 140; i++, d = d.plusDays(1)) {
        double surge = d.isBefore(LocalDate.of(2014, 5, 1)) ? 0 : 28;
        for (String[] k : new String[][] {{"country", "THA"}, {"dyad", "CHN-PHL"}}) {
          p.setString(1, k[0]);
          p.setString(2, k[1]);
          p.setString(3, "material_conflict");
          p.setObject(4, d);
          p.setDouble(5, 12 + (i % 7) - 3 + surge);
          p.addBatch();
        }
      }
      p.executeBatch();
    }
  }

  /**
   * 120 days of Viet Nam's daily counts as a watch leaves them in {@code indicator_days}: 200
   * incidents a day of which about 20 conflict, and 60 of 200 on days 100-104.
   */
  private static void insertDays(Connection c) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO indicator_days (scope, subject, day, events, q1, q2, q3, q4, incidents,"
                + " conflict_incidents, mc_incidents, humanitarian_incidents, goldstein_sum,"
                + " tone_sum, tone_n, coercion_incidents) VALUES ('country', 'VNM', ?, 300, 150,"
                + " 50, 60, 40, 200, ?, ?, 0, 0, 0, 0, 0)")) {
      LocalDate d = VIET_NAM_START;
      for (int i = 0; i < 120; i++, d = d.plusDays(1)) {
        int conflict = i >= 100 && i < 105 ? 60 : 20 + (i % 5) - 2;
        p.setObject(1, d);
        p.setInt(2, conflict);
        p.setInt(3, conflict / 2);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /** The first day of Viet Nam's daily counts. */
  public static final LocalDate VIET_NAM_START = LocalDate.of(2014, 1, 1);

  private static void insertIngest(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      // the first number of the store's sequence (1), so that ingests recorded later follow it
      s.execute(
          "INSERT INTO ingest_log (id, file_name, sha256, size_bytes, dataset, format, status,"
              + " started_at, finished_at, lines, accepted, rejected) VALUES"
              + " (nextval('ingest_id_seq'),"
              + " '20140520.export.CSV', 'abc', 1000, 'gdelt', 'gdelt2', 'done',"
              + " '2014-05-21 00:00:00', '2014-05-21 00:00:01', 5, 3, 2)");
      s.execute(
          "INSERT INTO rejects VALUES (1, '20140520.export.CSV', 'abc', 4, 'expected 61 columns,"
              + " got 3'), (1, '20140520.export.CSV', 'abc', 5, 'expected 61 columns, got 12')");
      for (int i = 1; i <= 3; i++) {
        s.execute(
            "INSERT INTO events (dataset, native_id, event_date, src_code, src_country, tgt_code,"
                + " tgt_country, event_code, base_code, root_code, is_root, quad_class,"
                + " goldstein, num_mentions, num_sources, num_articles, action_country,"
                + " action_precision, action_centroid, source_url, ingest_id, line, action_lat,"
                + " action_lon, action_name) VALUES"
                + " ('gdelt', '100"
                + i
                + "', DATE '2014-05-18' + "
                + i
                + ", 'THAMIL', 'THA', 'THAGOV', 'THA', '173', '173', '17', false, 4, -5.0, 3,"
                + " 1, 3, 'THA', 'country', true, 'https://example.org/e"
                + i
                + "', 1, "
                + i
                + ", 15.0, 100.0, 'Thailand')");
      }
      // the news behind Viet Nam's days (insertDays): a report a day from the fixtures' one logged
      // file, so that a share lens reads those days as days a news file covered (NewsCoverage)
      s.execute(
          "INSERT INTO events (dataset, native_id, event_date, src_code, src_country, tgt_code,"
              + " tgt_country, event_code, base_code, root_code, is_root, quad_class, goldstein,"
              + " num_mentions, num_sources, num_articles, action_precision, action_centroid,"
              + " ingest_id, line) SELECT 'gdelt', 'v' || i, DATE '"
              + VIET_NAM_START
              + "' + CAST(i AS INTEGER), 'VNMGOV', 'VNM', 'VNM', 'VNM', '042', '042', '04', true,"
              + " 1, 1.9, 1, 1, 1, 'none', false, 1, 100 + i FROM range(120) t(i)");
      // China-Philippines at sea: two located incidents near Scarborough Shoal, one without a place
      s.execute(
          "INSERT INTO events (dataset, native_id, event_date, src_code, src_country, tgt_code,"
              + " tgt_country, event_code, base_code, root_code, is_root, quad_class,"
              + " goldstein, num_mentions, num_sources, num_articles, action_country,"
              + " action_precision, action_centroid, source_url, ingest_id, line, action_lat,"
              + " action_lon, action_name) VALUES"
              + " ('gdelt', '2001', DATE '2014-05-12', 'CHNMIL', 'CHN', 'PHL', 'PHL', '171',"
              + " '171', '17', true, 4, -9.2, 4, 2, 4, NULL, 'place', false,"
              + " 'https://example.org/s1', 1, 10, 15.15, 117.76, 'Scarborough Shoal'),"
              + " ('gdelt', '2002', DATE '2014-05-14', 'PHLGOV', 'PHL', 'CHN', 'CHN', '111',"
              + " '111', '11', true, 3, -2.0, 2, 1, 2, NULL, 'place', false,"
              + " 'https://example.org/s2', 1, 11, 14.9, 117.5, 'South China Sea'),"
              + " ('gdelt', '2003', DATE '2014-05-15', 'CHN', 'CHN', 'PHL', 'PHL', '112',"
              + " '112', '11', true, 3, -2.0, 1, 1, 1, NULL, 'none', false,"
              + " 'https://example.org/s3', 1, 12, NULL, NULL, NULL)");
    }
  }
}
