package org.amity.store.duckdb;

import java.nio.file.Path;
import java.util.List;
import org.amity.event.Event;
import org.amity.ingest.EventSource;
import org.amity.ingest.RejectLog;

/** Events held in memory, ingested like a file of one event per line. */
final class ListEventSource implements EventSource {
  private final String name;
  private final List<Event> events;
  private final RejectLog rejects;
  private int next;

  ListEventSource(String name, List<Event> events) {
    this.name = name;
    this.events = List.copyOf(events);
    this.rejects = new RejectLog(name);
  }

  @Override
  public String displayName() {
    return name;
  }

  @Override
  public Path path() {
    return Path.of(name);
  }

  @Override
  public String dataset() {
    return events.isEmpty() ? "test" : events.get(0).dataset();
  }

  @Override
  public String formatName() {
    return "TEST";
  }

  @Override
  public long sizeBytes() {
    return events.size() * 100L;
  }

  @Override
  public long rawBytesRead() {
    return next * 100L;
  }

  @Override
  public Worker newWorker() {
    return new Worker() {
      private long line;

      @Override
      public Event next() {
        synchronized (ListEventSource.this) {
          if (next >= events.size()) {
            return null;
          }
          line = next + 1;
          return events.get(next++);
        }
      }

      @Override
      public long line() {
        return line;
      }
    };
  }

  @Override
  public java.io.IOException failure() {
    return null;
  }

  @Override
  public synchronized long lines() {
    return next;
  }

  @Override
  public synchronized long emitted() {
    return next;
  }

  @Override
  public long filtered() {
    return 0;
  }

  @Override
  public long skipped() {
    return 0;
  }

  @Override
  public RejectLog rejects() {
    return rejects;
  }

  @Override
  public String sha256() {
    return Integer.toHexString(name.hashCode()) + "-" + events.size();
  }

  @Override
  public void close() throws java.io.IOException {
    rejects.close();
  }
}
