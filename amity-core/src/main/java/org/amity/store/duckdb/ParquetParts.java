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
import java.util.HashSet;
import java.util.List;
import org.amity.store.StoreException;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Rows of one store table gathered in a private in-memory DuckDB and written out as a Parquet file
 * with exactly the column names and types the store's migrations give that table. The cluster job
 * (amity-flink) writes its output through this, so its Parquet folders read like the embedded
 * store's tables; no Hadoop is needed.
 *
 * <p>Not thread-safe: one per writer thread. The buffer spills to a temporary folder beyond its
 * memory limit, so a long checkpoint interval costs disk, not heap.
 */
public final class ParquetParts implements AutoCloseable {
  private static final String BUFFER = "parquet_buffer";

  private final Connection connection;
  private final String table;
  private final List<String> columns;
  private DuckDBAppender appender;
  private long rows;

  private ParquetParts(Connection connection, String table, List<String> columns) {
    this.connection = connection;
    this.table = table;
    this.columns = List.copyOf(columns);
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
      List<String> actual = columnsOf(c, table);
      if (!new HashSet<>(actual).equals(new HashSet<>(columns))
          || actual.size() != columns.size()) {
        throw new IllegalArgumentException(
            "columns " + columns + " are not those of table " + table + ": " + actual);
      }
      try (Statement s = c.createStatement()) {
        s.execute(
            "CREATE TABLE "
                + BUFFER
                + " AS SELECT "
                + String.join(", ", columns)
                + " FROM "
                + table
                + " LIMIT 0");
      }
      return new ParquetParts(c, table, columns);
    } catch (SQLException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  /** The columns of a store table, in table order, as the current migrations define it. */
  public static List<String> columnsOf(String table) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      Migrations.apply(c);
      return columnsOf(c, table);
    } catch (SQLException e) {
      throw failed("read the columns of " + table, e);
    }
  }

  private static StoreException failed(String what, Exception e) {
    return new StoreException("cannot " + what + ": " + e.getMessage(), e);
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
    return rows;
  }

  /**
   * Adds one row. Values: String, Boolean, Byte, Short, Integer, Long, Double, LocalDate,
   * LocalDateTime, or null.
   */
  public void append(Object[] values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          table + ": " + values.length + " values for " + columns.size() + " columns");
    }
    try {
      if (appender == null) {
        appender = ((DuckDBConnection) connection).createAppender(BUFFER);
      }
      appender.beginRow();
      for (Object v : values) {
        appendValue(v);
      }
      appender.endRow();
    } catch (SQLException e) {
      throw failed("add a row to " + table, e);
    }
    rows++;
  }

  private void appendValue(Object v) throws SQLException {
    if (v == null) {
      appender.appendNull();
    } else if (v instanceof String s) {
      appender.append(s);
    } else if (v instanceof Integer i) {
      appender.append(i.intValue());
    } else if (v instanceof Long l) {
      appender.append(l.longValue());
    } else if (v instanceof Double d) {
      appender.append(d.doubleValue());
    } else if (v instanceof Boolean b) {
      appender.append(b.booleanValue());
    } else if (v instanceof Byte b) {
      appender.append(b.byteValue());
    } else if (v instanceof Short s) {
      appender.append(s.shortValue());
    } else if (v instanceof LocalDate d) {
      appender.append(d);
    } else if (v instanceof LocalDateTime t) {
      appender.append(t);
    } else {
      throw new IllegalArgumentException(
          table + ": cannot store a value of type " + v.getClass().getName());
    }
  }

  /**
   * Writes the rows gathered so far (possibly none) to {@code file} as Parquet and starts afresh.
   * The file is written in place: callers write to a hidden name and rename it when committed.
   */
  public void writeTo(Path file) {
    try {
      if (appender != null) {
        appender.close();
        appender = null;
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (Statement s = connection.createStatement()) {
        s.execute(
            "COPY "
                + BUFFER
                + " TO '"
                + file.toAbsolutePath().toString().replace("'", "''")
                + "' (FORMAT parquet, COMPRESSION zstd)");
        s.execute("DELETE FROM " + BUFFER);
      }
    } catch (SQLException | java.io.IOException e) {
      throw failed("write " + file, e);
    }
    rows = 0;
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
    try {
      try {
        if (appender != null) {
          appender.close();
        }
      } finally {
        connection.close();
      }
    } catch (SQLException e) {
      throw failed("close the buffer of " + table, e);
    }
  }
}
