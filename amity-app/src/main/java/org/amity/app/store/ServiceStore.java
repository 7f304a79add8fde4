package org.amity.app.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.amity.storage.Storage;
import org.amity.store.Freshness;
import org.amity.store.duckdb.ClusterOutput;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.store.duckdb.DuckDbStorage;

/**
 * The live service's hold on its store (wiring: the one place besides {@link StoreOpener} that
 * names the implementation). One writer lane for every write of the service, reader views on
 * connections of their own, and what the health report and the CLI's uploads need.
 */
public final class ServiceStore {
  private final Storage storage;
  private final DuckDbEventStore events;

  private ServiceStore(Storage storage, DuckDbEventStore events) {
    this.storage = storage;
    this.events = events;
  }

  /** The service's hold on a store opened by {@link StoreOpener}. */
  public static ServiceStore of(Storage storage) {
    if (!(storage instanceof DuckDbStorage d)) {
      throw new IllegalArgumentException("the live service needs the embedded store");
    }
    return new ServiceStore(storage, d.eventStore());
  }

  /** The store as opened. */
  public Storage storage() {
    return storage;
  }

  /** The database file. */
  public Path file() {
    return events.file();
  }

  /** Runs work alone among the service's writers (reentrant). */
  public <T> T exclusively(Supplier<T> work) {
    return events.exclusively(work);
  }

  /** A view for work inside {@link #exclusively}: the writer's connection; closing it keeps it. */
  public Storage writer() {
    return DuckDbStorage.over(events.shared());
  }

  /** A view on a connection of its own, for reads beside the writer; closing it closes that. */
  public Storage reader() {
    return DuckDbStorage.over(events.reader());
  }

  /** How current the store is, read on a connection of its own. */
  public Freshness freshness() {
    try (DuckDbEventStore r = events.reader()) {
      return r.freshness();
    }
  }

  /** Whether this store is kept beside the Flink job's output ({@code --db cluster:DIR}). */
  public boolean isClusterOutput() {
    return events.file() != null && ClusterOutput.isStoreFile(events.file());
  }

  /**
   * For a store beside the Flink job's output: takes in what the job committed since (new files are
   * read through the views already; changed alerts are loaded and grouped into situations). Returns
   * whether the alerts changed. Runs in the writer lane.
   */
  public boolean refreshClusterOutput() {
    Path dir = events.file().toAbsolutePath().getParent().getParent();
    return exclusively(
        () -> {
          boolean reloaded = ClusterOutput.refresh(events, dir);
          if (reloaded) {
            StoreOpener.regroup(writer());
          }
          return reloaded;
        });
  }

  /** Records uploaded files under the names the user gave (run inside {@link #exclusively}). */
  public void renameFiles(Map<String, String> names) {
    events.renameFiles(names);
  }
}
