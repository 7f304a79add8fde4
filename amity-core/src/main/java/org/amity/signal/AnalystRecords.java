package org.amity.signal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * What analysts record beside the detector's output: acknowledgements of alerts (seen, being looked
 * at) and notes or actions on situations. Every write is audited in the same transaction (who, from
 * where, what), so there is never a change without its record. An acknowledgement does not close an
 * alert: closing stays with the detector.
 */
public interface AnalystRecords {

  /** Who writes, for the audit record. */
  record Author(String user, String ip) {}

  /** One analyst's acknowledgement of an alert (the latest, when acknowledged again). */
  record Acknowledgement(long alertId, String user, LocalDateTime at, String comment) {}

  /**
   * A note or an action on a situation.
   *
   * @param kind "note" or "action"
   * @param instrument the knowledge-base instrument of an action, null when none
   * @param takenOn the day an action was taken, null when not given
   * @param alertId the alert it is about, null when about the whole situation
   */
  record Note(
      long id,
      long situationId,
      String kind,
      String author,
      LocalDateTime createdAt,
      String text,
      String instrument,
      LocalDate takenOn,
      Long alertId) {}

  /** A note or action to add (its id, author and time are given by the store). */
  record NewNote(String kind, String text, String instrument, LocalDate takenOn, Long alertId) {}

  /** Acknowledgements of these alerts, oldest first per alert; alerts without any are absent. */
  Map<Long, List<Acknowledgement>> acknowledgements(Collection<Long> alertIds);

  /** Notes and actions on a situation, oldest first. */
  List<Note> notes(long situationId);

  /**
   * Records {@code author}'s acknowledgement of an alert, replacing their earlier one.
   *
   * @return true when it is this user's first acknowledgement of the alert
   * @throws NoSuchElementException when there is no such alert
   */
  boolean acknowledge(long alertId, String comment, Author author, LocalDateTime at);

  /**
   * Adds a note or action to a situation.
   *
   * @return the stored note
   * @throws NoSuchElementException when there is no such situation
   * @throws IllegalArgumentException when the note names an alert of another situation
   */
  Note addNote(long situationId, NewNote note, Author author, LocalDateTime at);
}
