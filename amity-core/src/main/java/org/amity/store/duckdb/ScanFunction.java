package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.amity.event.Event;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBDataChunkWriter;
import org.duckdb.DuckDBFunctions;
import org.duckdb.DuckDBTableFunction;
import org.duckdb.DuckDBTableFunctionBindInfo;
import org.duckdb.DuckDBTableFunctionCallInfo;
import org.duckdb.DuckDBTableFunctionInitInfo;
import org.duckdb.DuckDBWritableVector;

/**
 * The table function {@code amity_scan(token)}: DuckDB pulls the events of a {@link ScanGroup} (one
 * file or many) through it, one chunk per call, from as many of its threads as it likes. Each
 * thread gets its own {@link ScanGroup.Worker}, so parsing runs in parallel while each file is
 * still read once, in order. The columns are those of {@link EventColumns} and then {@code
 * ingest_id}, the id of the event's file.
 */
final class ScanFunction
    implements DuckDBTableFunction<ScanGroup, Object, ScanFunction.ThreadState> {
  static final String NAME = "amity_scan";

  /** The last column: the ingest id of the file an event comes from. */
  static final String INGEST_ID = "ingest_id";

  /** Scans waiting to be pulled, by token. */
  private static final Handover<ScanGroup> PENDING = new Handover<>("scan");

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
  static String offer(ScanGroup scan) {
    return PENDING.offer(scan);
  }

  static void release(String token) {
    PENDING.release(token);
  }

  @Override
  public ScanGroup bind(DuckDBTableFunctionBindInfo info) {
    String token = info.getParameter(0).getString();
    ScanGroup scan = PENDING.take(token);
    for (EventColumns.Column c : EventColumns.COLUMNS) {
      info.addResultColumn(c.name, c.type);
    }
    info.addResultColumn(INGEST_ID, DuckDBColumnType.INTEGER);
    return scan;
  }

  @Override
  public Object init(DuckDBTableFunctionInitInfo info) {
    info.setMaxThreads(threads);
    return Boolean.TRUE;
  }

  @Override
  public ThreadState localInit(DuckDBTableFunctionInitInfo info) {
    ScanGroup scan = info.getBindData();
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
    private final ScanGroup.Worker worker;
    private final EventColumns.Column[] columns =
        EventColumns.COLUMNS.toArray(new EventColumns.Column[0]);
    private final byte[][][] strings = new byte[columns.length][][];
    private final DuckDBWritableVector[] vectors = new DuckDBWritableVector[columns.length];

    /**
     * Per repeating text column, the UTF-8 bytes of values seen recently, by {@code String}
     * identity: a code or country read on every row is encoded once, not once per row.
     */
    private final String[][] seen = new String[columns.length][];

    private final byte[][][] seenBytes = new byte[columns.length][][];

    ThreadState(ScanGroup.Worker worker) {
      this.worker = worker;
      for (int k = 0; k < columns.length; k++) {
        if (columns[k] instanceof EventColumns.Text t && t.repeats) {
          seen[k] = new String[SEEN_SLOTS];
          seenBytes[k] = new byte[SEEN_SLOTS][];
        }
      }
    }

    private static final int SEEN_SLOTS = 1024;

    private byte[] utf8(int k, String s) {
      String[] keys = seen[k];
      if (s == null || keys == null) {
        return EventColumns.utf8(s);
      }
      int slot = System.identityHashCode(s) & (SEEN_SLOTS - 1);
      if (keys[slot] == s) {
        return seenBytes[k][slot];
      }
      byte[] b = EventColumns.utf8(s);
      keys[slot] = s;
      seenBytes[k][slot] = b;
      return b;
    }

    long fill(DuckDBDataChunkWriter out) throws Exception {
      int capacity = (int) out.capacity();
      DuckDBWritableVector ids = out.vector(columns.length);
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
        ids.setInt(n, (int) worker.ingestId());
        for (int k = 0; k < columns.length; k++) {
          EventColumns.Column c = columns[k];
          if (c instanceof EventColumns.Text t) {
            strings[k][n] = utf8(k, t.value.apply(e));
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
