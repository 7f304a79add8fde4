package org.amity.store.duckdb;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amity.signal.DetectionSpec;
import org.amity.signal.Resolution;
import org.amity.signal.Scope;
import org.amity.signal.SeriesReader;
import org.amity.signal.SeriesScores;
import org.amity.signal.daily.DetectorInput;
import org.amity.signal.daily.SeriesDetection;

/**
 * Indicator series from {@code series_points}, and detector series as {@link SignalSeries} loads
 * them for the watch.
 */
final class DuckDbSeriesReader implements SeriesReader {
  private final Connections db;

  DuckDbSeriesReader(Connections db) {
    this.db = db;
  }

  @Override
  public List<StoredPoint> stored(
      Scope scope,
      String subject,
      String indicator,
      Resolution resolution,
      LocalDate from,
      LocalDate to) {
    return db.read(
        c -> {
          List<StoredPoint> out = new ArrayList<>();
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT period, value, source FROM series_points WHERE scope = ? AND subject = ?"
                      + " AND indicator = ? AND resolution = ?"
                      + " AND period >= coalesce(?, DATE '0001-01-01')"
                      + " AND period <= coalesce(?, DATE '9999-12-31') ORDER BY period, source")) {
            p.setString(1, scope.key());
            p.setString(2, subject);
            p.setString(3, indicator);
            p.setString(4, resolution.key());
            p.setObject(5, from);
            p.setObject(6, to);
            try (ResultSet rs = p.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new StoredPoint(
                        rs.getObject(1, LocalDate.class), rs.getDouble(2), rs.getString(3)));
              }
            }
          }
          return out;
        });
  }

  @Override
  public List<CatalogEntry> catalog(Scope scope, String subject) {
    return db.read(
        c -> {
          List<CatalogEntry> out = new ArrayList<>();
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT indicator, resolution, count(*), min(period), max(period),"
                      + " string_agg(DISTINCT source, ',' ORDER BY source) FROM series_points"
                      + " WHERE scope = ? AND subject = ? GROUP BY indicator, resolution"
                      + " ORDER BY indicator, resolution")) {
            p.setString(1, scope.key());
            p.setString(2, subject);
            try (ResultSet rs = p.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new CatalogEntry(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6)));
              }
            }
          }
          return out;
        });
  }

  @Override
  public Optional<SeriesScores> scored(DetectionSpec spec, String source, String subject) {
    return db.read(
        c -> {
          DetectorInput d = new SignalSeries(c).load(spec, source, Set.of(subject)).get(subject);
          if (d == null || d.periods().isEmpty()) {
            return Optional.empty();
          }
          return Optional.of(org.amity.signal.daily.SeriesDetection.score(spec, d));
        });
  }

  @Override
  public java.util.Map<String, SeriesScores> watched(
      DetectionSpec spec, String source, java.util.Collection<String> subjects) {
    return db.read(
        c -> {
          java.util.Map<String, SeriesScores> out = new java.util.TreeMap<>();
          if (subjects.isEmpty()) {
            return out;
          }
          new SignalSeries(c)
              .load(spec, source, Set.copyOf(subjects))
              .forEach(
                  (subject, d) -> {
                    // the watch's gate (the region rule is the caller's: it asks for those only)
                    SeriesScores x =
                        d.periods().isEmpty()
                            ? null
                            : SeriesDetection.scores(spec, subject, d, true);
                    if (x != null) {
                      out.put(subject, x);
                    }
                  });
          return out;
        });
  }
}
