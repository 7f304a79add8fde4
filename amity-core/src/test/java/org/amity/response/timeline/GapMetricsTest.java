package org.amity.response.timeline;

import static org.amity.response.timeline.Entries.stored;
import static org.amity.response.timeline.Entries.warning;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapMetricsTest {
  private final List<WarningRecord> warnings =
      List.of(
          warning(1, "2014-01-01", "inter-state"),
          warning(2, "2014-02-01", "intra-state"),
          warning(3, "2014-03-01", "inter-state"),
          warning(4, "2013-12-01", "inter-state"));

  private final List<TimelineEntry> entries =
      List.of(
          stored(10, 1L, EntryKind.CONSULTATION, "2014-01-11"),
          stored(11, 1L, EntryKind.ACTION, "2014-01-21", "adi", null, null),
          stored(12, 1L, EntryKind.OUTCOME, "2014-04-01", null, "de-escalated", 11L),
          stored(20, 2L, EntryKind.CONSULTATION, "2014-04-02"),
          stored(21, 2L, EntryKind.ACKNOWLEDGED, "2014-02-02"),
          stored(30, null, EntryKind.ACTION, "2014-02-10"));

  @Test
  void countsWarningsAnsweredWithin30And90DaysAndTheMedianDelays() {
    GapReport r =
        GapMetrics.compute(
            warnings, entries, LocalDate.parse("2014-01-01"), LocalDate.parse("2014-12-31"));
    assertThat(r.warnings()).isEqualTo(3);
    assertThat(r.answered30Count()).isEqualTo(1);
    assertThat(r.answered90Count()).as("situation 2 answered on day 60").isEqualTo(2);
    assertThat(r.answered90()).isEqualTo(2.0 / 3);
    assertThat(r.medianDaysToConsultation()).as("10 and 60 days").isEqualTo(35.0);
    assertThat(r.medianDaysToAction()).isEqualTo(20.0);
    assertThat(r.unanswered()).extracting(GapReport.Unanswered::situationId).containsExactly(3L);
    assertThat(r.byInstrument().get("adi"))
        .containsEntry("actions", 1)
        .containsEntry("de-escalated", 1);
    assertThat(r.byThreatType().get("inter-state"))
        .containsEntry("warnings", 2)
        .containsEntry("answered90", 1);
    assertThat(r.unattached()).isEqualTo(1);
  }

  /**
   * audit6 J13: the gap page's columns followed the server's map (alphabetical: "actions ·
   * de-escalated" before "warnings"). Each row's counts come in one fixed order: warnings, answered
   * within 30 and 90 days, actions, then the outcomes from de-escalated to escalated.
   */
  @Test
  void eachRowsCountsComeInTheOrderPeopleReadThem() {
    List<TimelineEntry> more =
        List.of(
            stored(10, 1L, EntryKind.CONSULTATION, "2014-01-11"),
            stored(11, 1L, EntryKind.ACTION, "2014-01-21", "adi", null, null),
            stored(12, 1L, EntryKind.OUTCOME, "2014-04-01", null, "escalated", 11L),
            stored(13, 1L, EntryKind.OUTCOME, "2014-05-01", null, "de-escalated", 11L),
            stored(14, 1L, EntryKind.OUTCOME, "2014-06-01", null, "unchanged", 11L));
    GapReport r =
        GapMetrics.compute(
            warnings, more, LocalDate.parse("2014-01-01"), LocalDate.parse("2014-12-31"));
    assertThat(r.byThreatType().get("inter-state").keySet())
        .containsExactly(
            "warnings", "answered30", "answered90", "de-escalated", "unchanged", "escalated");
    assertThat(r.byThreatType().get("inter-state"))
        .containsEntry("answered30", 1)
        .containsEntry("answered90", 1);
    assertThat(r.byInstrument().get("adi").keySet())
        .containsExactly("actions", "de-escalated", "unchanged", "escalated");
  }

  /**
   * Audit5 I11: the gap counts only consultations and actions with no situation around them; {@code
   * timeline --unattached} lists every kind. Both figures are kept, so the two faces can say which
   * they count.
   */
  @Test
  void theUnattachedCountIsOfConsultationsAndActionsBesideEveryUnattachedEntry() {
    List<TimelineEntry> more =
        List.of(
            stored(30, null, EntryKind.ACTION, "2014-02-10"),
            stored(31, null, EntryKind.CONSULTATION, "2014-03-10"),
            stored(32, null, EntryKind.OUTCOME, "2014-03-12", null, "unchanged", null),
            stored(33, null, EntryKind.PROPOSAL, "2014-03-13"),
            stored(34, null, EntryKind.ACTION, "2015-01-10"));
    GapReport r =
        GapMetrics.compute(
            warnings, more, LocalDate.parse("2014-01-01"), LocalDate.parse("2014-12-31"));
    assertThat(r.unattached()).as("the action and the consultation of 2014").isEqualTo(2);
    assertThat(r.unattachedEntries()).as("every kind, within 2014").isEqualTo(4);
  }

  @Test
  void aSupersededConsultationNoLongerAnswersAWarning() {
    TimelineEntry c = stored(10, 1L, EntryKind.CONSULTATION, "2014-01-11");
    TimelineEntry corrected =
        new TimelineEntry(
            c.id(),
            c.situationId(),
            c.what(),
            c.author(),
            LocalDateTime.now(),
            c.origin(),
            null,
            99L);
    GapReport r = GapMetrics.compute(List.of(warnings.get(0)), List.of(corrected), null, null);
    assertThat(r.unanswered()).hasSize(1);
    assertThat(r.answered90()).isZero();
  }

  @Test
  void listsUnansweredWarningsOldestFirst() {
    GapReport r = GapMetrics.compute(warnings, List.of(), null, null);
    assertThat(r.unanswered())
        .extracting(GapReport.Unanswered::situationId)
        .containsExactly(4L, 1L, 2L, 3L);
    assertThat(r.medianDaysToAction()).isNull();
  }

  /**
   * Audit of the thirty-first round (G1): an outcome that no action preceded (Thailand's coup, two
   * days before the first action) was counted under "unnamed", with actions that named no
   * instrument; the two are now kept apart.
   */
  @Test
  void anOutcomeBeforeAnyActionIsNotCountedWithActionsThatNamedNoInstrument() {
    List<TimelineEntry> mine =
        List.of(
            stored(40, 1L, EntryKind.OUTCOME, "2014-01-05", null, "escalated", null),
            stored(41, 1L, EntryKind.ACTION, "2014-01-07"),
            stored(42, 1L, EntryKind.OUTCOME, "2014-02-01", null, "de-escalated", null));
    GapReport r = GapMetrics.compute(List.of(warnings.get(0)), mine, null, null);
    assertThat(r.byInstrument().get(GapMetrics.NO_ACTION))
        .containsExactlyEntriesOf(java.util.Map.of("escalated", 1));
    assertThat(r.byInstrument().get(GapMetrics.NO_INSTRUMENT))
        .containsEntry("actions", 1)
        .containsEntry("de-escalated", 1)
        .doesNotContainKey("escalated");
    assertThat(r.byInstrument()).doesNotContainKey("unnamed");
  }
}
