package org.amity.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.amity.app.cli.AmityCommand;
import org.amity.storage.Storage;
import org.amity.store.duckdb.ClusterOutputFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service over the Flink job's output takes in what a continuous job commits later: new alert
 * files are loaded and grouped into situations at the next look, and a look with nothing new
 * changes nothing.
 */
class ServiceStoreClusterTest {
  @TempDir static Path dir;
  private static Path out;

  @BeforeAll
  static void writeAJobOutput() throws Exception {
    Path db = dir.resolve("demo.duckdb");
    int exit =
        AmityCommand.commandLine()
            .execute("demo", "--no-serve", "--days", "90", "--db", db.toString());
    assertThat(exit).isZero();
    out = dir.resolve("out");
    ClusterOutputFixture.writeJobOutput(db, out);
  }

  @Test
  void newAlertFilesFromTheJobAreLoadedAtTheNextLookAndOnlyThen() throws Exception {
    Path alerts = out.resolve("alerts").resolve("part-0-0.parquet");
    Path moved = dir.resolve("alerts-later.parquet");
    Files.move(alerts, moved);
    try (Storage s = StoreOpener.open(Path.of("cluster:" + out))) {
      ServiceStore service = ServiceStore.of(s);
      assertThat(service.isClusterOutput()).isTrue();
      assertThat(s.signals().countSituations("all")).isZero();
      assertThat(service.refreshClusterOutput()).isFalse();
      Files.move(moved, alerts);
      assertThat(service.refreshClusterOutput()).isTrue();
      assertThat(s.signals().countSituations("all")).isPositive();
      assertThat(service.refreshClusterOutput()).isFalse();
    }
  }

  @Test
  void aPlainStoreIsNoClusterOutput() {
    try (Storage s = StoreOpener.open(dir.resolve("plain.duckdb"))) {
      assertThat(ServiceStore.of(s).isClusterOutput()).isFalse();
    }
  }
}
