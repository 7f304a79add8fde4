package org.amity.forecast.piracy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.amity.event.SeaArea;
import org.amity.store.StoreException;

/**
 * Incident counts from the store's {@code piracy} events (loaded by {@code amity ingest piracy},
 * each with its sea area). Source "imb" or "asam" counts one file's incidents; "merged" counts IMB
 * plus the ASAM incidents with no IMB twin (same day +-1, position +-0.5 degrees), the rule of the
 * readers' documentation. The months covered run from the first to the last report of the chosen
 * source anywhere, so quiet months in an area count as zero.
 */
public final class StoreIncidentCounts {
  private static final String SELECTED =
      "SELECT * FROM events e WHERE e.dataset = 'piracy' AND (? = 'merged' OR e.native_id LIKE ?)"
          + " AND NOT (? = 'merged' AND e.native_id LIKE 'asam:%' AND EXISTS (SELECT 1 FROM"
          + " events i WHERE i.dataset = 'piracy' AND i.native_id LIKE 'imb:%' AND"
          + " abs(i.event_date - e.event_date) <= 1 AND abs(i.action_lat - e.action_lat) <= 0.5"
          + " AND abs(i.action_lon - e.action_lon) <= 0.5))";

  private StoreIncidentCounts() {}

  /** Counts of the store's piracy events; fails when the store holds none of that source. */
  public static IncidentCounts read(Connection c, String source) {
    String s = source.toLowerCase(Locale.ROOT);
    if (!s.equals("imb") && !s.equals("asam") && !s.equals("merged")) {
      throw new IllegalArgumentException(
          "piracy source must be imb, asam or merged, not " + source);
    }
    String sql =
        "WITH sel AS ("
            + SELECTED
            + ") SELECT sea_area, year(event_date) AS y, month(event_date) AS m, count(*) AS n"
            + " FROM sel GROUP BY ALL";
    IncidentCounts counts = new IncidentCounts();
    int rows = 0;
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, s);
      p.setString(2, s + ":%");
      p.setString(3, s);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          rows++;
          int month = IncidentCounts.month(r.getInt("y"), r.getInt("m"));
          String area = r.getString("sea_area");
          int n = r.getInt("n");
          SeaArea a = area == null ? null : SeaArea.parse(area).orElse(null);
          if (a == null) {
            counts.extend(month);
            counts.addOutside(n);
          } else {
            counts.add(a, month, n);
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot count piracy events: " + e.getMessage(), e);
    }
    if (rows == 0) {
      throw new IllegalStateException(
          "the store holds no " + s + " piracy events: load them with 'amity ingest piracy'");
    }
    return counts;
  }
}
