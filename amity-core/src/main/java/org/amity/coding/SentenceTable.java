package org.amity.coding;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes the sentences behind stored text events to {@code coded_sentences} (migration V060), one
 * row per event, only for events that are in the store and not yet described.
 */
public final class SentenceTable {
  private SentenceTable() {}

  /** Returns how many rows were added. */
  public static int write(Connection c, List<SentenceRow> rows) throws SQLException {
    String sql =
        "INSERT INTO coded_sentences (dataset, native_id, story_id, sentence_no, sentence,"
            + " news_source, url) SELECT ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM events"
            + " WHERE dataset = ? AND native_id = ?) AND NOT EXISTS (SELECT 1 FROM coded_sentences"
            + " WHERE dataset = ? AND native_id = ?)";
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    int added = 0;
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (SentenceRow r : rows) {
        p.setString(1, EventRecords.DATASET);
        p.setString(2, r.nativeId());
        p.setString(3, r.storyId());
        p.setInt(4, r.sentence());
        p.setString(5, r.text());
        p.setString(6, r.newsSource());
        p.setString(7, r.url());
        p.setString(8, EventRecords.DATASET);
        p.setString(9, r.nativeId());
        p.setString(10, EventRecords.DATASET);
        p.setString(11, r.nativeId());
        added += p.executeUpdate();
      }
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
    return added;
  }
}
