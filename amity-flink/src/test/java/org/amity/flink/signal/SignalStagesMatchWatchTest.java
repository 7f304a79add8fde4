package org.amity.flink.signal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.amity.event.CountryTable;
import org.amity.flink.AmityFlinkJob;
import org.amity.flink.JobOptions;
import org.amity.ingest.Format;
import org.amity.ingest.OfficeHolders;
import org.amity.pipeline.IngestPipeline;
import org.amity.pipeline.WatchJob;
import org.amity.signal.DetectorConfig;
import org.amity.signal.Scope;
import org.amity.signal.Situation;
import org.amity.signal.daily.DailyIndicators;
import org.amity.signal.daily.Incident;
import org.amity.signal.daily.IncidentKey;
import org.amity.signal.daily.IndicatorDay;
import org.amity.simulate.GdeltProfile;
import org.amity.simulate.ScenarioSimulator;
import org.amity.simulate.SimulationSettings;
import org.amity.store.duckdb.ClusterOutput;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.store.duckdb.DuckDbStorage;
import org.amity.store.duckdb.IndicatorTwins;
import org.amity.store.duckdb.ParquetOutputs;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Equivalence of the two engines: on a simulated year (as {@code amity simulate} writes it) plus
 * the shared real files (GDELT 1.0 and 2.0, ICEWS), the Flink job on a local MiniCluster at
 * parallelism 2 writes the daily indicator rows of every scope and the alerts that {@code amity
 * watch --full} stores in the embedded store from the same folder: the same days and counts
 * (Goldstein and tone sums within 1e-9 relative), the same alerts, column by column (id, subject,
 * indicator, opened, closed, level, values, and what the evidence says: threat types, outside-power
 * share, themes, maritime and humanitarian shares), the same evidence rows per alert (rank, event,
 * reports), and, read back as a cluster store, the same situations with their threat types. The
 * shipped detectors include a pooled lens ({@code PooledLens}); the simulated year raises pooled
 * watches on the South China Sea, so the pooled stage and its evidence (the sea's attacks merged
 * with the carrying dyads' conflict events) are compared too.
 */
class SignalStagesMatchWatchTest {
  /** The alert column the job leaves to the reader, which groups situations. */
  private static final List<String> FROM_SITUATIONS = List.of("situation_id");

  @TempDir Path dir;

  @Test
  void aSimulatedYearAndTheRealFilesGiveTheWatchsDaysAndAlertsConflictAreasIncluded()
      throws Exception {
    List<IndicatorDay> job = assertEnginesAgree();
    assertThat(job)
        .filteredOn(d -> d.scope() == Scope.THEATRE)
        .extracting(IndicatorDay::subject)
        .contains("MINDANAO", "DEEP_SOUTH", "RAKHINE", "KACHIN_SHAN", "PAPUA");
    // the areas' alerts carry evidence (equal in both engines, above), all of it placed in the area
    long[] areas = ParquetOutputs.theatreEvidence(dir.resolve("embedded.duckdb"));
    assertThat(areas[0]).as("alerts on conflict areas").isPositive();
    assertThat(areas[1]).as("alerts on conflict areas with evidence").isEqualTo(areas[0]);
    assertThat(areas[2]).as("evidence rows placed outside the alert's area").isZero();
    assertThat(areas[3]).as("evidence rows naming no stored event").isZero();
  }

  /**
   * Runs the job and {@code watch --full} with the shipped detectors and checks every output equal;
   * the job's daily rows.
   */
  private List<IndicatorDay> assertEnginesAgree() throws Exception {
    Path in = inputs();
    Path out = dir.resolve("out");
    ObjectNode summary =
        AmityFlinkJob.run(
            JobOptions.parse(
                "--input", in.toString(), "--out", out.toString(), "--parallelism", "2"),
            new SignalJob());
    assertThat(summary.get("status").asText()).isEqualTo("finished");

    Path store = dir.resolve("embedded.duckdb");
    List<IndicatorDay> embedded;
    List<Incident> incidents;
    // the embedded ingest reads ICEWS with the office holders the job found by the same rule
    Path list = OfficeHolders.choose(null, false, JobOptions.class);
    OfficeHolders holders = list == null ? null : OfficeHolders.read(list, CountryTable.standard());
    try (DuckDbEventStore s = DuckDbEventStore.open(store)) {
      new IngestPipeline(s, null, null)
          .run(List.of(in), IngestPipeline.formats(EnumSet.allOf(Format.class), holders));
      new WatchJob(
              DuckDbStorage.over(s).watch(), DetectorConfig.standard(), WatchJob.Options.standard())
          .run(true);
      embedded = IndicatorTwins.storedDays(s);
      incidents = DailyIndicators.incidents(IndicatorTwins.stored(s));
    }

    List<IndicatorDay> job = IndicatorTwins.parquetDays(out.resolve("indicator_days"));
    assertThat(embedded).as("the embedded store's daily rows").hasSizeGreaterThan(5000);
    assertThat(embedded).extracting(IndicatorDay::subject).contains("ASEAN", "WORLD", "CHN-PHL");
    IndicatorTwins.assertSameRows(embedded, job);
    assertCountryRules(incidents, job);

    assertThat(ParquetOutputs.storeRows(store, "alerts"))
        .as("alerts of the watch")
        .isGreaterThan(10);
    assertThat(ParquetOutputs.rows(out.resolve("alerts")))
        .isEqualTo(ParquetOutputs.storeRows(store, "alerts"));

    assertThat(ParquetOutputs.differences(store, out.resolve("alerts"), "alerts", FROM_SITUATIONS))
        .as("alerts differing between the job and watch --full")
        .isZero();
    assertThat(ParquetOutputs.distinct(out.resolve("alerts"), "threat_types"))
        .as("alerts with different threat types")
        .isGreaterThan(1);

    assertThat(ParquetOutputs.storeRows(store, "alert_evidence"))
        .as("evidence rows of the watch")
        .isGreaterThan(100);
    assertThat(
            ParquetOutputs.differences(
                store, out.resolve("alert_evidence"), "alert_evidence", List.of()))
        .as("evidence rows differing between the job and watch --full")
        .isZero();

    // the pooled lens's alerts (equal in both engines, above) carry both sides' evidence
    long[] pooled = ParquetOutputs.seaEvidence(store, "sea_dyad_7d");
    assertThat(pooled[0]).as("pooled alerts").isPositive();
    assertThat(pooled[1]).as("their evidence rows at sea").isPositive();
    assertThat(pooled[2]).as("their evidence rows from the carrying dyads").isPositive();

    List<String> embeddedSituations;
    try (DuckDbStorage s = DuckDbStorage.over(DuckDbEventStore.open(store))) {
      embeddedSituations = describe(s.signals().situations("all", 0, 0));
    }
    try (DuckDbStorage cluster = ClusterOutput.attach(out).storage()) {
      new WatchJob(cluster.watch(), DetectorConfig.standard(), WatchJob.Options.standard())
          .regroupAll();
      List<String> situations = describe(cluster.signals().situations("all", 0, 0));
      assertThat(situations).as("situations on the cluster store").isEqualTo(embeddedSituations);
      assertThat(cluster.signals().situations("all", 0, 0))
          .as("situations with threat types")
          .anyMatch(x -> !x.threatTypes().isEmpty());
    }
    return job;
  }

  /**
   * The job's country rows count an incident at sea for the coastal state whose waters it happened
   * in only when that state is a side (source or target), and aid given abroad (a humanitarian code
   * with a known place other than the source's country) for the place and not the donor, as the
   * embedded watch does; the inputs hold incidents at sea between others (the simulated year's
   * straits piracy and standoffs) and donors' aid to a stricken member, so both rules are
   * exercised, not vacuous.
   */
  private static void assertCountryRules(List<Incident> incidents, List<IndicatorDay> job) {
    java.util.Set<String> watch = WatchJob.Options.standard().watchSet();
    java.util.Map<String, Long> counted = new java.util.TreeMap<>();
    long between = 0;
    long aidAbroad = 0;
    for (Incident i : incidents) {
      IncidentKey k = i.key();
      String src = k.sourceCountry();
      String act = k.actionCountry();
      boolean abroad =
          act != null
              && !act.equals(src)
              && org.amity.event.EventKinds.HUMANITARIAN_CODES.contains(k.eventCode());
      if (src != null && watch.contains(src)) {
        if (abroad) {
          aidAbroad++;
        } else {
          counted.merge(src + " " + k.day(), 1L, Long::sum);
        }
      }
      if (act == null || !watch.contains(act) || act.equals(src)) {
        continue;
      }
      if (k.seaArea() == null || act.equals(k.targetCountry())) {
        counted.merge(act + " " + k.day(), 1L, Long::sum);
      } else {
        between++;
      }
    }
    assertThat(between)
        .as("incidents at sea between others in a watched state's waters")
        .isPositive();
    assertThat(aidAbroad).as("aid given abroad by a watched state").isPositive();
    java.util.Map<String, Long> rows = new java.util.TreeMap<>();
    for (IndicatorDay d : job) {
      if (d.scope() == Scope.COUNTRY && d.counts().incidents() > 0) {
        rows.put(d.subject() + " " + d.day(), d.counts().incidents());
      }
    }
    assertThat(rows).as("the job's country incidents per day").isEqualTo(counted);
  }

  /** Situations in words, without their ids (which each store numbers on its own). */
  private static List<String> describe(List<Situation> situations) {
    return situations.stream()
        .map(
            x ->
                String.join(
                    " ",
                    x.scope().key(),
                    x.subject(),
                    x.level().key(),
                    x.status(),
                    String.valueOf(x.opened()),
                    String.valueOf(x.closed()),
                    String.valueOf(x.threatShares()),
                    String.valueOf(x.themes()),
                    String.valueOf(x.domain()),
                    String.valueOf(x.outsidePowerShare()),
                    String.valueOf(x.humanitarian()),
                    String.valueOf(x.alertIds())))
        .sorted()
        .toList();
  }

  /** A simulated year's export files and the shared real event files, in one input folder. */
  private Path inputs() throws Exception {
    Path sim = dir.resolve("sim");
    Path in = Files.createDirectories(dir.resolve("in"));
    SimulationSettings settings =
        SimulationSettings.of(365, 1, LocalDate.of(2025, 1, 1), 400, null, null);
    new ScenarioSimulator(GdeltProfile.standard(), settings).writeTo(sim, false);
    try (var list = Files.list(sim)) {
      for (Path p : list.filter(f -> f.toString().endsWith(".CSV")).toList()) {
        Files.move(p, in.resolve(p.getFileName()));
      }
    }
    for (String real :
        List.of(
            "gdelt/events/20161013151500.export.CSV",
            "gdelt/events/20130401.export.CSV.gz",
            "icews/events.2018-06-01.sample.tab")) {
      Path f = TestData.file(real);
      Files.copy(f, in.resolve(f.getFileName()));
    }
    return in;
  }
}
