package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Stored rows that rows read again replace ({@link org.amity.store.EventStore#batch(String,
 * boolean)}): after a fix of how a file's rows are read (the ACLED file that names the victims
 * first, the ICEWS persons resolved to their office), the file is ingested again and its rows take
 * the place of those stored from it, matched by dataset and native id. Rows of other files are not
 * touched, and a piracy report that an earlier ingest had merged into its twin is let go too, so
 * that the twin rule meets the report as now read.
 */
final class Replacement {
  private Replacement() {}

  /**
   * Deletes the stored events whose dataset and native id are among {@code keys} (a relation with
   * columns {@code dataset} and {@code native_id}) and which {@code keep} (a condition on events as
   * {@code e}) does not keep, and the piracy reports merged out under those keys. When any row
   * went, the watch's mark is set back so that the next watch recomputes every day and series (a
   * row read anew may count for other subjects or days than the row it replaced), and describes
   * every alert again (its evidence may be other rows now, though its numbers stand still).
   *
   * @return how many stored rows went (events and merged reports)
   */
  static long forget(Connection c, String keys, String keep, NativeIdRange range)
      throws SQLException {
    if (range.empty()) {
      return 0;
    }
    String match =
        " EXISTS (SELECT 1 FROM "
            + keys
            + " k WHERE k.dataset = %1$s.dataset AND k.native_id = %1$s.native_id)";
    String within = " e.native_id BETWEEN ? AND ? AND ";
    long gone =
        delete(
            c,
            "DELETE FROM events e WHERE NOT (" + keep + ") AND" + within + on(match, "e"),
            range.min(),
            range.max());
    gone +=
        delete(
            c,
            "DELETE FROM piracy_twins t WHERE" + within.replace("e.", "t.") + on(match, "t"),
            range.min(),
            range.max());
    gone += forgetImbCopies(c, keys, keep, range);
    if (gone > 0) {
      WatchState.put(c, SignalSeries.WATCHED_INGEST, "0");
      // an alert whose numbers stand still may now be explained by other rows
      WatchState.put(c, DuckDbSignalStore.DESCRIBED_WITH, "rows replaced");
      // files lost rows: the days they cover are judged again
      try (java.sql.Statement s = c.createStatement()) {
        s.execute("DELETE FROM " + SignalSeries.NEWS_FILE_SPANS);
      }
    }
    return gone;
  }

  /**
   * The IMB reports stored under the content key of a report read again ({@code imb:date:hash#n},
   * {@link org.amity.ingest.csv.ContentIds}) but under an occurrence number the file as now read no
   * longer gives: a store ingested before a record repeated field for field counted as one holds
   * its copies as #2, #3, ..., and the file read again gives only #1. They go with the replaced
   * rows, from the events and from the merged reports, so that the store then holds what a new
   * store would.
   */
  private static long forgetImbCopies(Connection c, String keys, String keep, NativeIdRange range)
      throws SQLException {
    if (range.max().compareTo(IMB) < 0 || range.min().compareTo(IMB + "\uffff") > 0) {
      return 0;
    }
    int hash = range.max().lastIndexOf('#');
    String upper = hash < 0 ? range.max() : range.max().substring(0, hash) + "#\uffff";
    String siblings =
        " %1$s.dataset = 'piracy' AND starts_with(%1$s.native_id, '"
            + IMB
            + "') AND %1$s.native_id BETWEEN ? AND ? AND split_part(%1$s.native_id, '#', 1) IN"
            + " (SELECT split_part(k.native_id, '#', 1) FROM "
            + keys
            + " k WHERE k.dataset = 'piracy' AND starts_with(k.native_id, '"
            + IMB
            + "'))";
    return delete(
            c,
            "DELETE FROM events e WHERE NOT (" + keep + ") AND" + on(siblings, "e"),
            range.min(),
            upper)
        + delete(c, "DELETE FROM piracy_twins t WHERE" + on(siblings, "t"), range.min(), upper);
  }

  /** Runs a delete whose two parameters are the native-id range; returns how many rows went. */
  private static long delete(Connection c, String sql, String min, String max) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, min);
      p.setString(2, max);
      return p.executeUpdate();
    }
  }

  /** The condition {@code template} for the table of alias {@code alias} (its {@code %1$s}). */
  private static String on(String template, String alias) {
    return template.replace("%1$s", alias);
  }

  private static final String IMB = "imb:";
}
