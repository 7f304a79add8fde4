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
    // a record counts as an event in the month of its first day; the dead of a record dated by a
    // range are spread over its days as the watch spreads them (IndicatorTables#deathDays: day i
    // of n gets floor((i+1)*best/n) - floor(i*best/n)), and summed into the months they fall in
    String sql =
        "SELECT country, province, year(day) AS y, month(day) AS m, sum(deaths) AS deaths,"
            + " sum(n) AS n FROM (SELECT action_country AS country, action_adm1 AS province,"
            + " event_date AS day, CASE WHEN date_end > event_date THEN 0 ELSE"
            + " coalesce(fatalities, 0) END AS deaths, 1 AS n FROM events WHERE dataset ="
            + " 'ucdp-ged' UNION ALL SELECT country, province, first_day + i::INTEGER, ((i + 1) *"
            + " best) // days - (i * best) // days, 0 FROM (SELECT action_country AS country,"
            + " action_adm1 AS province, event_date AS first_day, fatalities::BIGINT AS best,"
            + " datediff('day', event_date, date_end) + 1 AS days, unnest(range(datediff('day',"
            + " event_date, date_end) + 1)) AS i FROM events WHERE dataset = 'ucdp-ged' AND"
            + " date_end > event_date AND fatalities IS NOT NULL)) GROUP BY ALL ORDER BY ALL";
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
