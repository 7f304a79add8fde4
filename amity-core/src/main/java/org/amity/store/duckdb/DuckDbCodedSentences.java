package org.amity.store.duckdb;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.amity.coding.CodedSentences;
import org.amity.coding.EventRecords;
import org.amity.coding.FiveWay;
import org.amity.coding.SentenceRow;

/** Writes and reads {@code coded_sentences} (migrations V060, V061). */
final class DuckDbCodedSentences implements CodedSentences {
  private final Connections db;

  DuckDbCodedSentences(Connections db) {
    this.db = db;
  }

  @Override
  public int add(List<SentenceRow> rows) {
    String sql =
        "INSERT INTO coded_sentences (dataset, native_id, story_id, sentence_no, sentence,"
            + " news_source, url, event_class, sentence_class, class_model)"
            + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM events"
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
              p.setString(8, words(r.eventClass()));
              p.setString(9, words(r.sentenceClass()));
              p.setString(10, r.classModel());
              p.setString(11, EventRecords.DATASET);
              p.setString(12, r.nativeId());
              p.setString(13, EventRecords.DATASET);
              p.setString(14, r.nativeId());
              added += p.executeUpdate();
            }
          }
          return added;
        });
  }

  @Override
  public List<SentenceRow> ofStory(String storyId) {
    String sql =
        "SELECT native_id, story_id, sentence_no, sentence, news_source, url, event_class,"
            + " sentence_class, class_model FROM coded_sentences WHERE dataset = ? AND story_id = ?"
            + " ORDER BY sentence_no, native_id";
    return db.read(
        c -> {
          List<SentenceRow> out = new ArrayList<>();
          try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, EventRecords.DATASET);
            p.setString(2, storyId);
            try (ResultSet rs = p.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new SentenceRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        fiveWay(rs.getString(7)),
                        fiveWay(rs.getString(8)),
                        rs.getString(9)));
              }
            }
          }
          return out;
        });
  }

  private static String words(FiveWay c) {
    return c == null ? null : c.words();
  }

  private static FiveWay fiveWay(String words) {
    return words == null ? null : FiveWay.parse(words);
  }
}
