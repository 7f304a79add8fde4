package org.amity.signal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads the stored alerts (each with its evidence) and situations. Lists run most severe first:
 * alerts by level, then score (strongest first), then id; situations by level, then last update
 * (newest first), then id. Lists and counts never include withdrawn alerts or situations; one read
 * by its id is returned whatever its status, so a saved link still says what became of it.
 */
public interface SignalReader {

  List<Alert> alerts(AlertQuery query);

  /** How many alerts the query matches, paging aside. */
  int countAlerts(AlertQuery query);

  Optional<Alert> alert(long id);

  /**
   * The stored rows behind evidence item {@code item} (the first is 1) of alert {@code alertId}:
   * the rows of the item's day that its count was made from, the shown row first ({@link
   * EvidenceRecords}).
   *
   * @throws EvidenceRecords.Missing when there is no such alert, or the alert has no such item
   */
  EvidenceRecords evidenceRecords(long alertId, int item);

  /**
   * @param status "open", "protracted", "closed" or "all"
   * @param limit at most this many; 0 for no limit
   */
  default List<Situation> situations(String status, int limit, int offset) {
    return situations(status, null, null, limit, offset);
  }

  /**
   * Situations of a status ongoing in a date range, by the rule alerts are filtered by ({@link
   * AlertFilter#range}): opened on or before {@code to}, not closed before {@code from}.
   *
   * @param from no bound when null
   * @param to no bound when null
   */
  List<Situation> situations(String status, LocalDate from, LocalDate to, int limit, int offset);

  /** How many situations have this status ("all": every one not withdrawn). */
  default int countSituations(String status) {
    return countSituations(status, null, null);
  }

  /** How many situations of this status are ongoing in the range (nulls: no bound). */
  int countSituations(String status, LocalDate from, LocalDate to);

  /** How current the stored data is, overall and per subject. */
  Freshness freshness();

  /**
   * The gap within which the last watch grouped each scope's alerts into situations (it depends on
   * the detectors it ran: {@link SituationGrouper#gapDays}); empty for a store written before
   * watches recorded it, or never watched.
   */
  java.util.Map<Scope, Integer> groupingGaps();

  Optional<Situation> situation(long id);

  /** How many alerts and situations are open (counted, not read). */
  OpenCounts openCounts();

  /**
   * For each of the last {@code weeks} weeks (Monday starts) up to the week of the latest alert
   * update, how many alerts were open on one of its days, by their peak level; oldest first. An
   * alert is open from {@code opened} to the day before {@code closed}: the closing day is the
   * first day back to normal.
   */
  List<WeeklyAlerts> openAlertsByWeek(int weeks);

  /**
   * The same, for the {@code weeks} weeks up to the week of {@code to} (null: the latest alert
   * update). Protracted alerts count until the day before they became protracted.
   */
  List<WeeklyAlerts> openAlertsByWeek(int weeks, LocalDate to);

  /** Open alerts and situations (current ones: not protracted, not closed). */
  record OpenCounts(int alerts, int situations) {}

  /** Alerts open during one week, by peak level. */
  record WeeklyAlerts(LocalDate week, long watch, long warning, long alert) {}
}
