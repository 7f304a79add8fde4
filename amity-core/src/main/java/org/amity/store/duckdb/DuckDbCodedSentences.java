package org.amity.store.duckdb;

import java.sql.PreparedStatement;
import java.util.List;
import org.amity.coding.CodedSentences;
import org.amity.coding.EventRecords;
import org.amity.coding.SentenceRow;

/** Writes {@code coded_sentences} (migration V060). */
final class DuckDbCodedSentences implements CodedSentences {
  private final Connections db;

  DuckDbCodedSentences(Connections db) {
    this.db = db;
  }

  @Override
  public int add(List<SentenceRow> rows) {
    String sql =
        "INSERT INTO coded_sentences (dataset, native_id, story_id, sentence_no, sentence,"
            + " news_source, url) SELECT ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM events"
            + " WHERE dataset = ? AND native_id = ?) AND NOT EXISTS (SELECT 1 FROM coded_sentences"
            + " WHERE dataset = ? AND native_id = ?)";
    return db.write(
        c -> {
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
          }
          return added;
        });
  }
}
