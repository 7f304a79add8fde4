package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.timeline.EntryDraft;
import org.amity.response.timeline.EntryKind;
import org.amity.response.timeline.EntryRules;
import org.amity.response.timeline.TimelineEntry;
import org.amity.response.timeline.TimelineRecorder;
import org.amity.response.timeline.TimelineStore;
import org.amity.response.timeline.Visibility;
import org.amity.signal.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbTimelineStoreTest {
  private static final TimelineStore.Writer ANA = new TimelineStore.Writer("ana", "127.0.0.1");

  @TempDir Path dir;
  private DuckDbEventStore events;
  private DuckDbTimelineStore store;
  private TimelineRecorder recorder;

  @BeforeEach
  void open() throws Exception {
    events = DuckDbEventStore.open(dir.resolve("t.duckdb"));
    try (Statement s = events.connection().createStatement()) {
      s.execute(
          "INSERT INTO situations VALUES (2, 'dyad', 'CHN-PHL', 'China-Philippines: shoal',"
              + " 'warning', 'closed', '2012-04-01', '2012-06-30', '2012-07-31', '[]',"
              + " '{\"inter-state\":1.0}', 'maritime', 'crisis', true, 0.3, false, '[]')");
      s.execute(
          "INSERT INTO alerts (id, situation_id, scope, subject, indicator, resolution, level,"
              + " peak_level, status, opened, updated, closed, period_start, period_end, value,"
              + " baseline, score, detector, threat_types, great_power_party, outside_power_share)"
              + " VALUES (21, 2, 'dyad', 'CHN-PHL', 'dyad_conflict_count_month', 'month', 'none',"
              + " 'alert', 'closed', '2012-04-01', '2012-06-30', '2012-07-31', '2012-04-01',"
              + " '2012-06-30', 30, 5, 6, 'robust-z', '{\"inter-state\":1.0}', true, 0.3)");
    }
    store = new DuckDbTimelineStore(events);
    recorder = new TimelineRecorder(store, new EntryRules(KnowledgeBase.standard()));
  }

  @AfterEach
  void close() {
    events.close();
  }

  private static EntryDraft consultation(
      Long situation, String date, Visibility v, Long supersedes) {
    return new EntryDraft(
        situation,
        situation == null ? Scope.DYAD : null,
        situation == null ? "CHN-PHL" : null,
        EntryKind.CONSULTATION,
        LocalDate.parse(date),
        null,
        "foreign ministers met",
        null,
        null,
        null,
        "asean-fmm",
        1,
        null,
        null,
        null,
        v,
        supersedes,
        null);
  }

  @Test
  void aSituationsTimelineHoldsTheWatchsWarningAndTheRecordedEntriesInDateOrder() {
    recorder.record(consultation(2L, "2012-07-09", null, null), "analyst", ANA);
    List<TimelineEntry> t = store.timeline(2, Visibility.VIEWER);
    assertThat(t)
        .extracting(TimelineEntry::kind)
        .containsExactly(EntryKind.WARNING, EntryKind.CONSULTATION, EntryKind.LEVEL);
    assertThat(t.get(0).author()).isEqualTo("watch");
    assertThat(t.get(0).what().text())
        .as("the watch's entry says in words what rose")
        .startsWith("alert on Conflict events between the two countries")
        .contains("(dyad_conflict_count_month, month)");
    assertThat(t.get(1).what().subject()).as("filled from the situation").isEqualTo("CHN-PHL");
    assertThat(store.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.firstWarning()).isEqualTo(LocalDate.parse("2012-04-01"));
              assertThat(w.threatType()).isEqualTo("inter-state");
            });
  }

  /**
   * Audit of the thirty-first round: every closed alert's entry said "the series is back within its
   * baseline", also Indonesia's protracted deaths alert that closed on 2019-09-01 because a renewed
   * rise opened a new alert on the same series that day, and the Straits' protracted alert of 2000
   * that closed at 3.7 attacks a month against a baseline of 1.4. A protracted alert's close now
   * says which of the two ended it.
   */
  @Test
  void aProtractedAlertsCloseSaysWhetherItRoseAgainOrCameBackDown() throws Exception {
    try (Statement s = events.connection().createStatement()) {
      s.execute(
          "INSERT INTO situations VALUES (3, 'country', 'IDN', 'Indonesia: intra-state tension',"
              + " 'alert', 'closed', '2019-02-01', '2019-12-31', '2020-01-01', '[]',"
              + " '{\"intra-state\":1.0}', 'land', 'post-crisis', false, 0.0, false, '[]')");
      s.execute(
          "INSERT INTO alerts (id, situation_id, scope, subject, indicator, resolution, level,"
              + " peak_level, status, opened, updated, closed, period_start, period_end, value,"
              + " baseline, score, detector, threat_types, great_power_party, outside_power_share,"
              + " protracted) VALUES"
              + " (8, 3, 'country', 'IDN', 'fatalities_month', 'month', 'alert', 'alert',"
              + " 'closed', '2019-02-01', '2019-07-01', '2019-09-01', '2019-02-01', '2019-07-31',"
              + " 30, 0.17, 9.5, 'robust-z', '{}', false, 0.0, '2019-08-01'),"
              + " (9, 3, 'country', 'IDN', 'fatalities_month', 'month', 'watch', 'warning',"
              + " 'closed', '2019-09-01', '2019-12-01', '2020-01-01', '2019-09-01', '2019-12-31',"
              + " 73, 16.7, 4.3, 'robust-z', '{}', false, 0.0, NULL),"
              + " (7, 3, 'country', 'IDN', 'material_conflict_7d', 'day', 'watch', 'warning',"
              + " 'closed', '2019-02-03', '2019-03-01', '2019-06-01', '2019-02-03', '2019-03-01',"
              + " 20, 5, 4.0, 'robust-z', '{}', false, 0.0, '2019-03-02')");
    }
    List<String> closes =
        store.timeline(3, Visibility.VIEWER).stream()
            .filter(e -> e.kind() == EntryKind.LEVEL)
            .map(e -> e.what().date() + " " + e.what().text())
            .toList();
    assertThat(closes)
        .hasSize(3)
        .anySatisfy(
            t ->
                assertThat(t)
                    .startsWith("2019-09-01 alert on People killed")
                    .endsWith(
                        "closed: protracted since 2019-08-01, it rose again: alert 9 opened on"
                            + " the same series that day"))
        .anySatisfy(
            t ->
                assertThat(t)
                    .startsWith("2019-06-01 ")
                    .endsWith(
                        "closed: protracted since 2019-03-02, its level came back down (its"
                            + " latest periods below the midpoint between the baseline before"
                            + " the rise and the raised level)"))
        .anySatisfy(
            t ->
                assertThat(t)
                    .startsWith("2020-01-01 ")
                    .endsWith("closed: the series is back within its baseline"));
  }

  /**
   * Audit 3 of the thirty-first round (G5): an alert whose protracted state would have begun on the
   * day a renewed rise opened a new alert on its series is stored closed, never protracted; its
   * close says it rose again, not that the series is back within its baseline. One that closed at
   * warning level, which the cooldown never does, says its level came back down.
   */
  @Test
  void anAlertClosedWhereItWouldHaveBecomeProtractedSaysWhetherItRoseAgainOrCameDown()
      throws Exception {
    try (Statement s = events.connection().createStatement()) {
      s.execute(
          "INSERT INTO situations VALUES (4, 'area', 'STRAITS', 'Straits: piracy',"
              + " 'warning', 'closed', '2015-06-01', '2016-02-29', '2016-03-01', '[]',"
              + " '{\"non-state\":1.0}', 'maritime', 'crisis', false, 0.0, false, '[]')");
      s.execute(
          "INSERT INTO alerts (id, situation_id, scope, subject, indicator, resolution, level,"
              + " peak_level, status, opened, updated, closed, period_start, period_end, value,"
              + " baseline, score, detector, threat_types, great_power_party, outside_power_share,"
              + " protracted) VALUES"
              + " (30, 4, 'area', 'STRAITS', 'sea_incidents', 'month', 'warning', 'warning',"
              + " 'closed', '2015-06-01', '2015-11-01', '2015-12-01', '2015-06-01', '2015-11-30',"
              + " 9, 2, 4.1, 'robust-z', '{}', false, 0.0, NULL),"
              + " (31, 4, 'area', 'STRAITS', 'sea_incidents', 'month', 'watch', 'warning',"
              + " 'closed', '2015-12-01', '2016-02-01', '2016-03-01', '2015-12-01', '2016-02-29',"
              + " 15, 6, 3.9, 'robust-z', '{}', false, 0.0, NULL),"
              // closed at warning: not by the cooldown, which steps down to watch first
              + " (32, 4, 'area', 'STRAITS', 'sea_abductions_4w', 'week', 'warning', 'warning',"
              + " 'closed', '2015-06-01', '2015-12-21', '2015-12-28', '2015-06-01', '2015-12-27',"
              + " 4, 1, 3.5, 'robust-z', '{}', false, 0.0, NULL)");
    }
    List<String> closes =
        store.timeline(4, Visibility.VIEWER).stream()
            .filter(e -> e.kind() == EntryKind.LEVEL)
            .map(e -> e.what().date() + " " + e.what().text())
            .toList();
    assertThat(closes)
        .anySatisfy(
            t ->
                assertThat(t)
                    .startsWith("2015-12-01 ")
                    .endsWith(
                        "closed: it rose again against the level it had held: alert 31 opened"
                            + " on the same series that day"))
        .anySatisfy(
            t ->
                assertThat(t)
                    .startsWith("2016-03-01 ")
                    .endsWith("closed: the series is back within its baseline"))
        .anySatisfy(
            t ->
                assertThat(t)
                    .startsWith("2015-12-28 ")
                    .endsWith(
                        "closed: its level came back down (its latest periods below the midpoint"
                            + " between the baseline before the rise and the raised level) when"
                            + " it had held without rising long enough to be called protracted"));
  }

  @Test
  void aCorrectionSupersedesWithoutRemovingAndBothAreAudited() throws Exception {
    TimelineEntry first =
        recorder.record(consultation(2L, "2012-07-09", null, null), "analyst", ANA);
    TimelineEntry fix =
        recorder.record(consultation(2L, "2012-07-10", null, first.id()), "analyst", ANA);
    List<TimelineEntry> stored = store.all(Visibility.ADMIN);
    assertThat(stored).hasSize(2);
    assertThat(stored.get(0).supersededBy()).isEqualTo(fix.id());
    assertThat(stored.get(1).superseded()).isFalse();
    try (Statement s = events.connection().createStatement();
        ResultSet rs =
            s.executeQuery("SELECT count(*) FROM audit_log WHERE action = 'timeline.add'")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(2);
    }
  }

  @Test
  void entriesAboveTheReadersClearanceAreNotReturned() {
    recorder.record(consultation(2L, "2012-07-09", Visibility.ANALYST, null), "analyst", ANA);
    assertThat(store.all(Visibility.VIEWER)).isEmpty();
    assertThat(store.all(Visibility.ANALYST)).hasSize(1);
  }

  @Test
  void refusesAnEntryOnASituationThatDoesNotExistOrACorrectionOfAnotherSituation() {
    assertThatThrownBy(() -> recorder.record(consultation(9L, "2012-07-09", null, null), "a", ANA))
        .hasMessageContaining("no situation 9");
    TimelineEntry loose = recorder.record(consultation(null, "2019-01-01", null, null), "a", ANA);
    assertThat(loose.situationId()).as("no situation near 2019").isNull();
    assertThatThrownBy(
            () -> recorder.record(consultation(2L, "2012-07-09", null, loose.id()), "a", ANA))
        .hasMessageContaining("belongs to another situation");
  }

  @Test
  void importsAFileWholeOrNotAtAllAndAgainWithoutDuplicates() {
    String good =
        "{\"scope\":\"dyad\",\"subject\":\"CHN-PHL\",\"kind\":\"consultation\","
            + "\"date\":\"2012-07-09\",\"body\":\"asean-fmm\",\"source\":\"https://asean.org/\"}";
    String bad =
        "{\"scope\":\"dyad\",\"subject\":\"CHN-PHL\",\"kind\":\"decision\",\"date\":\"2012-07-13\"}";
    TimelineRecorder.ImportOutcome refused =
        recorder.importLines("f.jsonl", List.of(good, bad), ANA);
    assertThat(refused.accepted()).isFalse();
    assertThat(refused.rejected())
        .singleElement()
        .satisfies(r -> assertThat(r.number()).isEqualTo(2));
    assertThat(store.all(Visibility.ADMIN)).as("nothing half-stored").isEmpty();

    TimelineRecorder.ImportOutcome ok = recorder.importLines("f.jsonl", List.of(good), ANA);
    assertThat(ok.stored()).isEqualTo(1);
    assertThat(store.all(Visibility.ADMIN).get(0).situationId())
        .as("attached by subject")
        .isEqualTo(2L);
    assertThat(store.all(Visibility.ADMIN).get(0).origin()).isEqualTo("import:f.jsonl");
    TimelineRecorder.ImportOutcome again = recorder.importLines("f.jsonl", List.of(good), ANA);
    assertThat(again.stored()).isZero();
    assertThat(again.alreadyStored()).isEqualTo(1);
    assertThat(store.all(Visibility.ADMIN)).hasSize(1);
  }
}
