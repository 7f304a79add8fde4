package org.amity.flink.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amity.event.Event;
import org.amity.signal.daily.DailyIndicators;
import org.amity.signal.daily.DayCounts;
import org.amity.signal.daily.IncidentKey;
import org.amity.signal.daily.IncidentSubjects;
import org.amity.signal.daily.IndicatorDay;
import org.amity.store.duckdb.IndicatorTwins;
import org.amity.store.duckdb.RecordedIncidents;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/**
 * The job's incident counters, fed the reports and records of {@code RecordedIncidents} one at a
 * time as the job keys them, add up to the plain engine's daily table (which {@code
 * DailyIndicatorsMatchSqlTest} holds equal to the store's SQL): records of a dataset that records
 * one incident per record are incidents each, news reports of one key and day one incident, in the
 * subjects' incidents, the conflict areas' and the pirates on a sea's coast alike; and, through the
 * subjects' stage ({@link SubjectDays}), a day's dead are the most one recorder counted.
 */
class IncidentCounterTest {
  private static final WatchSettings SETTINGS =
      new WatchSettings(new ArrayList<>(), null, null, false);

  @Test
  void theCountersAddUpToThePlainEnginesDaysForRecordsAndReports() throws Exception {
    List<Event> events = RecordedIncidents.events();
    List<SubjectDelta> deltas = new ArrayList<>();
    run(new IncidentCounter(SETTINGS), e -> Keys.incident(IncidentKey.of(e)), events, deltas);
    run(IncidentCounter.ofTheatres(SETTINGS), IncidentCounter::theatreKey, events, deltas);
    run(IncidentCounter.ofCoasts(SETTINGS), IncidentCounter::coastKey, events, deltas);
    List<IndicatorDay> job = days(deltas);
    List<IndicatorDay> plain =
        DailyIndicators.of(
            events, IncidentSubjects.watching(SETTINGS.options().watchSet()).withTheatres(true));
    IndicatorTwins.assertSameRows(plain, job);
    Map<String, DayCounts> sums = new HashMap<>();
    for (IndicatorDay d : job) {
      sums.put(d.scope().name() + "|" + d.subject() + "|" + d.day(), d.counts());
    }
    for (int d = 0; d < RecordedIncidents.INCIDENTS.size(); d++) {
      String world = "REGION|WORLD|" + RecordedIncidents.DAY.plusDays(d);
      assertThat(sums.get(world).incidents())
          .as("day %d", d)
          .isEqualTo(RecordedIncidents.INCIDENTS.get(d));
    }
    assertThat(sums.get("AREA|SULU_CELEBES|" + RecordedIncidents.DAY.plusDays(4)).pirateIncidents())
        .isEqualTo(2);
    assertThat(sums.get("THEATRE|MINDANAO|" + RecordedIncidents.DAY).incidents()).isEqualTo(2);
    // day 2: an ACLED and a UCDP GED record of one clash, two dead in each: two dead, not four,
    // for the country, the area and the regions alike (the subjects' stage settles each day)
    for (String subject : List.of("COUNTRY|PHL|", "THEATRE|MINDANAO|", "REGION|WORLD|")) {
      assertThat(sums.get(subject + RecordedIncidents.DAY.plusDays(2)).fatalities())
          .as(subject)
          .isEqualTo(2);
    }
  }

  @Test
  void theDeadOfARecordDatedByARangeGoToTheDaysOfTheRangeAsInThePlainEngine() throws Exception {
    List<Event> events = RecordedIncidents.ranged();
    List<SubjectDelta> deltas = new ArrayList<>();
    run(new IncidentCounter(SETTINGS), e -> Keys.incident(IncidentKey.of(e)), events, deltas);
    run(IncidentCounter.ofTheatres(SETTINGS), IncidentCounter::theatreKey, events, deltas);
    run(IncidentCounter.ofCoasts(SETTINGS), IncidentCounter::coastKey, events, deltas);
    List<IndicatorDay> job = days(deltas);
    IndicatorTwins.assertSameRows(
        DailyIndicators.of(
            events, IncidentSubjects.watching(SETTINGS.options().watchSet()).withTheatres(true)),
        job);
    Map<String, DayCounts> sums = new HashMap<>();
    for (IndicatorDay d : job) {
      sums.put(d.scope().name() + "|" + d.subject() + "|" + d.day(), d.counts());
    }
    // GED's 25 dead over days 2-11 (day 5: 3 against ACLED's 7, the larger taken), in Mindanao
    List<Long> expected = List.of(4L, 3L, 2L, 7L, 2L, 3L, 2L, 3L, 2L, 3L);
    for (int d = 2; d <= 11; d++) {
      assertThat(sums.get("THEATRE|MINDANAO|" + RecordedIncidents.DAY.plusDays(d)).fatalities())
          .as("day %d", d)
          .isEqualTo(expected.get(d - 2));
    }
  }

  /** Feeds the events a counter's key selects and keeps its deltas. */
  private static void run(
      IncidentCounter counter,
      KeySelector<Event, String> key,
      List<Event> events,
      List<SubjectDelta> deltas)
      throws Exception {
    try (KeyedOneInputStreamOperatorTestHarness<String, Event, SubjectDelta> h =
        ProcessFunctionTestHarnesses.forKeyedProcessFunction(counter, key, Types.STRING)) {
      for (Event e : events) {
        if (key.getKey(e) != null) {
          h.processElement(e, 0);
        }
      }
      deltas.addAll(h.extractOutputValues());
    }
  }

  /**
   * The deltas through the subjects' stage of a bounded run: the rows of {@code indicator_days}.
   */
  private static List<IndicatorDay> days(List<SubjectDelta> deltas) throws Exception {
    try (KeyedOneInputStreamOperatorTestHarness<String, SubjectDelta, IndicatorDay> h =
        ProcessFunctionTestHarnesses.forKeyedProcessFunction(
            new SubjectDays(SETTINGS), SubjectDelta::subjectKey, Types.STRING)) {
      for (SubjectDelta d : deltas) {
        h.processElement(d, 0);
      }
      h.processWatermark(Long.MAX_VALUE);
      List<IndicatorDay> out = new ArrayList<>(h.extractOutputValues());
      out.sort(DailyIndicators.ORDER);
      return out;
    }
  }
}
