package org.amity.forecast.escalation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.TreeSet;
import org.amity.store.StoreException;

/**
 * Dyad-month QuadClass counts from the store's imported series ({@code amity ingest series}: scope
 * {@code dyad}, resolution {@code month}, indicators {@code q1}..{@code q4}, directed subjects
 * {@code A>B} in ISO3 codes). Exactly one imported source must be present, so two imports of
 * overlapping files are never added together.
 */
public final class StoreDyadMonths {
  private StoreDyadMonths() {}

  public static DyadMonths read(Connection c) {
    String sql =
        "SELECT source, subject, indicator, year(period) AS y, month(period) AS m, value"
            + " FROM series_imports WHERE scope = 'dyad' AND resolution = 'month'"
            + " AND indicator IN ('q1', 'q2', 'q3', 'q4') AND subject LIKE '%>%'";
    DyadMonths d = new DyadMonths();
    TreeSet<String> sources = new TreeSet<>();
    try (PreparedStatement p = c.prepareStatement(sql);
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        sources.add(r.getString("source"));
        String subject = r.getString("subject");
        int quad = r.getString("indicator").charAt(1) - '1';
        int month = r.getInt("y") * 12 + r.getInt("m") - 1;
        d.add(
            subject,
            subject.replace(">", " > "),
            month,
            quad,
            (int) Math.round(r.getDouble("value")));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read dyad-month series: " + e.getMessage(), e);
    }
    if (sources.isEmpty()) {
      throw new IllegalStateException(
          "the store holds no dyad-month series: load one with 'amity ingest series'");
    }
    if (sources.size() > 1) {
      throw new IllegalStateException(
          "the store holds dyad-month series from several imports " + sources + ": keep one");
    }
    return d;
  }
}
