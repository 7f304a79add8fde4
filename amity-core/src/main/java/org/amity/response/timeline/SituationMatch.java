package org.amity.response.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Attaches an entry that names a subject, not a situation id, to the subject's situation around its
 * date: the latest one opened no more than {@link #LEAD_DAYS} days after the date and closed no
 * more than {@link #TAIL_DAYS} days before it (or still open). Responses often start while the
 * watch is still counting the same events, and outcomes come after an alert closes.
 */
public final class SituationMatch {
  static final int LEAD_DAYS = 30;
  static final int TAIL_DAYS = 180;

  private SituationMatch() {}

  public static Optional<TimelineStore.SituationSpan> pick(
      List<TimelineStore.SituationSpan> spans, LocalDate date) {
    TimelineStore.SituationSpan best = null;
    for (TimelineStore.SituationSpan s : spans) {
      boolean started = !s.opened().isAfter(date.plusDays(LEAD_DAYS));
      LocalDate last = s.closed() != null ? s.closed() : s.updated();
      boolean notLong = !last.plusDays(TAIL_DAYS).isBefore(date);
      if (started && notLong && (best == null || s.opened().isAfter(best.opened()))) {
        best = s;
      }
    }
    return Optional.ofNullable(best);
  }
}
