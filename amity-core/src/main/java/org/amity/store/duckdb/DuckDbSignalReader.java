package org.amity.store.duckdb;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amity.signal.Alert;
import org.amity.signal.AlertQuery;
import org.amity.signal.Freshness;
import org.amity.signal.SignalReader;
import org.amity.signal.Situation;

/**
 * Alerts with their evidence, and situations, read through {@link AlertTables} and {@link
 * SituationTables}, the one reader of each table.
 */
final class DuckDbSignalReader implements SignalReader {
  private final Connections db;

  DuckDbSignalReader(Connections db) {
    this.db = db;
  }

  @Override
  public List<Alert> alerts(AlertQuery query) {
    return db.read(c -> new AlertTables(c).read(query));
  }

  @Override
  public int countAlerts(AlertQuery query) {
    return db.read(c -> new AlertTables(c).count(query));
  }

  @Override
  public int countSituations(String status, LocalDate from, LocalDate to) {
    checkStatus(status);
    return db.read(c -> new SituationTables(c).count(status, from, to));
  }

  @Override
  public Freshness freshness() {
    return db.read(FreshnessQuery::read);
  }

  @Override
  public java.util.Map<org.amity.signal.Scope, Integer> groupingGaps() {
    return db.read(
        c ->
            org.amity.signal.SituationGrouper.parseGaps(
                WatchState.get(c, SignalSeries.GROUPING_GAPS)));
  }

  private static void checkStatus(String status) {
    if (!AlertQuery.STATUSES.contains(status)) {
      throw new IllegalArgumentException(
          "status must be open, protracted, closed or all, not " + status);
    }
  }

  @Override
  public Optional<Alert> alert(long id) {
    return db.read(c -> new AlertTables(c).read(id));
  }

  @Override
  public List<Situation> situations(
      String status, LocalDate from, LocalDate to, int limit, int offset) {
    checkStatus(status);
    return db.read(c -> new SituationTables(c).read(status, null, from, to, limit, offset));
  }

  @Override
  public Optional<Situation> situation(long id) {
    return db.read(
        c -> new SituationTables(c).read("all", id, null, null, 0, 0).stream().findFirst());
  }

  @Override
  public OpenCounts openCounts() {
    return db.read(AlertTables::openCounts);
  }

  @Override
  public List<WeeklyAlerts> openAlertsByWeek(int weeks) {
    if (weeks < 1) {
      throw new IllegalArgumentException("weeks must be at least 1");
    }
    return openAlertsByWeek(weeks, null);
  }

  @Override
  public List<WeeklyAlerts> openAlertsByWeek(int weeks, java.time.LocalDate to) {
    if (weeks < 1) {
      throw new IllegalArgumentException("weeks must be at least 1");
    }
    return db.read(c -> new AlertTables(c).openByWeek(weeks, to));
  }
}
