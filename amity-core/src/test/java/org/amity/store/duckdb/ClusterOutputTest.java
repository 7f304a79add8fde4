package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.amity.ingest.Format;
import org.amity.pipeline.IngestPipeline;
import org.amity.pipeline.WatchJob;
import org.amity.signal.DetectorConfig;
import org.amity.signal.Situation;
import org.amity.simulate.GdeltProfile;
import org.amity.simulate.ScenarioSimulator;
import org.amity.simulate.SimulationSettings;
import org.amity.store.NotAStoreException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store attached to a job output folder reads the same events, series, alerts and situations as
 * the embedded store that wrote those files. The output here is written from an embedded store (one
 * Parquet file per table, as the Flink job writes them), so the reader side is tested apart from
 * the job.
 */
class ClusterOutputTest {
  @TempDir static Path dir;
  private static Path out;
  private static List<String> situationsBefore;
  private static List<String> simulatedFiles;

  @BeforeAll
  static void writeAnOutputFolderFromAWatchedStore() throws Exception {
    Path sim = dir.resolve("sim");
    new ScenarioSimulator(
            GdeltProfile.standard(),
            SimulationSettings.of(240, 11L, LocalDate.of(2025, 1, 1), 400, null, null))
        .writeTo(sim, true);
    List<Path> files;
    try (Stream<Path> s = Files.list(sim)) {
      files = s.filter(p -> p.toString().endsWith(".export.CSV")).sorted().toList();
    }
    simulatedFiles = files.stream().map(Path::toString).toList();
    out = dir.resolve("out");
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("source.duckdb"))) {
      new IngestPipeline(store, null, null)
          .run(files, IngestPipeline.formats(Set.of(Format.GDELT2)));
      DuckDbStorage storage = DuckDbStorage.over(store);
      new WatchJob(storage.watch(), DetectorConfig.standard(), WatchJob.Options.standard())
          .run(true);
      situationsBefore = describe(storage.signals().situations("all", 0, 0));
      ClusterOutputFixture.writeJobOutput(store, out);
    }
  }

  private static List<String> describe(List<Situation> situations) {
    List<String> d = new ArrayList<>();
    for (Situation s : situations) {
      d.add(s.scope() + " " + s.subject() + " " + s.level() + " " + s.status() + " " + s.opened());
    }
    d.sort(null);
    return d;
  }

  @Test
  void theAttachedStoreReadsTheSameEventsIndicatorsAndAlertsAsTheStoreThatWroteThem()
      throws Exception {
    try (DuckDbEventStore source = DuckDbEventStore.open(dir.resolve("source.duckdb"));
        DuckDbStorage attached = ClusterOutput.attach(out).storage()) {
      Connection a = attached.eventStore().connection();
      for (String q :
          List.of(
              "SELECT count(*), count(DISTINCT native_id), min(event_date), max(event_date) FROM"
                  + " events",
              "SELECT count(*), sum(incidents), sum(conflict_incidents), round(sum(goldstein_sum), 4) FROM"
                  + " indicator_days",
              "SELECT count(*), round(sum(value), 4) FROM series_derived WHERE resolution = 'month'",
              "SELECT count(*), sum(reports) FROM incidents",
              "SELECT count(*), string_agg(id || level || opened, ',' ORDER BY id) FROM alerts",
              "SELECT count(*) FROM alert_evidence")) {
        assertThat(row(a, q)).as(q).isEqualTo(row(source.connection(), q));
      }
      assertThat(attached.events().stats().events()).isEqualTo(source.stats().events());
      assertThat(row(a, "SELECT count(*) FROM events")).isNotEqualTo("0");
    }
  }

  @Test
  void groupingTheLoadedAlertsGivesTheSituationsOfTheWatchThatRaisedThem() {
    try (DuckDbStorage attached = ClusterOutput.attach(out).storage()) {
      new WatchJob(attached.watch(), DetectorConfig.standard(), WatchJob.Options.standard())
          .regroupAll();
      assertThat(describe(attached.signals().situations("all", 0, 0)))
          .isNotEmpty()
          .isEqualTo(situationsBefore);
    }
  }

  @Test
  void anIngestIntoTheAttachedStoreIsRefusedAndChangesNothing() throws Exception {
    try (DuckDbStorage attached = ClusterOutput.attach(out).storage()) {
      String before = row(attached.eventStore().connection(), "SELECT count(*) FROM events");
      List<org.amity.store.IngestResult> results =
          new IngestPipeline(attached.eventStore(), null, null)
              .run(
                  List.of(Path.of(simulatedFiles.get(0))),
                  IngestPipeline.formats(Set.of(Format.GDELT2)));
      assertThat(results).hasSize(1);
      assertThat(results.get(0).status()).isEqualTo(org.amity.store.IngestResult.Status.FAILED);
      assertThat(results.get(0).message()).isNotBlank();
      assertThat(row(attached.eventStore().connection(), "SELECT count(*) FROM events"))
          .isEqualTo(before);
    }
  }

  @Test
  void alertsAreLoadedAgainOnlyWhenTheJobOutputChanged() throws Exception {
    ClusterOutput.attach(out).storage().close();
    try (DuckDbStorage again = ClusterOutput.attach(out).storage()) {
      // attached once above with the same output: nothing to load
    }
    ClusterOutput.Attached second = ClusterOutput.attach(out);
    second.storage().close();
    assertThat(second.alertsReloaded()).isFalse();
    Path copy = dir.resolve("copy");
    copyTree(out, copy);
    Files.writeString(copy.resolve(ClusterOutput.MANIFEST), "{\"status\":\"finished\",\"n\":2}");
    ClusterOutput.Attached changed = ClusterOutput.attach(copy);
    changed.storage().close();
    assertThat(changed.alertsReloaded()).isTrue();
    ClusterOutput.Attached same = ClusterOutput.attach(copy);
    same.storage().close();
    assertThat(same.alertsReloaded()).isFalse();
  }

  @Test
  void aDayWrittenInTwoRowsByAContinuousJobCountsAsTheirSum() throws Exception {
    Path twice = dir.resolve("twice");
    copyTree(out, twice);
    Path days = twice.resolve("indicator_days");
    Files.copy(days.resolve("part-0-0.parquet"), days.resolve("part-0-1.parquet"));
    try (DuckDbEventStore source = DuckDbEventStore.open(dir.resolve("source.duckdb"));
        DuckDbStorage attached = ClusterOutput.attach(twice).storage()) {
      String q = "SELECT count(*), sum(incidents), sum(kidnap_incidents) FROM indicator_days";
      String[] one = row(source.connection(), q).split("\\|");
      String[] two = row(attached.eventStore().connection(), q).split("\\|");
      assertThat(two[0]).isEqualTo(one[0]);
      assertThat(Long.parseLong(two[1])).isEqualTo(2 * Long.parseLong(one[1])).isPositive();
      assertThat(Long.parseLong(two[2])).isEqualTo(2 * Long.parseLong(one[2]));
    }
  }

  @Test
  void theLastVersionWrittenOfAnAlertAndOfItsEvidenceWins() throws Exception {
    Path versions = dir.resolve("versions");
    copyTree(out, versions);
    String alerts = versions.resolve("alerts").resolve("part-0-0.parquet").toString();
    String evidence = versions.resolve("alert_evidence").resolve("part-0-0.parquet").toString();
    long withdrawn;
    long shorter;
    try (Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      String pick =
          "SELECT alert_id FROM read_parquet('%s') GROUP BY alert_id HAVING count(*) >= 2"
              + " ORDER BY alert_id LIMIT 1 OFFSET %d";
      withdrawn = Long.parseLong(row(c, String.format(pick, evidence, 0)).split("\\|")[0]);
      shorter = Long.parseLong(row(c, String.format(pick, evidence, 1)).split("\\|")[0]);
      // a continuous job writes the alert again, withdrawn, on the same day it was last updated
      s.execute(
          String.format(
              "COPY (SELECT * REPLACE ('withdrawn' AS status) FROM read_parquet('%s') WHERE id ="
                  + " %d) TO '%s' (FORMAT parquet)",
              alerts, withdrawn, versions.resolve("alerts").resolve("part-0-7.parquet")));
      // and another alert's evidence anew, now a single incident
      s.execute(
          String.format(
              "COPY (SELECT * REPLACE ('fresh' AS native_id) FROM read_parquet('%s') WHERE"
                  + " alert_id = %d AND rank = 1) TO '%s' (FORMAT parquet)",
              evidence, shorter, versions.resolve("alert_evidence").resolve("part-0-8.parquet")));
    }
    try (DuckDbStorage attached = ClusterOutput.attach(versions).storage()) {
      Connection a = attached.eventStore().connection();
      assertThat(row(a, "SELECT status FROM alerts WHERE id = " + withdrawn))
          .isEqualTo("withdrawn|");
      assertThat(row(a, "SELECT count(*) FROM alert_evidence WHERE alert_id = " + withdrawn))
          .isEqualTo("0|");
      assertThat(
              row(
                  a,
                  "SELECT string_agg(native_id) FROM alert_evidence WHERE alert_id = " + shorter))
          .isEqualTo("fresh|");
      assertThat(row(a, "SELECT count(*) FROM alerts WHERE status = 'withdrawn'")).isEqualTo("1|");
    }
  }

  @Test
  void aFolderWithoutAJobManifestIsRefusedInWords() {
    assertThatThrownBy(() -> ClusterOutput.attach(dir.resolve("sim")))
        .isInstanceOf(NotAStoreException.class)
        .hasMessageContaining("amity flink run");
  }

  @Test
  void theStoreFileBesideAnOutputIsRecognisedAndAPlainFileIsNot() {
    assertThat(ClusterOutput.isStoreFile(ClusterOutput.storeFile(out))).isTrue();
    assertThat(ClusterOutput.isStoreFile(dir.resolve("source.duckdb"))).isFalse();
    assertThat(ClusterOutput.isStoreFile(ClusterOutput.storeFile(dir.resolve("sim")))).isFalse();
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        if (p.toString().contains("_amity" + java.io.File.separator)
            || p.getFileName().toString().equals("_amity")) {
          continue;
        }
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }

  private static String row(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      StringBuilder b = new StringBuilder();
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        b.append(rs.getString(i)).append('|');
      }
      return b.toString();
    }
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
