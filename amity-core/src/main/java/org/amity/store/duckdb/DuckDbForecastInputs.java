package org.amity.store.duckdb;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.amity.forecast.escalation.DyadMonthImports;
import org.amity.forecast.piracy.PiracyMonthCounts;

/**
 * What forecasts read from the store: piracy events per area and month, imported dyad months, UCDP
 * GED deaths per province and month.
 */
final class DuckDbForecastInputs
    implements PiracyMonthCounts, DyadMonthImports, org.amity.forecast.deaths.GedMonthDeaths {
  /**
   * Every piracy report as the files gave it: the events and the reports merged out of them as the
   * other file's report of one incident ({@link PiracyTwins}), so that a variant of one file counts
   * its whole file and "merged" keeps its own rule.
   */
  private static final String REPORTS =
      "(SELECT native_id, event_date, action_lat, action_lon, sea_area FROM events WHERE dataset ="
          + " 'piracy' UNION ALL SELECT native_id, event_date, action_lat, action_lon, sea_area FROM"
          + " piracy_twins WHERE dataset = 'piracy')";

  private static final String SELECTED =
      "SELECT * FROM "
          + REPORTS
          + " e WHERE (? = 'merged' OR e.native_id LIKE ?)"
          + " AND NOT (? = 'merged' AND e.native_id LIKE 'asam:%' AND EXISTS (SELECT 1 FROM "
          + REPORTS
          + " i WHERE i.native_id LIKE 'imb:%' AND"
          + " abs(i.event_date - e.event_date) <= 1 AND abs(i.action_lat - e.action_lat) <= 0.5"
          + " AND abs(i.action_lon - e.action_lon) <= 0.5))";

  private final Connections db;

  DuckDbForecastInputs(Connections db) {
    this.db = db;
  }

  @Override
  public List<AreaMonth> piracyMonths(String source) {
    String sql =
        "WITH sel AS ("
            + SELECTED
            + ") SELECT sea_area, year(event_date) AS y, month(event_date) AS m, count(*) AS n"
            + " FROM sel GROUP BY ALL";
    return db.read(
        c -> {
          List<AreaMonth> out = new ArrayList<>();
          try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, source);
            p.setString(2, source + ":%");
            p.setString(3, source);
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                out.add(
                    new AreaMonth(
                        r.getString("sea_area"), r.getInt("y"), r.getInt("m"), r.getInt("n")));
              }
            }
          }
          return out;
        });
  }

  @Override
  public List<Row> dyadMonthRows() {
    String sql =
        "SELECT source, subject, indicator, year(period) AS y, month(period) AS m, value"
            + " FROM series_imports WHERE scope = 'dyad' AND resolution = 'month'"
            + " AND indicator IN ('q1', 'q2', 'q3', 'q4') AND subject LIKE '%>%'";
    return db.read(
        c -> {
          List<Row> out = new ArrayList<>();
          try (PreparedStatement p = c.prepareStatement(sql);
              ResultSet r = p.executeQuery()) {
            while (r.next()) {
              out.add(
                  new Row(
                      r.getString("source"),
                      r.getString("subject"),
                      r.getString("indicator"),
                      r.getInt("y"),
                      r.getInt("m"),
                      r.getDouble("value")));
            }
          }
          return out;
        });
  }

  @Override
  public List<ProvinceMonth> gedMonths() {
    String sql =
        "SELECT action_country AS country, action_adm1 AS province, year(event_date) AS y,"
            + " month(event_date) AS m, coalesce(sum(fatalities), 0) AS deaths, count(*) AS n"
            + " FROM events WHERE dataset = 'ucdp-ged' GROUP BY ALL ORDER BY ALL";
    return db.read(
        c -> {
          List<ProvinceMonth> out = new ArrayList<>();
          try (PreparedStatement p = c.prepareStatement(sql);
              ResultSet r = p.executeQuery()) {
            while (r.next()) {
              out.add(
                  new ProvinceMonth(
                      r.getString("country"),
                      r.getString("province"),
                      r.getInt("y"),
                      r.getInt("m"),
                      r.getLong("deaths"),
                      r.getInt("n")));
            }
          }
          return out;
        });
  }
}
