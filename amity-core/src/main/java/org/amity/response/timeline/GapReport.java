package org.amity.response.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How warnings were answered over a period. Field names are the JSON keys of {@code amity gap
 * --json} and {@code /api/v1/gap}.
 *
 * @param warnings situations whose first warning falls in the period
 * @param answered30 share of them with a consultation or action within 30 days of the warning (0
 *     when there are no warnings)
 * @param answered90 the same within 90 days
 * @param medianDaysToConsultation median days from first warning to first consultation, over the
 *     warnings that had one; null when none did
 * @param medianDaysToAction the same to the first action
 * @param byInstrument per instrument of the actions taken: actions, and outcomes by kind, each
 *     row's counts in {@link GapMetrics#COUNT_ORDER}
 * @param byThreatType per main threat type: warnings, answered within 30 and within 90 days,
 *     outcomes by kind, in the same order
 * @param unanswered warnings with no consultation or action recorded at all, oldest first
 * @param unattached consultations and actions (the kinds that answer a warning) recorded on
 *     subjects where the store has no situation around their date (responses the watch did not see
 *     coming)
 * @param unattachedEntries every entry with no situation around it in the period, of any kind
 *     (statements, proposals, decisions and outcomes besides the consultations and actions of
 *     {@code unattached}): what {@code amity timeline --unattached} lists, within the period
 */
public record GapReport(
    LocalDate from,
    LocalDate to,
    int warnings,
    double answered30,
    double answered90,
    int answered30Count,
    int answered90Count,
    Double medianDaysToConsultation,
    Double medianDaysToAction,
    Map<String, Map<String, Integer>> byInstrument,
    Map<String, Map<String, Integer>> byThreatType,
    List<Unanswered> unanswered,
    int unattached,
    int unattachedEntries) {

  /** A warning nobody answered in the record. */
  public record Unanswered(
      long situationId, String title, String subject, LocalDate firstWarning, String level) {}
}
