package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.amity.event.Event;
import org.amity.ingest.EventSource;
import org.duckdb.DuckDBDataChunkWriter;
import org.duckdb.DuckDBFunctions;
import org.duckdb.DuckDBTableFunction;
import org.duckdb.DuckDBTableFunctionBindInfo;
import org.duckdb.DuckDBTableFunctionCallInfo;
import org.duckdb.DuckDBTableFunctionInitInfo;
import org.duckdb.DuckDBWritableVector;

/**
 * The table function {@code amity_scan(token)}: DuckDB pulls a file's events through it, one chunk
 * per call, from as many of its threads as it likes. Each thread gets its own {@link
 * EventSource.Worker}, so parsing runs in parallel while the file is still read once, in order.
 */
final class ScanFunction
    implements DuckDBTableFunction<EventSource, Object, ScanFunction.ThreadState> {
  static final String NAME = "amity_scan";

  /** Scans waiting to be pulled, by token. */
  private static final Map<String, EventSource> PENDING = new ConcurrentHashMap<>();

  private static final AtomicLong TOKENS = new AtomicLong();

  private final int threads;

  private ScanFunction(int threads) {
    this.threads = threads;
  }

  /** Registers the function on a connection. */
  static void register(Connection c, int threads) throws SQLException {
    DuckDBFunctions.tableFunction()
        .withName(NAME)
        .withParameter(String.class)
        .withFunction(new ScanFunction(threads))
        .register(c);
  }

  /** Makes a scan available under a fresh token; remove it with {@link #release}. */
  static String offer(EventSource scan) {
    String token = "scan-" + TOKENS.incrementAndGet();
    PENDING.put(token, scan);
    return token;
  }

  static void release(String token) {
    PENDING.remove(token);
  }

  @Override
  public EventSource bind(DuckDBTableFunctionBindInfo info) {
    String token = info.getParameter(0).getString();
    EventSource scan = PENDING.get(token);
    if (scan == null) {
      throw new IllegalStateException("no pending scan " + token);
    }
    for (EventColumns.Column c : EventColumns.COLUMNS) {
      info.addResultColumn(c.name, c.type);
    }
    return scan;
  }

  @Override
  public Object init(DuckDBTableFunctionInitInfo info) {
    info.setMaxThreads(threads);
    return Boolean.TRUE;
  }

  @Override
  public ThreadState localInit(DuckDBTableFunctionInitInfo info) {
    EventSource scan = info.getBindData();
    return new ThreadState(scan.newWorker());
  }

  @Override
  public long apply(DuckDBTableFunctionCallInfo call, DuckDBDataChunkWriter out) throws Exception {
    ThreadState state = call.getLocalInitData();
    if (state == null) {
      throw new IllegalStateException("DuckDB gave no thread state to " + NAME);
    }
    return state.fill(out);
  }

  /** A worker and its string buffers, owned by one DuckDB thread. */
  static final class ThreadState {
    private final EventSource.Worker worker;
    private final EventColumns.Column[] columns =
        EventColumns.COLUMNS.toArray(new EventColumns.Column[0]);
    private final byte[][][] strings = new byte[columns.length][][];
    private final DuckDBWritableVector[] vectors = new DuckDBWritableVector[columns.length];

    ThreadState(EventSource.Worker worker) {
      this.worker = worker;
    }

    long fill(DuckDBDataChunkWriter out) throws Exception {
      int capacity = (int) out.capacity();
      for (int k = 0; k < columns.length; k++) {
        vectors[k] = out.vector(k);
        if (columns[k] instanceof EventColumns.Text
            && (strings[k] == null || strings[k].length != capacity)) {
          strings[k] = new byte[capacity][];
        }
      }
      int n = 0;
      Event e;
      while (n < capacity && (e = worker.next()) != null) {
        long line = worker.line();
        for (int k = 0; k < columns.length; k++) {
          EventColumns.Column c = columns[k];
          if (c instanceof EventColumns.Text t) {
            strings[k][n] = EventColumns.utf8(t.value.apply(e));
          } else {
            ((EventColumns.Number) c).writer.write(vectors[k], n, e, line);
          }
        }
        n++;
      }
      if (n > 0) {
        for (int k = 0; k < columns.length; k++) {
          if (strings[k] != null) {
            byte[][] values = n == capacity ? strings[k] : Arrays.copyOf(strings[k], n);
            vectors[k].setStringUtf8Batch(0, values);
            Arrays.fill(strings[k], 0, n, null);
          }
        }
      }
      return n;
    }
  }
}
