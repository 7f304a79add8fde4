package org.amity.store.duckdb;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBDataChunkWriter;
import org.duckdb.DuckDBFunctions;
import org.duckdb.DuckDBTableFunction;
import org.duckdb.DuckDBTableFunctionBindInfo;
import org.duckdb.DuckDBTableFunctionCallInfo;
import org.duckdb.DuckDBTableFunctionInitInfo;
import org.duckdb.DuckDBWritableVector;

/**
 * The table function {@code amity_rows(token)}: DuckDB pulls rows gathered in Java ({@link
 * ParquetParts}) through it a chunk at a time, column by column (strings handed over in one batch
 * per column), so a {@code COPY (SELECT * FROM amity_rows(...)) TO ... (FORMAT parquet)} encodes
 * them without first storing them in a table. One thread, so the rows keep their order.
 */
final class RowsFunction
    implements DuckDBTableFunction<RowsFunction.Rows, Object, RowsFunction.Cursor> {
  static final String NAME = "amity_rows";

  private static final Handover<Rows> PENDING = new Handover<>("rows");

  /** Rows to pull, with their columns' names and types. */
  record Rows(List<String> names, List<DuckDBColumnType> types, List<Object[]> values) {}

  /** Where the pull has got to. */
  static final class Cursor {
    private final Rows rows;
    private int next;

    Cursor(Rows rows) {
      this.rows = rows;
    }
  }

  static void register(Connection c) throws SQLException {
    DuckDBFunctions.tableFunction()
        .withName(NAME)
        .withParameter(String.class)
        .withFunction(new RowsFunction())
        .register(c);
  }

  /** Makes rows available under a fresh token; remove them with {@link #release}. */
  static String offer(Rows rows) {
    return PENDING.offer(rows);
  }

  static void release(String token) {
    PENDING.release(token);
  }

  @Override
  public Rows bind(DuckDBTableFunctionBindInfo info) {
    String token = info.getParameter(0).getString();
    Rows rows = PENDING.take(token);
    for (int k = 0; k < rows.names().size(); k++) {
      info.addResultColumn(rows.names().get(k), rows.types().get(k));
    }
    return rows;
  }

  @Override
  public Object init(DuckDBTableFunctionInitInfo info) {
    info.setMaxThreads(1);
    return Boolean.TRUE;
  }

  @Override
  public Cursor localInit(DuckDBTableFunctionInitInfo info) {
    return new Cursor(info.getBindData());
  }

  @Override
  public long apply(DuckDBTableFunctionCallInfo call, DuckDBDataChunkWriter out) {
    Cursor cursor = call.getLocalInitData();
    List<Object[]> values = cursor.rows.values();
    int n = (int) Math.min(out.capacity(), values.size() - cursor.next);
    if (n <= 0) {
      return 0;
    }
    List<DuckDBColumnType> types = cursor.rows.types();
    for (int k = 0; k < types.size(); k++) {
      DuckDBWritableVector v = out.vector(k);
      if (types.get(k) == DuckDBColumnType.VARCHAR) {
        byte[][] strings = new byte[n][];
        for (int r = 0; r < n; r++) {
          Object s = values.get(cursor.next + r)[k];
          strings[r] = s == null ? null : ((String) s).getBytes(StandardCharsets.UTF_8);
        }
        v.setStringUtf8Batch(0, strings);
        Arrays.fill(strings, null);
      } else {
        for (int r = 0; r < n; r++) {
          write(v, r, types.get(k), values.get(cursor.next + r)[k]);
        }
      }
    }
    cursor.next += n;
    return n;
  }

  private static void write(DuckDBWritableVector v, int r, DuckDBColumnType type, Object value) {
    if (value == null) {
      v.setNull(r);
      return;
    }
    switch (type) {
      case BOOLEAN -> v.setBoolean(r, (Boolean) value);
      case TINYINT -> v.setByte(r, ((Number) value).byteValue());
      case SMALLINT -> v.setShort(r, ((Number) value).shortValue());
      case INTEGER -> v.setInt(r, ((Number) value).intValue());
      case BIGINT -> v.setLong(r, ((Number) value).longValue());
      case FLOAT -> v.setFloat(r, ((Number) value).floatValue());
      case DOUBLE -> v.setDouble(r, ((Number) value).doubleValue());
      case DATE -> v.setDate(r, (LocalDate) value);
      case TIMESTAMP -> v.setTimestamp(r, (LocalDateTime) value);
      default -> throw new IllegalStateException("no writer for column type " + type);
    }
  }
}
