package org.amity.store.duckdb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amity.event.Event;
import org.amity.signal.Alert;
import org.amity.signal.AlertQuery;
import org.amity.signal.DetectorConfig;
import org.amity.signal.Evidence;
import org.amity.signal.EvidenceRecord;
import org.amity.signal.EvidenceRecords;
import org.amity.signal.Freshness;
import org.amity.signal.PooledLens;
import org.amity.signal.Scope;
import org.amity.signal.SignalReader;
import org.amity.signal.Situation;
import org.amity.signal.SubjectName;
import org.amity.signal.daily.EventClass;

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
  public EvidenceRecords evidenceRecords(long alertId, int item) {
    Alert a = alert(alertId).orElseThrow(() -> new EvidenceRecords.Missing("no alert " + alertId));
    int n = a.evidence().size();
    if (item < 1 || item > n) {
      throw new EvidenceRecords.Missing(
          "alert "
              + alertId
              + (n == 0
                  ? " has no evidence items"
                  : " has "
                      + (n == 1 ? "one evidence item" : n + " evidence items")
                      + " (1 to "
                      + n
                      + "), not "
                      + item));
    }
    Evidence shown = a.evidence().get(item - 1);
    DetectorConfig config = DetectorConfig.standard();
    Optional<EventClass> known = config.alertSpec(a.indicator()).map(EventClass::of);
    // the windows the item may come from, in the order a pooled alert's pool takes them: the
    // alert's own, then (a pooled alert's) the carrying dyad's conflict reports
    List<Window> windows = new ArrayList<>();
    windows.add(new Window(a.scope(), a.subject(), known.orElse(EventClass.ALL)));
    if (config.pool(a.indicator()).isPresent()) {
      for (String dyad : PooledLens.coastalPairs(a.subject())) {
        windows.add(new Window(Scope.DYAD, dyad, EventClass.CONFLICT));
      }
    }
    return db.read(
        c -> {
          EvidenceQueries q = new EvidenceQueries(c);
          for (Window w : windows) {
            List<Event> rows =
                q.records(
                    w.scope(), w.subject(), w.cls().name(), shown.dataset(), shown.nativeId());
            if (rows.isEmpty()) {
              continue;
            }
            List<EvidenceRecord> records = new ArrayList<>();
            for (Event e : rows) {
              records.add(
                  EvidenceRecord.of(
                      e,
                      e.dataset().equals(shown.dataset())
                          && e.nativeId().equals(shown.nativeId())));
            }
            String note = null;
            if (known.isEmpty()) {
              note =
                  "the indicator "
                      + a.indicator()
                      + " is not one of the shipped detectors, so which events it counts is not"
                      + " known here: rows of every kind are listed";
            } else if (records.size() != shown.reports()) {
              note =
                  records.size()
                      + " rows are stored where the item counts "
                      + shown.reports()
                      + ": the events changed after the last watch (amity watch updates the"
                      + " evidence)";
            }
            return new EvidenceRecords(
                alertId, item, shown, drawnFrom(w.scope(), w.subject(), w.cls()), note, records);
          }
          return new EvidenceRecords(
              alertId,
              item,
              shown,
              drawnFrom(a.scope(), a.subject(), known.orElse(EventClass.ALL)),
              "the row that shows this item is no longer stored among those the alert's evidence"
                  + " is drawn from (the events changed after the last watch)",
              List.of());
        });
  }

  /** Whose reports of which class an evidence item may be drawn from. */
  private record Window(Scope scope, String subject, EventClass cls) {}

  /** "Philippines (country PHL): conflict reports (verbal or material)", in words. */
  private static String drawnFrom(Scope scope, String subject, EventClass cls) {
    String kind =
        switch (cls) {
          case ALL -> "reports";
          case CONFLICT -> "conflict reports (verbal or material)";
          case MATERIAL -> "material-conflict reports";
          case HUMANITARIAN -> "humanitarian reports";
          case COERCION -> "reports of state coercion";
          case REBEL -> "reports of fighting with rebels on land";
          case PIRATE -> "reports of seizures and abductions by pirates";
          case DEADLY -> "reports of events in which someone was killed";
          case ABDUCTION -> "reports of abductions";
        };
    return SubjectName.of(scope, subject) + " (" + scope.key() + " " + subject + "): " + kind;
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
