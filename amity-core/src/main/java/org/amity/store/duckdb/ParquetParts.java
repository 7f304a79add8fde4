package org.amity.store.duckdb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.amity.store.StoreException;
import org.duckdb.DuckDBColumnType;

/**
 * Rows of one store table gathered in Java and written out as a Parquet file with exactly the
 * column names and types the store's migrations give that table. The cluster job (amity-flink)
 * writes its output through this, so its Parquet folders read like the embedded store's tables; no
 * Hadoop is needed.
 *
 * <p>The rows wait in a list (checked value by value as they come) and go to DuckDB only when the
 * file is written: {@code COPY (SELECT * FROM amity_rows(...)) TO ...} pulls them through a table
 * function ({@link RowsFunction}) a chunk at a time, column by column, so they are never stored in
 * a table first. A private in-memory DuckDB, migrated like the store, gives the column types.
 *
 * <p>Not thread-safe: used by one thread at a time (the job appends in its task thread and may
 * write the file in another, after the last append).
 */
public final class ParquetParts implements AutoCloseable {
  /** Parquet compression of the part files (see docs/decisions.md for the measured choice). */
  static final String COMPRESSION = "zstd";

  /** Rows per Parquet row group (DuckDB's default). */
  static final int ROW_GROUP_ROWS = 122_880;

  private static final java.util.Set<DuckDBColumnType> SUPPORTED =
      java.util.EnumSet.of(
          DuckDBColumnType.VARCHAR,
          DuckDBColumnType.BOOLEAN,
          DuckDBColumnType.TINYINT,
          DuckDBColumnType.SMALLINT,
          DuckDBColumnType.INTEGER,
          DuckDBColumnType.BIGINT,
          DuckDBColumnType.FLOAT,
          DuckDBColumnType.DOUBLE,
          DuckDBColumnType.DATE,
          DuckDBColumnType.TIMESTAMP);

  private final Connection connection;
  private final String table;
  private final List<String> columns;
  private final List<DuckDBColumnType> types;
  private List<Object[]> rows = new ArrayList<>();

  private ParquetParts(
      Connection connection, String table, List<String> columns, List<DuckDBColumnType> types) {
    this.connection = connection;
    this.table = table;
    this.columns = List.copyOf(columns);
    this.types = List.copyOf(types);
  }

  /**
   * Opens a buffer for {@code table} whose rows give their values in the order of {@code columns}.
   *
   * @throws IllegalArgumentException if the columns are not exactly the table's (in any order)
   */
  public static ParquetParts open(String table, List<String> columns) {
    try {
      return openBuffer(table, columns);
    } catch (SQLException e) {
      throw failed("open a buffer for " + table, e);
    }
  }

