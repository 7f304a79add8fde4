package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amity.forecast.store.ForecastStore;
import org.amity.store.StoreException;

/** Live forecasts in the tables of migrations V020 (runs, forecasts) and V021 (evaluations). */
final class DuckDbForecastStore implements ForecastStore {
  private final Connections db;

  DuckDbForecastStore(Connections db) {
    this.db = db;
  }

  @Override
  public void save(Run run, List<UnitForecast> rows) {
    try {
      db.write(
          c -> {
            try (PreparedStatement r =
                    c.prepareStatement(
                        "INSERT INTO forecast_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement f =
                    c.prepareStatement(
                        "INSERT INTO forecasts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
              r.setString(1, run.runId());
              r.setString(2, run.target());
              r.setString(3, run.model());
              r.setInt(4, run.origin());
              r.setInt(5, run.horizon());
              r.setString(6, run.periodKind());
              r.setString(7, run.valueKind());
              r.setString(8, run.provenanceJson());
              r.setTimestamp(9, Timestamp.valueOf(LocalDateTime.now(java.time.ZoneOffset.UTC)));
              r.executeUpdate();
              for (UnitForecast u : rows) {
                f.setString(1, run.runId());
                f.setString(2, run.target());
                f.setString(3, u.unit());
                f.setString(4, u.name());
                f.setString(5, u.period());
                f.setInt(6, u.periodYear());
                f.setDouble(7, u.value());
                f.setObject(8, Double.isNaN(u.low()) ? null : u.low());
                f.setObject(9, Double.isNaN(u.high()) ? null : u.high());
                f.setInt(10, u.rank());
                f.addBatch();
              }
              f.executeBatch();
            }
            return null;
          });
    } catch (StoreException e) {
      throw new StoreException(
          "cannot save forecast run " + run.runId() + ": " + e.getMessage(), e.getCause());
    }
  }

  @Override
  public Optional<Run> latestRun(String target, int year) {
    String sql =
        "SELECT r.* FROM forecast_runs r WHERE r.target = ? AND EXISTS (SELECT 1 FROM forecasts f"
            + " WHERE f.run_id = r.run_id AND f.period_year = ?) ORDER BY r.created_at DESC,"
            + " r.run_id DESC LIMIT 1";
    return db.read(c -> latestRun(c, sql, target, year));
  }

  @Override
  public List<Run> latestRunPerHorizon(String target, int year) {
    String sql =
        "SELECT r.* FROM forecast_runs r WHERE r.target = ? AND EXISTS (SELECT 1 FROM forecasts f"
            + " WHERE f.run_id = r.run_id AND f.period_year = ?) ORDER BY r.created_at DESC,"
            + " r.run_id DESC";
    return db.read(
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, target);
            s.setInt(2, year);
            List<Run> out = new ArrayList<>();
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                Run r = run(rs);
                if (seen.add(r.horizon())) {
                  out.add(r);
                }
              }
            }
            return out;
          } catch (SQLException e) {
            throw new StoreException("cannot read forecast runs: " + e.getMessage(), e);
          }
        });
  }

  private static Optional<Run> latestRun(Connection c, String sql, String target, int year) {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, target);
      s.setInt(2, year);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(run(rs));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read forecast runs: " + e.getMessage(), e);
    }
  }

  private static Run run(ResultSet rs) throws SQLException {
    return new Run(
        rs.getString("run_id"),
        rs.getString("target"),
        rs.getString("model"),
        rs.getInt("origin"),
        rs.getInt("horizon"),
        rs.getString("period_kind"),
        rs.getString("value_kind"),
        rs.getString("provenance"));
  }

  @Override
  public List<UnitForecast> list(String runId, int year) {
    String sql =
        "SELECT unit, unit_name, period, period_year, value, low, high, risk_rank FROM forecasts"
            + " WHERE run_id = ? AND period_year = ? ORDER BY risk_rank, unit";
    return db.read(c -> list(c, sql, runId, year));
  }

  @Override
  public List<UnitForecast> forecasts(String runId) {
    String sql =
        "SELECT unit, unit_name, period, period_year, value, low, high, risk_rank FROM forecasts"
            + " WHERE run_id = ? ORDER BY risk_rank, unit";
    return db.read(c -> list(c, sql, runId, null));
  }

  @Override
  public void saveEvaluation(String runId, Evaluation evaluation) {
    db.write(
        c -> {
          ForecastEvaluationTables.save(c, runId, evaluation);
          return null;
        });
  }

  @Override
  public Optional<Evaluation> evaluation(String runId) {
    return db.read(c -> ForecastEvaluationTables.read(c, runId));
  }

  @Override
  public List<Listed> runs() {
    return db.read(c -> listed(c, null));
  }

  @Override
  public Optional<Listed> run(String runId) {
    return db.read(c -> listed(c, runId)).stream().findFirst();
  }

  private static List<Listed> listed(Connection c, String runId) {
    String sql =
        "SELECT r.*, strftime(r.created_at, '%Y-%m-%dT%H:%M:%SZ') AS created,"
            + " (SELECT count(*) FROM forecasts f WHERE f.run_id = r.run_id) AS units,"
            + " (SELECT min(period) FROM forecasts f WHERE f.run_id = r.run_id) AS period"
            + " FROM forecast_runs r"
            + (runId == null ? "" : " WHERE r.run_id = ?")
            + " ORDER BY r.created_at DESC, r.run_id DESC";
    List<Listed> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      if (runId != null) {
        s.setString(1, runId);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Listed(
                  run(rs), rs.getString("created"), rs.getInt("units"), rs.getString("period")));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read forecast runs: " + e.getMessage(), e);
    }
    return out;
  }

  private static List<UnitForecast> list(Connection c, String sql, String runId, Integer year) {
    List<UnitForecast> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, runId);
      if (year != null) {
        s.setInt(2, year);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          double low = rs.getDouble("low");
          low = rs.wasNull() ? Double.NaN : low;
          double high = rs.getDouble("high");
          high = rs.wasNull() ? Double.NaN : high;
          out.add(
              new UnitForecast(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getInt(4),
                  rs.getDouble(5),
                  low,
                  high,
                  rs.getInt(8)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read forecasts: " + e.getMessage(), e);
    }
    return out;
  }
}
