package org.amity.store.duckdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Test support for the cluster output (amity-flink): compares Parquet folders with the tables of an
 * embedded store file, row by row, so the two paths are shown to store the same thing.
 */
public final class ParquetOutputs {
  private ParquetOutputs() {}

  /**
   * Rows of {@code table} in the store that the Parquet folder lacks plus rows the folder has that
   * the store lacks (as multisets), comparing every column but {@code ignored}.
   */
  public static long differences(Path store, Path folder, String table, List<String> ignored)
      throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("ATTACH '" + quote(store.toAbsolutePath().toString()) + "' AS s (READ_ONLY)");
      return differences(s, "s.main." + table, read(folder), table, ignored);
    }
  }

  /**
   * Rows of {@code table} in one job's Parquet folder that the other's lacks, both ways (as
   * multisets), comparing every column but {@code ignored}: two runs of the job compared.
   */
  public static long folderDifferences(Path a, Path b, String table, List<String> ignored)
      throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      return differences(s, read(a), read(b), table, ignored);
    }
  }

  /** The folder's rows, each as its {@code columns} joined with '|', in {@code order}. */
  public static List<String> rowsOf(Path folder, List<String> columns, String order)
      throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT concat_ws('|', "
                    + String.join(", ", columns)
                    + ") FROM "
                    + read(folder)
                    + " ORDER BY "
                    + order)) {
      List<String> out = new java.util.ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    }
  }

  private static long differences(
      Statement s, String left, String right, String table, List<String> ignored)
      throws SQLException {
    List<String> columns =
        ParquetParts.columnsOf(table).stream().filter(c -> !ignored.contains(c)).toList();
    String cols = String.join(", ", columns);
    long missing =
        single(
            s,
            "SELECT count(*) FROM (SELECT "
                + cols
                + " FROM "
                + left
                + " EXCEPT ALL SELECT "
                + cols
                + " FROM "
                + right
                + ")");
    long extra =
        single(
            s,
            "SELECT count(*) FROM (SELECT "
                + cols
                + " FROM "
                + right
                + " EXCEPT ALL SELECT "
                + cols
                + " FROM "
                + left
                + ")");
    return missing + extra;
  }

  /** Rows in the store's table. */
  public static long storeRows(Path store, String table) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("ATTACH '" + quote(store.toAbsolutePath().toString()) + "' AS s (READ_ONLY)");
      return single(s, "SELECT count(*) FROM s.main." + table);
    }
  }

  /**
   * The store's alerts on conflict areas (scope theatre): [alerts, of them alerts with evidence
   * rows, evidence rows whose event's action place is not in the alert's area ({@link
   * IndicatorTables#conflictArea}), evidence rows naming no stored event].
   */
  public static long[] theatreEvidence(Path store) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("ATTACH '" + quote(store.toAbsolutePath().toString()) + "' AS s (READ_ONLY)");
      String theatre = "(SELECT * FROM s.main.alerts WHERE scope = 'theatre')";
      String rows = " FROM " + theatre + " a JOIN s.main.alert_evidence v ON v.alert_id = a.id";
      String placed =
          rows + " JOIN s.main.events e ON e.dataset = v.dataset AND e.native_id = v.native_id";
      return new long[] {
        single(s, "SELECT count(*) FROM " + theatre),
        single(s, "SELECT count(DISTINCT a.id)" + rows),
        single(
            s,
            "SELECT count(*)"
                + placed
                + " WHERE "
                + IndicatorTables.conflictArea(
                    "e.action_adm1", "e.action_precision", "e.action_country")
                + " IS DISTINCT FROM a.subject"),
        single(s, "SELECT count(*)" + rows) - single(s, "SELECT count(*)" + placed)
      };
    }
  }

  /**
   * The store's alerts of one indicator and their evidence: [alerts, evidence rows of events in the
   * alert's sea area, evidence rows of events elsewhere]. For a pooled lens the last two are the
   * sea's side and the carrying dyads' side of its evidence.
   */
  public static long[] seaEvidence(Path store, String indicator) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("ATTACH '" + quote(store.toAbsolutePath().toString()) + "' AS s (READ_ONLY)");
      String alerts = "(SELECT * FROM s.main.alerts WHERE indicator = '" + quote(indicator) + "')";
      String placed =
          " FROM "
              + alerts
              + " a JOIN s.main.alert_evidence v ON v.alert_id = a.id"
              + " JOIN s.main.events e ON e.dataset = v.dataset AND e.native_id = v.native_id";
      return new long[] {
        single(s, "SELECT count(*) FROM " + alerts),
        single(s, "SELECT count(*)" + placed + " WHERE e.sea_area = a.subject"),
        single(s, "SELECT count(*)" + placed + " WHERE e.sea_area IS DISTINCT FROM a.subject")
      };
    }
  }

  /** Rows in the folder's committed files. */
  public static long rows(Path folder) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      return single(s, "SELECT count(*) FROM " + read(folder));
    }
  }

  /** Distinct values of {@code key} (a column list) in the folder's committed files. */
  public static long distinct(Path folder, String key) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      return single(
          s, "SELECT count(*) FROM (SELECT DISTINCT " + key + " FROM " + read(folder) + ")");
    }
  }

  /** The column names and types of the folder, as DuckDB reads them. */
  public static List<String> schema(Path folder) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + read(folder))) {
      List<String> out = new java.util.ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1) + " " + rs.getString(2));
      }
      return out;
    }
  }

  /**
   * The column names and types of a store table, per the migrations, less the columns derived at
   * ingest that the Parquet output leaves out and the cluster store computes ({@link
   * IncidentKeys#DERIVED}).
   */
  public static List<String> storeSchema(String table) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      Migrations.apply(c);
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + table)) {
        List<String> out = new java.util.ArrayList<>();
        while (rs.next()) {
          if (!(table.equals("events") && IncidentKeys.DERIVED.contains(rs.getString(1)))) {
            out.add(rs.getString(1) + " " + rs.getString(2));
          }
        }
        return out;
      }
    }
  }

  private static String read(Path folder) {
    return "read_parquet('"
        + quote(folder.toAbsolutePath().resolve("*.parquet").toString())
        + "', union_by_name = true)";
  }

  private static long single(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String quote(String s) {
    return s.replace("'", "''");
  }
}
