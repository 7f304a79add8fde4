package org.amity.app.cli;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.amity.signal.Resolution;
import org.amity.signal.Scope;
import org.amity.store.StoreException;
import org.amity.store.duckdb.DuckDbEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity series}: print an indicator series. */
@Command(
    name = "series",
    mixinStandardHelpOptions = true,
    description =
        "Print an indicator series of a country, dyad, sea area or region (run amity watch first"
            + " for series derived from events).")
final class SeriesCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(names = "--scope", required = true, description = "country, dyad, area or region.")
  String scope;

  @Option(
      names = "--subject",
      required = true,
      description = "THA; CHN-PHL (both directions) or CHN>PHL; SULU_CELEBES; ASEAN or WORLD.")
  String subject;

  @Option(
      names = "--indicator",
      defaultValue = "events",
      description =
          "events, q1..q4, incidents, conflict_incidents, mc_incidents, humanitarian_incidents,"
              + " coercion_incidents, goldstein_sum, goldstein_mean, tone_mean, mc_share, conflict_per_1k_world"
              + " (default ${DEFAULT-VALUE}).")
  String indicator;

  @Option(names = "--resolution", defaultValue = "month", description = "day, week or month.")
  String resolution;

  @Option(names = "--from", paramLabel = "DATE", description = "First period (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last period (YYYY-MM-DD).")
  LocalDate to;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    Scope sc = Scope.parse(scope);
    Resolution r = Resolution.parse(resolution);
    String subject = Scope.subject(sc, this.subject);
    if (!Scope.INDICATORS.contains(indicator)) {
      throw new IllegalArgumentException(
          "unknown indicator: " + indicator + " (use " + String.join(", ", Scope.INDICATORS) + ")");
    }
    try (DuckDbEventStore s = store.open();
        PreparedStatement p =
            s.connection()
                .prepareStatement(
                    "SELECT period, sum(value), string_agg(DISTINCT source, ',') FROM series_points"
                        + " WHERE scope = ? AND subject = ? AND indicator = ? AND resolution = ?"
                        + " AND period >= coalesce(?, DATE '0001-01-01') AND period <="
                        + " coalesce(?, DATE '9999-12-31') GROUP BY period ORDER BY period")) {
      p.setString(1, sc.key());
      p.setString(2, subject);
      p.setString(3, indicator);
      p.setString(4, r.key());
      p.setObject(5, from);
      p.setObject(6, to);
      List<Map<String, Object>> points = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("period", rs.getObject(1, LocalDate.class).toString());
          m.put("value", rs.getDouble(2));
          m.put("source", rs.getString(3));
          points.add(m);
        }
      }
      if (json) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scope", sc.key());
        out.put("subject", subject);
        out.put("indicator", indicator);
        out.put("resolution", r.key());
        out.put("points", points);
        System.out.println(Json.write(out));
      } else if (points.isEmpty()) {
        System.out.println("no points (is the subject spelled right, and has amity watch run?)");
      } else {
        for (Map<String, Object> m : points) {
          System.out.printf("%s  %10.2f%n", m.get("period"), (Double) m.get("value"));
        }
      }
      return 0;
    } catch (SQLException e) {
      throw new StoreException("cannot read the series: " + e.getMessage(), e);
    }
  }
}
