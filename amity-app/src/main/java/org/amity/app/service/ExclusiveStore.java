package org.amity.app.service;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.amity.event.Event;
import org.amity.ingest.EventSource;
import org.amity.ingest.Reject;
import org.amity.store.EventQuery;
import org.amity.store.EventStore;
import org.amity.store.IngestLogEntry;
import org.amity.store.IngestResult;
import org.amity.store.StoreStats;

/**
 * A store whose every call passes the service's writer lane, for jobs that drive the store from
 * their own threads (the feed). Closing it leaves the service's store open.
 */
public final class ExclusiveStore implements EventStore {
  private final EventStore store;
  private final Exclusive exclusive;

  public ExclusiveStore(EventStore store, Exclusive exclusive) {
    this.store = store;
    this.exclusive = exclusive;
  }

  @Override
  public IngestResult ingest(EventSource scan, String region) {
    return exclusive.run(() -> store.ingest(scan, region));
  }

  @Override
  public org.amity.store.TwinReports mergePiracyTwins() {
    return exclusive.run(store::mergePiracyTwins);
  }

  @Override
  public Batch batch(String region, boolean replace) {
    Batch batch = exclusive.run(() -> store.batch(region, replace));
    return new Batch() {
      @Override
      public java.util.Optional<IngestResult> stage(EventSource scan) {
        return exclusive.run(() -> batch.stage(scan));
      }

      @Override
      public java.util.List<java.util.Optional<IngestResult>> stageAll(
          java.util.List<EventSource> scans) {
        return exclusive.run(() -> batch.stageAll(scans));
      }

      @Override
      public List<IngestResult> storeAll(List<EventSource> scans) {
        return exclusive.run(() -> batch.storeAll(scans));
      }

      @Override
      public long stagedEvents() {
        return batch.stagedEvents();
      }

      @Override
      public long replaced() {
        return batch.replaced();
      }

      @Override
      public int stagedFiles() {
        return batch.stagedFiles();
      }

      @Override
      public List<IngestResult> commit() {
        return exclusive.run(batch::commit);
      }

      @Override
      public void close() {
        exclusive.run(
            () -> {
              batch.close();
              return null;
            });
      }
    };
  }

  @Override
  public long largestStagedFileBytes() {
    return store.largestStagedFileBytes();
  }

  @Override
  public void recordFailure(Path file, IngestResult failed, String region) {
    exclusive.run(
        () -> {
          store.recordFailure(file, failed, region);
          return null;
        });
  }

  @Override
  public StoreStats stats() {
    return exclusive.run(store::stats);
  }

  @Override
  public List<Reject> rejects(int limit) {
    return exclusive.run(() -> store.rejects(limit));
  }

  @Override
  public List<IngestLogEntry> ingestLog() {
    return exclusive.run(store::ingestLog);
  }

  @Override
  public long forEachEvent(EventQuery query, Consumer<Event> sink) {
    return exclusive.run(() -> store.forEachEvent(query, sink));
  }

  @Override
  public List<Event> newestFirst(EventQuery query) {
    return exclusive.run(() -> store.newestFirst(query));
  }

  @Override
  public java.util.Optional<java.time.LocalDate> lastEventDate() {
    return exclusive.run(store::lastEventDate);
  }

  @Override
  public void close() {
    // the service's store is closed by the service
  }
}
