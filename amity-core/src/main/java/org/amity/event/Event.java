package org.amity.event;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One coded event: who (source actor) did what (CAMEO code) to whom (target actor), where and when,
 * with the source's measures of how widely it was reported.
 *
 * <p>GDELT rows are news reports, not incidents: the same incident reported by many outlets appears
 * as many events. The store keeps every row and offers an incident view that collapses them.
 *
 * @param dataset where the event comes from ("gdelt", "icews", "piracy", "text", ...)
 * @param nativeId the dataset's own identifier, unique within the dataset
 * @param eventDate the day the event happened, as coded
 * @param dateAdded when the source published the record, null if unknown
 * @param source the actor who acted
 * @param target the actor acted upon
 * @param code the CAMEO event code
 * @param rootEvent whether the event came from the lead paragraph of its article (GDELT)
 * @param quadClass cooperation/conflict class
 * @param goldstein theoretical impact on stability, -10 (most conflictual) to +10
 * @param mentions mentions of the event in the source's first collection window
 * @param sources distinct information sources reporting it
 * @param articles distinct articles reporting it
 * @param avgTone average tone of the reporting documents (-100..+100), NaN if unknown
 * @param action where the action took place
 * @param sourceUrl the first known report, null if none
 * @param subtype the source's own finer label, e.g. an IMB attack type ("Hijacked"), null if none
 * @param narrative free text that came with the record (an incident report, the coded sentence),
 *     null if none
 * @param fatalities people killed as the source counts them (ACLED, UCDP GED), null when the source
 *     does not count them
 */
public record Event(
    String dataset,
    String nativeId,
    LocalDate eventDate,
    LocalDateTime dateAdded,
    Actor source,
    Actor target,
    CameoCode code,
    boolean rootEvent,
    QuadClass quadClass,
    double goldstein,
    int mentions,
    int sources,
    int articles,
    double avgTone,
    Location action,
    String sourceUrl,
    String subtype,
    String narrative,
    Fatalities fatalities) {

  public Event {
    if (dataset == null || dataset.isEmpty()) {
      throw new IllegalArgumentException("dataset must be given");
    }
    if (nativeId == null || nativeId.isEmpty()) {
      throw new IllegalArgumentException("native id must be given");
    }
    if (eventDate == null || code == null || quadClass == null) {
      throw new IllegalArgumentException("event date, code and QuadClass must be given");
    }
    source = source == null ? Actor.NONE : source;
    target = target == null ? Actor.NONE : target;
    action = action == null ? Location.UNKNOWN : action;
  }

  /** An event whose source does not count fatalities. */
  public Event(
      String dataset,
      String nativeId,
      LocalDate eventDate,
      LocalDateTime dateAdded,
      Actor source,
      Actor target,
      CameoCode code,
      boolean rootEvent,
      QuadClass quadClass,
      double goldstein,
      int mentions,
      int sources,
      int articles,
      double avgTone,
      Location action,
      String sourceUrl,
      String subtype,
      String narrative) {
    this(
        dataset, nativeId, eventDate, dateAdded, source, target, code, rootEvent, quadClass,
        goldstein, mentions, sources, articles, avgTone, action, sourceUrl, subtype, narrative,
        null);
  }

  /** An event without subtype or narrative (the common case for GDELT and ICEWS). */
  public Event(
      String dataset,
      String nativeId,
      LocalDate eventDate,
      LocalDateTime dateAdded,
      Actor source,
      Actor target,
      CameoCode code,
      boolean rootEvent,
      QuadClass quadClass,
      double goldstein,
      int mentions,
      int sources,
      int articles,
      double avgTone,
      Location action,
      String sourceUrl) {
    this(
        dataset, nativeId, eventDate, dateAdded, source, target, code, rootEvent, quadClass,
        goldstein, mentions, sources, articles, avgTone, action, sourceUrl, null, null, null);
  }
}
