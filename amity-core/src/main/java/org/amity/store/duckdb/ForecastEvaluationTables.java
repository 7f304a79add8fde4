package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amity.forecast.store.ForecastStore.Evaluation;
import org.amity.forecast.store.ForecastStore.Reliability;
import org.amity.store.StoreException;

/** A forecast run's track record in the tables of migration V021: range, scores, reliability. */
final class ForecastEvaluationTables {
  private ForecastEvaluationTables() {}

  /** Replaces the run's evaluation; runs inside the caller's write transaction. */
  static void save(Connection c, String runId, Evaluation e) throws SQLException {
    for (String t : List.of("forecast_evaluations", "forecast_scores", "forecast_reliability")) {
      try (PreparedStatement d = c.prepareStatement("DELETE FROM " + t + " WHERE run_id = ?")) {
        d.setString(1, runId);
        d.executeUpdate();
      }
    }
    try (PreparedStatement s =
        c.prepareStatement("INSERT INTO forecast_evaluations VALUES (?, ?, ?, ?, ?, ?)")) {
      s.setString(1, runId);
      s.setString(2, e.calibrator());
      s.setInt(3, e.firstOrigin());
      s.setInt(4, e.lastOrigin());
      s.setInt(5, e.cases());
      s.setDouble(6, e.events());
      s.executeUpdate();
    }
    try (PreparedStatement s =
        c.prepareStatement("INSERT INTO forecast_scores VALUES (?, ?, ?, ?, ?)")) {
      int ordinal = 0;
      for (var f : e.scores().entrySet()) {
        for (var v : f.getValue().entrySet()) {
          s.setString(1, runId);
          s.setInt(2, ordinal++);
          s.setString(3, f.getKey());
          s.setString(4, v.getKey());
          s.setObject(5, v.getValue() == null || v.getValue().isNaN() ? null : v.getValue());
          s.addBatch();
        }
      }
      s.executeBatch();
    }
    try (PreparedStatement s =
        c.prepareStatement("INSERT INTO forecast_reliability VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      Map<String, Integer> next = new LinkedHashMap<>();
      for (Reliability b : e.reliability()) {
        int bin = next.merge(b.forecaster(), 1, Integer::sum) - 1;
        s.setString(1, runId);
        s.setString(2, b.forecaster());
        s.setInt(3, bin);
        s.setDouble(4, b.low());
        s.setDouble(5, b.high());
        s.setInt(6, b.cases());
        s.setObject(7, Double.isNaN(b.meanForecast()) ? null : b.meanForecast());
        s.setInt(8, b.events());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  static Optional<Evaluation> read(Connection c, String runId) {
    try {
      String calibrator;
      int first;
      int last;
      int cases;
      double events;
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT calibrator, first_origin, last_origin, cases, events"
                  + " FROM forecast_evaluations WHERE run_id = ?")) {
        s.setString(1, runId);
        try (ResultSet rs = s.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          calibrator = rs.getString(1);
          first = rs.getInt(2);
          last = rs.getInt(3);
          cases = rs.getInt(4);
          events = rs.getDouble(5);
        }
      }
      Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT forecaster, score, value FROM forecast_scores WHERE run_id = ?"
                  + " ORDER BY ordinal")) {
        s.setString(1, runId);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            double v = rs.getDouble(3);
            scores
                .computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                .put(rs.getString(2), rs.wasNull() ? Double.NaN : v);
          }
        }
      }
      List<Reliability> bins = new ArrayList<>();
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT forecaster, low, high, cases, mean_forecast, events FROM"
                  + " forecast_reliability WHERE run_id = ? ORDER BY forecaster <> 'model',"
                  + " forecaster, bin")) {
        s.setString(1, runId);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            double mean = rs.getDouble(5);
            mean = rs.wasNull() ? Double.NaN : mean;
            bins.add(
                new Reliability(
                    rs.getString(1),
                    rs.getDouble(2),
                    rs.getDouble(3),
                    rs.getInt(4),
                    mean,
                    rs.getInt(6)));
          }
        }
      }
      return Optional.of(new Evaluation(calibrator, first, last, cases, events, scores, bins));
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read the evaluation of run " + runId + ": " + e.getMessage(), e);
    }
  }
}