  private static ParquetParts openBuffer(String table, List<String> columns) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    try {
      try (Statement s = c.createStatement()) {
        s.execute("SET threads = 1");
        s.execute("SET memory_limit = '256MB'");
        s.execute("SET preserve_insertion_order = true");
      }
      Migrations.apply(c);
      List<String> actual = written(table, columnsOf(c, table));
      if (!new HashSet<>(actual).equals(new HashSet<>(columns))
          || actual.size() != columns.size()) {
        throw new IllegalArgumentException(
            "columns " + columns + " are not those of table " + table + ": " + actual);
      }
      Map<String, String> typeNames = typesOf(c, table);
      List<DuckDBColumnType> types = new ArrayList<>();
      for (String column : columns) {
        DuckDBColumnType t = columnType(typeNames.get(column));
        if (t == null) {
          throw new IllegalArgumentException(
              table + "." + column + ": cannot write columns of type " + typeNames.get(column));
        }
        types.add(t);
      }
      RowsFunction.register(c);
      return new ParquetParts(c, table, columns, types);
    } catch (SQLException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  private static DuckDBColumnType columnType(String name) {
    try {
      DuckDBColumnType t = DuckDBColumnType.valueOf(name);
      return SUPPORTED.contains(t) ? t : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Map<String, String> typesOf(Connection c, String table) throws SQLException {
    Map<String, String> types = new HashMap<>();
    try (var ps =
        c.prepareStatement(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          types.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return types;
  }

  /** The columns of a store table, in table order, as the current migrations define it. */
  public static List<String> columnsOf(String table) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      Migrations.apply(c);
      return written(table, columnsOf(c, table));
    } catch (SQLException e) {
      throw failed("read the columns of " + table, e);
    }
  }

  private static StoreException failed(String what, Exception e) {
    return new StoreException("cannot " + what + ": " + e.getMessage(), e);
  }

  /** The columns the job writes: those of the table but what the store derives at ingest. */
  private static List<String> written(String table, List<String> columns) {
    return table.equals("events")
        ? columns.stream().filter(n -> !IncidentKeys.DERIVED.contains(n)).toList()
        : columns;
  }

  private static List<String> columnsOf(Connection c, String table) throws SQLException {
    List<String> names = new ArrayList<>();
    try (var ps =
        c.prepareStatement(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?"
                + " ORDER BY ordinal_position")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("the store has no table " + table);
    }
    return names;
  }

  public String table() {
    return table;
  }

  public List<String> columns() {
    return columns;
  }

  /** Rows gathered since the last write. */
  public long rows() {
    return rows.size();
  }

  /**
   * Adds one row. Values: String, Boolean, Byte, Short, Integer, Long, Float, Double (a number of
   * any of these types for a numeric column whose range holds it), LocalDate, LocalDateTime, or
   * null.
   *
   * @throws IllegalArgumentException for a value the column cannot hold
   */
  public void append(Object[] values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          table + ": " + values.length + " values for " + columns.size() + " columns");
    }
    for (int k = 0; k < values.length; k++) {
      Object v = values[k];
      if (v != null && !fits(types.get(k), v)) {
        throw new IllegalArgumentException(
            table
                + "."
                + columns.get(k)
                + ": cannot store a value of type "
                + v.getClass().getName()
                + (v instanceof Number ? " (" + v + ")" : ""));
      }
    }
    rows.add(values);
  }

  private static boolean fits(DuckDBColumnType type, Object v) {
    return switch (type) {
      case VARCHAR -> v instanceof String;
      case BOOLEAN -> v instanceof Boolean;
      case DATE -> v instanceof LocalDate;
      case TIMESTAMP -> v instanceof LocalDateTime;
      case FLOAT, DOUBLE -> v instanceof Number;
      case TINYINT -> whole(v) && ((Number) v).longValue() == ((Number) v).byteValue();
      case SMALLINT -> whole(v) && ((Number) v).longValue() == ((Number) v).shortValue();
      case INTEGER -> whole(v) && ((Number) v).longValue() == ((Number) v).intValue();
      case BIGINT -> whole(v);
      default -> false;
    };
  }

  private static boolean whole(Object v) {
    return v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte;
  }

  /**
   * Writes the rows gathered so far (possibly none) to {@code file} as Parquet and starts afresh.
   * The file is written in place: callers write to a hidden name and rename it when committed.
   */
  public void writeTo(Path file) {
    List<Object[]> written = rows;
    rows = new ArrayList<>();
    String token = RowsFunction.offer(new RowsFunction.Rows(columns, types, written));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (Statement s = connection.createStatement()) {
        s.execute(
            "COPY (SELECT * FROM "
                + RowsFunction.NAME
                + "('"
                + token
                + "')) TO '"
                + file.toAbsolutePath().toString().replace("'", "''")
                + "' (FORMAT parquet, COMPRESSION "
                + COMPRESSION
                + ", ROW_GROUP_SIZE "
                + ROW_GROUP_ROWS
                + ")");
      }
    } catch (SQLException | java.io.IOException e) {
      throw failed("write " + file, e);
    } finally {
      RowsFunction.release(token);
    }
  }

  /**
   * Rows in the committed Parquet files of a folder ({@code *.parquet}; hidden in-progress files
   * are not counted), from the files' metadata. 0 when the folder has none.
   */
  public static long rowCount(Path folder) {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (var files = Files.list(folder)) {
      if (files.noneMatch(f -> f.getFileName().toString().endsWith(".parquet"))) {
        return 0;
      }
    } catch (java.io.IOException e) {
      throw failed("list " + folder, e);
    }
    String glob = folder.toAbsolutePath().resolve("*.parquet").toString().replace("'", "''");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT coalesce(sum(num_rows), 0) FROM parquet_file_metadata('" + glob + "')")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw failed("count the rows in " + folder, e);
    }
  }

  /** Writes an empty Parquet file with the table's columns, so a reader finds the folder. */
  public static void writeEmpty(String table, Path file) {
    try (ParquetParts p = open(table, columnsOf(table))) {
      p.writeTo(file);
    }
  }

  @Override
  public void close() {
    rows = new ArrayList<>();
    try {
      connection.close();
    } catch (SQLException e) {
      throw failed("close the buffer of " + table, e);
    }
  }
}
