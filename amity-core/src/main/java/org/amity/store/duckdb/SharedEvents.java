package org.amity.store.duckdb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.amity.event.Event;
import org.amity.ingest.EventSource;
import org.amity.ingest.Reject;
import org.amity.store.EventQuery;
import org.amity.store.EventStore;
import org.amity.store.IngestLogEntry;
import org.amity.store.IngestRecords;
import org.amity.store.IngestResult;
import org.amity.store.StoreStats;

/**
 * The events of a shared store: ingests go to the store (one at a time, on its own connection),
 * reads run on the pooled connections, so a long page or export does not hold up the rest. The page
 * maps of paged queries ({@link EventPages}) are kept until the next write.
 */
final class SharedEvents implements EventStore {
  private static final int MAX_MAPS = 256;

  private record MapKey(EventQuery filters, boolean newestFirst) {}

  private record Cached(long writes, PageMap map) {}

  private final DuckDbEventStore store;
  private final Connections db;
  private final java.util.Map<MapKey, Cached> maps = new java.util.concurrent.ConcurrentHashMap<>();

  SharedEvents(DuckDbEventStore store, Connections db) {
    this.store = store;
    this.db = db;
  }

  @Override
  public org.amity.store.TwinReports mergePiracyTwins() {
    org.amity.store.TwinReports r = store.mergePiracyTwins();
    db.wrote();
    return r;
  }

  @Override
  public IngestResult ingest(EventSource scan, String region) {
    IngestResult r = store.ingest(scan, region);
    db.wrote();
    return r;
  }

  @Override
  public Batch batch(String region, boolean replace) {
    Batch batch = store.batch(region, replace);
    return new Batch() {
      @Override
      public java.util.Optional<IngestResult> stage(EventSource scan) {
        return batch.stage(scan);
      }

      @Override
      public java.util.List<java.util.Optional<IngestResult>> stageAll(
          java.util.List<EventSource> scans) {
        return batch.stageAll(scans);
      }

      @Override
      public List<IngestResult> storeAll(List<EventSource> scans) {
        List<IngestResult> r = batch.storeAll(scans);
        db.wrote();
        return r;
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
        List<IngestResult> r = batch.commit();
        db.wrote();
        return r;
      }

      @Override
      public void close() {
        batch.close();
      }
    };
  }

  @Override
  public long largestStagedFileBytes() {
    return store.largestStagedFileBytes();
  }

  @Override
  public void recordFailure(java.nio.file.Path file, IngestResult failed, String region) {
    store.exclusively(
        () -> {
          store.recordFailure(file, failed, region);
          return null;
        });
    db.wrote();
  }

  @Override
  public StoreStats stats() {
    return db.read(DuckDbEventStore::stats);
  }

  @Override
  public List<Reject> rejects(int limit) {
    return db
        .read(
            c ->
                DuckDbIngestRecords.rejects(c, new IngestRecords.RejectQuery(null, null, limit, 0)))
        .stream()
        .map(r -> new Reject(r.file(), r.line(), r.reason()))
        .toList();
  }

  @Override
  public List<IngestLogEntry> ingestLog() {
    return db.read(c -> DuckDbIngestRecords.ingestLog(c, 0, 0));
  }

  @Override
  public long forEachEvent(EventQuery query, Consumer<Event> sink) {
    return db.read(c -> DuckDbEventStore.forEachEvent(c, query, sink, false, map(c, query, false)));
  }

  @Override
  public List<Event> newestFirst(EventQuery query) {
    List<Event> out = new ArrayList<>();
    db.read(c -> DuckDbEventStore.forEachEvent(c, query, out::add, true, map(c, query, true)));
    return out;
  }

  /**
   * The page map of a paged query, from the cache while nothing was written since it was built;
   * null for a query that needs none.
   */
  private PageMap map(java.sql.Connection c, EventQuery query, boolean newestFirst)
      throws java.sql.SQLException {
    if (!EventPages.paged(query)) {
      return null;
    }
    MapKey key = new MapKey(query.filters(), newestFirst);
    long writes = db.writes();
    Cached hit = maps.get(key);
    if (hit != null && hit.writes() == writes) {
      return hit.map();
    }
    PageMap built = EventPages.map(c, query.filters(), newestFirst);
    if (maps.size() >= MAX_MAPS) {
      maps.clear();
    }
    maps.put(key, new Cached(writes, built));
    return built;
  }

  @Override
  public Optional<LocalDate> lastEventDate() {
    return db.read(DuckDbEventStore::lastEventDate);
  }

  /** The shared view does not own the store: closing it leaves the store open. */
  @Override
  public void close() {}
}
