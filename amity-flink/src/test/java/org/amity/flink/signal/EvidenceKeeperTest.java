package org.amity.flink.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amity.event.Actor;
import org.amity.event.CameoCode;
import org.amity.event.Event;
import org.amity.event.Location;
import org.amity.event.QuadClass;
import org.amity.signal.DetectedAlert;
import org.amity.signal.Level;
import org.amity.signal.Resolution;
import org.amity.signal.Scope;
import org.amity.signal.daily.EvidenceReports;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/**
 * The evidence kept per subject in continuous mode: an alert gets the reports of its window as
 * evidence while they are kept, and a day's reports are let go once the watermark is {@link
 * WatchSettings#evidenceDays()} past it (286 days with the standard detectors).
 */
class EvidenceKeeperTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
  private static final String KEY = "country|THA";

  @Test
  void theStandardDetectorsLookBack286Days() {
    // monthly sea incidents: (1 rolling + 6 protraction + 2 cooldown) months of 31 days, plus a
    // week
    assertThat(settings(true).evidenceDays()).isEqualTo(286);
  }

  @Test
  void anAlertGetsTheReportsOfItsWindowWhileTheyAreKept() throws Exception {
    var h = harness();
    h.processElement1(new StreamRecord<>(report("a1"), 0));
    h.processElement1(new StreamRecord<>(report("a2"), 0));
    h.processBothWatermarks(new Watermark(Keys.dayEnd(DAY)));
    h.processElement2(new StreamRecord<>(alert(), 0));
    h.processBothWatermarks(new Watermark(Keys.dayEnd(DAY.plusDays(1))));
    List<EvidenceRow> rows = evidence(h);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).reports()).isEqualTo(2);
    assertThat(rows.get(0).nativeId()).isEqualTo("a1");
    assertThat(h.extractOutputValues())
        .singleElement()
        .extracting(PoolSummary::threatTypes)
        .isNotEqualTo("{}");
  }

  @Test
  void aDayIsLetGoOnceTheWatermarkIsTheLookBackPastIt() throws Exception {
    var h = harness();
    h.processElement1(new StreamRecord<>(report("a1"), 0));
    int keep = settings(true).evidenceDays();
    h.processBothWatermarks(new Watermark(Keys.dayEnd(DAY.plusDays(keep - 1))));
    assertThat(h.numKeyedStateEntries()).as("kept a day before the bound").isPositive();
    h.processBothWatermarks(new Watermark(Keys.dayEnd(DAY.plusDays(keep))));
    h.processElement2(new StreamRecord<>(alert(), 0));
    h.processBothWatermarks(new Watermark(Keys.dayEnd(DAY.plusDays(keep + 1))));
    assertThat(evidence(h)).as("evidence after the day was let go").isEmpty();
    assertThat(h.extractOutputValues())
        .singleElement()
        .extracting(PoolSummary::threatTypes)
        .isEqualTo("{}");
  }

  private static KeyedTwoInputStreamOperatorTestHarness<
          String, SubjectReport, AlertRow, PoolSummary>
      harness() throws Exception {
    return ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(
        new EvidenceKeeper(settings(true)),
        SubjectReport::subjectKey,
        AlertRow::subjectKey,
        Types.STRING);
  }

  private static List<EvidenceRow> evidence(
      KeyedTwoInputStreamOperatorTestHarness<String, SubjectReport, AlertRow, PoolSummary> h) {
    List<EvidenceRow> out = new ArrayList<>();
    var queue = h.getSideOutput(EvidenceKeeper.EVIDENCE);
    if (queue != null) {
      queue.forEach(r -> out.add(r.getValue()));
    }
    return out;
  }

  private static WatchSettings settings(boolean continuous) {
    return new WatchSettings(new ArrayList<>(), null, null, continuous);
  }

  /** A Thai armed clash with Cambodia reported on DAY. */
  private static SubjectReport report(String id) {
    Actor tha = new Actor("THAMIL", null, "THA", null, null, null, List.of("MIL"));
    Actor khm = new Actor("KHMMIL", null, "KHM", null, null, null, List.of("MIL"));
    Event e =
        new Event(
            "gdelt",
            id,
            DAY,
            null,
            tha,
            khm,
            CameoCode.of("190"),
            true,
            QuadClass.MATERIAL_CONFLICT,
            -10,
            1,
            1,
            1,
            -5,
            new Location(
                "THA",
                null,
                Double.NaN,
                Double.NaN,
                org.amity.event.GeoPrecision.COUNTRY,
                null,
                null),
            "https://example.org/" + id,
            null,
            null,
            null);
    return new SubjectReport(KEY, EvidenceReports.of(e));
  }

  /** An alert on Thailand's conflict incidents over DAY. */
  private static AlertRow alert() {
    DetectedAlert a =
        new DetectedAlert(
            "conflict",
            Scope.COUNTRY,
            "THA",
            Resolution.DAY,
            Level.WARNING,
            Level.WARNING,
            DAY,
            DAY,
            null,
            null,
            DAY,
            2,
            0.5,
            4.2,
            3);
    return new AlertRow(1, 0, a, false, false, new String[0]);
  }
}
