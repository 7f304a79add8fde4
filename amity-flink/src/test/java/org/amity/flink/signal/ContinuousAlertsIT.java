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
import org.amity.store.duckdb.ParquetParts;
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
      long lines = lines(files);
      awaitRead(out, lines);
      Alert first = await(out, "an alert with its evidence", a -> !a.evidence().isEmpty());
      assertThat(first.evidence()).hasSizeLessThanOrEqualTo(10);
      assertThat(status(out, first.id())).isNotEqualTo("withdrawn");
      long versions = versions(out, first.id());

      Path late = lateFile(simulator, files, first.opened());
      land(late, landing);
      awaitRead(out, lines + lines(List.of(late)));
      String last = awaitRevision(out, first, versions);
      System.err.printf(
          "ContinuousAlertsIT: alert %d (%s %s, opened %s) found, then written again as %s%n",
          first.id(), first.subject(), first.indicator(), first.opened(), last);
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

  /**
   * Waits until the job has committed a row (event or reject) for each of {@code lines} lines
   * landed. The checkpoint that commits a file's last row also holds everything the clock's moves
   * while reading it brought out (each stage acts on a watermark before it passes the checkpoint's
   * barrier on), so the alerts read after this are those of every landed file, once no table has a
   * part file still waiting for its checkpoint's commit (each sink commits on its own).
   */
  private static void awaitRead(Path out, long lines) throws Exception {
    long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
    long read = 0;
    while (System.currentTimeMillis() < deadline) {
      read = committed(out);
      if (read >= lines && !anyPending(out)) {
        return;
      }
      Thread.sleep(1_000);
    }
    throw new AssertionError(
        "the job committed "
            + read
            + " of "
            + lines
            + " landed lines within "
            + PATIENCE_MILLIS / 1000
            + " s; the last day it closed: "
            + lastClosedDay(out));
  }

  private static long committed(Path out) {
    if (!Files.exists(out.resolve(ClusterOutput.MANIFEST))) {
      return 0;
    }
    try {
      return ParquetParts.rowCount(out.resolve("events"))
          + ParquetParts.rowCount(out.resolve("rejects"));
    } catch (StoreException e) {
      return 0; // a part file being committed as we read: read again later
    }
  }

  /** Whether a table has a part file written for a checkpoint and not committed yet. */
  private static boolean anyPending(Path out) throws IOException {
    for (String table : List.of("indicator_days", "alerts", "alert_evidence")) {
      try (var list = Files.list(out.resolve(table))) {
        if (list.anyMatch(f -> f.getFileName().toString().endsWith(".inprogress"))) {
          return true;
        }
      }
    }
    return false;
  }

  private static long lines(List<Path> files) throws IOException {
    long n = 0;
    for (Path f : files) {
      n += Files.readAllLines(f, StandardCharsets.UTF_8).size();
    }
    return n;
  }

  /** Waits for an alert the cluster store reads that matches {@code wanted}. */
  private static Alert await(Path out, String what, java.util.function.Predicate<Alert> wanted)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
    while (System.currentTimeMillis() < deadline) {
      for (Alert a : alerts(out)) {
        if (wanted.test(a)) {
          return a;
        }
      }
      Thread.sleep(1_000);
    }
    throw new AssertionError(
        "no "
            + what
            + " within "
            + PATIENCE_MILLIS / 1000
            + " s; the last day the job closed: "
            + lastClosedDay(out));
  }

  /**
   * Waits until the job has written {@code first} again (another version, or withdrawn) after the
   * {@code before} rows it had written for it, and returns the status of its last row.
   */
  private static String awaitRevision(Path out, Alert first, long before) throws Exception {
    long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
    while (System.currentTimeMillis() < deadline) {
      if (versions(out, first.id()) > before) {
        return status(out, first.id());
      }
      Thread.sleep(1_000);
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

  /** The latest day of {@code indicator_days} committed so far: how far the job's clock got. */
  private static String lastClosedDay(Path out) {
    String glob = out.resolve("indicator_days").resolve("part-*.parquet").toString();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement p =
            c.prepareStatement(
                "SELECT CAST(max(day) AS VARCHAR) FROM read_parquet('"
                    + glob.replace("'", "''")
                    + "')");
        ResultSet rs = p.executeQuery()) {
      return rs.next() ? rs.getString(1) : "none";
    } catch (SQLException e) {
      return "unknown (" + e.getMessage() + ")";
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
    List<String> day61 = Files.readAllLines(next, StandardCharsets.UTF_8);
    String published = day61.get(0).split("\t", -1)[59];
    List<String> rows = new ArrayList<>();
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
    rows.addAll(day61); // after the back-dated copies: the new day's reports move the clock on
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
