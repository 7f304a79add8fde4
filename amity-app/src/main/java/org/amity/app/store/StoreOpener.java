package org.amity.app.store;

import java.io.IOException;
import java.nio.file.Path;
import org.amity.pipeline.WatchJob;
import org.amity.signal.DetectorConfig;
import org.amity.storage.Storage;
import org.amity.store.OpeningProgress;
import org.amity.store.duckdb.ClusterOutput;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.store.duckdb.DuckDbStorage;

/**
 * The start-up wiring: the one place in the application that names the store's implementation (the
 * embedded DuckDB file, or the output of the Flink job read in place). Everything else sees the
 * core's {@link Storage} interfaces, so another store would be chosen here and nowhere else.
 */
public final class StoreOpener {
  /** How {@code --db} names the output folder of the Flink job instead of a database file. */
  public static final String CLUSTER_PREFIX = "cluster:";

  private StoreOpener() {}

  /**
   * The database file {@code --db} names: the file itself, or for {@code cluster:DIR} the store
   * kept beside the job's output in DIR.
   */
  public static Path file(Path named) {
    String s = named.toString();
    return s.startsWith(CLUSTER_PREFIX)
        ? ClusterOutput.storeFile(Path.of(s.substring(CLUSTER_PREFIX.length())))
        : named;
  }

  /** Whether {@code named} is the output folder of the Flink job ({@code cluster:DIR}). */
  public static boolean isCluster(Path named) {
    return named.toString().startsWith(CLUSTER_PREFIX) || ClusterOutput.isStoreFile(named);
  }

  /**
   * Opens (creating if needed) the store in {@code file}, its schema brought up to date. A store
   * kept beside the Flink job's output is attached to that output: when the job's alerts changed,
   * they are grouped into situations with the embedded watch's own rule.
   */
  public static Storage open(Path file) {
    return open(file, OpeningProgress.SILENT);
  }

  /**
   * As {@link #open(Path)}, telling {@code progress} about long upkeep on the way (a database file
   * written by a build that packs the incident keys otherwise has them filled again).
   */
  public static Storage open(Path file, OpeningProgress progress) {
    Path f = file(file);
    if (!isCluster(file)) {
      return DuckDbStorage.open(f, progress);
    }
    ClusterOutput.Attached a = ClusterOutput.attach(f.toAbsolutePath().getParent().getParent());
    if (a.alertsReloaded()) {
      try {
        regroup(a.storage());
      } catch (RuntimeException e) {
        a.storage().close();
        throw e;
      }
    }
    return a.storage();
  }

  /** Groups the alerts loaded from the job's output into situations, as a watch would. */
  static void regroup(Storage storage) {
    new WatchJob(storage.watch(), DetectorConfig.standard(), WatchJob.Options.standard())
        .regroupAll();
  }

  /** Deletes a closed store's files (the database and its write-ahead log), if they exist. */
  public static void delete(Path file) throws IOException {
    DuckDbEventStore.delete(file(file));
  }
}
