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
   * The piracy reports a variant counts: for "imb" and "asam" every report of that file as the file
   * gave it (the events and the reports merged out of them, {@link PiracyTwins}); for "merged" the
   * events alone, one report per incident by the ingest's rule.
   */
  private static final String SELECTED =
      "SELECT * FROM (SELECT native_id, event_date, sea_area, false AS twin FROM events WHERE"
          + " dataset = 'piracy' UNION ALL SELECT native_id, event_date, sea_area, true AS twin FROM"
          + " piracy_twins WHERE dataset = 'piracy') e WHERE (? = 'merged' AND NOT twin) OR (?"
          + " <> 'merged' AND e.native_id LIKE ?)";

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
            p.setString(2, source);
            p.setString(3, source + ":%");
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
