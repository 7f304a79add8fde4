package org.amity.store.duckdb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.amity.store.NotAStoreException;
import org.amity.store.StoreException;

/**
 * A store over the Flink job's output folder ({@code --db cluster:DIR}): the job's Parquet files
 * are read in place, not copied, so a billion events need no second load.
 *
 * <p>The store proper is a small DuckDB file in {@code DIR/_amity/store.duckdb}, with the usual
 * schema, that keeps what only a running service writes (accounts, analysts' notes, timelines).
 * When attached, the large tables the job writes ({@code events}, {@code rejects}, {@code
 * indicator_days}) are replaced by views over {@code DIR/<table>/*.parquet} with the table's own
 * columns and types, so every reader of the embedded store (series, evidence, event pages) reads
 * them unchanged and a write to them is refused by the database. The small ones ({@code alerts},
 * {@code alert_evidence}) are loaded into their tables whenever the job's output has changed, the
 * latest version of each alert winning (and its evidence as last written), so that the caller can
 * group them into situations with the embedded engine's own code. Before the schema is brought up
 * to date, the views are turned back into the empty tables they replaced, so a later migration
 * finds the tables it was written for.
 */
public final class ClusterOutput {
  /** The job's manifest, written last when its output is complete. */
  public static final String MANIFEST = "_amity_job.json";

  /** The tables read in place, as views over the job's files. */
  static final List<String> VIEWED = List.of("events", "rejects", "indicator_days");

  /** The tables loaded from the job's files at each change of its output. */
  static final List<String> LOADED = List.of("alerts", "alert_evidence");

  private ClusterOutput() {}

  /** What attaching found: the store, and whether the job's alerts were (re)loaded into it. */
  public record Attached(DuckDbStorage storage, boolean alertsReloaded) {}

  /** The store file kept beside the job's output in {@code dir}. */
  public static Path storeFile(Path dir) {
    return dir.resolve("_amity").resolve("store.duckdb");
  }

  /** Whether {@code file} is the store of a job output folder (see {@link #storeFile}). */
  public static boolean isStoreFile(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent != null
        && parent.getFileName() != null
        && parent.getFileName().toString().equals("_amity")
        && file.getFileName().toString().equals("store.duckdb")
        && Files.isRegularFile(parent.getParent().resolve(MANIFEST));
  }

  /**
   * Attaches the job output in {@code dir}: opens (creating if needed) its store, brings the schema
   * up to date, points the large tables at the Parquet files and loads the alerts when the output
   * changed since the last attach.
   *
   * @throws NotAStoreException when {@code dir} holds no finished or running job output
   */
  public static Attached attach(Path dir) {
    if (!Files.isRegularFile(dir.resolve(MANIFEST))) {
      throw new NotAStoreException(
          dir
              + " is not the output of the Amity Flink job (no "
              + MANIFEST
              + " in it): run `amity flink run --input DIR --out "
              + dir
              + "` first");
    }
    DuckDbEventStore store = DuckDbEventStore.open(storeFile(dir), ClusterOutput::restoreTables);
    try {
      return new Attached(DuckDbStorage.over(store), refresh(store, dir));
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /**
   * Brings an attached store up to date with the job's output as it stands now: a table whose first
   * files appeared since becomes a view over them, and the alerts are loaded again if the output
   * changed. A continuous job adds files as it checkpoints, so a service calls this now and then.
   * Returns whether the alerts were (re)loaded (the caller then groups them into situations).
   */
  public static boolean refresh(DuckDbEventStore store, Path dir) {
    Connection c = store.connection();
    try {
      String signature = signature(dir);
      boolean reload;
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        for (String table : VIEWED) {
          if (!exists(c, table, "VIEW")) {
            view(c, dir, table);
          }
        }
        reload = !signature.equals(state(c, "alerts"));
        if (reload) {
          load(c, dir);
          putState(c, "alerts", signature);
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
      return reload;
    } catch (SQLException | IOException e) {
      throw new StoreException(
          "cannot attach the Flink job output in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Turns the views of an earlier attach back into the (empty) tables they replaced. */
  private static void restoreTables(Connection c) throws SQLException {
    if (!exists(c, "cluster_state", "BASE TABLE")) {
      return;
    }
    for (String table : VIEWED) {
      String ddl = state(c, "ddl:" + table);
      if (ddl != null && exists(c, table, "VIEW")) {
        try (Statement s = c.createStatement()) {
          s.execute("DROP VIEW " + table);
          s.execute(ddl);
        }
      }
    }
  }

  /** Replaces {@code table} by a view over the job's files for it, if there are any. */
  private static void view(Connection c, Path dir, String table) throws SQLException, IOException {
    if (!hasParts(dir.resolve(table))) {
      return;
    }
    List<Column> columns = columns(c, table);
    if (exists(c, table, "BASE TABLE")) {
      putState(c, "ddl:" + table, tableDdl(c, table));
      try (Statement s = c.createStatement()) {
        s.execute("DROP TABLE " + table);
      }
    }
    String from = parts(dir, table);
    if (table.equals("indicator_days")) {
      // a continuous job writes what late reports add to a day already written as another row:
      // the day's counts are the sum of its rows (every column but the key is additive)
      from =
          "(SELECT p.scope, p.subject, p.day, "
              + sums(columns)
              + " FROM "
              + from
              + " p GROUP BY p.scope, p.subject, p.day)";
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE VIEW " + table + " AS SELECT " + casts(columns) + " FROM " + from);
    }
  }

  /** Every column but the key (scope, subject, day), summed. */
  private static String sums(List<Column> columns) {
    return String.join(
        ", ",
        columns.stream()
            .map(Column::name)
            .filter(n -> !List.of("scope", "subject", "day").contains(n))
            .map(n -> "sum(p." + n + ") AS " + n)
            .toList());
  }

  /** Loads the job's alerts and their evidence, the latest version of each alert. */
  private static void load(Connection c, Path dir) throws SQLException, IOException {
    try (Statement s = c.createStatement()) {
      s.execute("DELETE FROM alert_evidence");
      s.execute("UPDATE alerts SET situation_id = NULL");
      s.execute("DELETE FROM situations");
      s.execute("DELETE FROM alerts");
      if (hasParts(dir.resolve("alerts"))) {
        // the latest version of an alert is the last one written: a continuous job writes every
        // version of one alert from the same subtask, in order (a withdrawal keeps the day the
        // alert was last updated, so that day cannot tell)
        s.execute(
            "INSERT INTO alerts SELECT "
                + casts(columns(c, "alerts"))
                + " FROM "
                + numbered(dir, "alerts")
                + " QUALIFY row_number() OVER (PARTITION BY id ORDER BY seq DESC, file_row_number"
                + " DESC) = 1");
      }
      if (hasParts(dir.resolve("alert_evidence"))) {
        // a continuous job writes an alert's evidence again with each new version of the alert,
        // always from the same subtask, in order, starting at rank 1: keep the last set written
        s.execute(
            "INSERT INTO alert_evidence SELECT DISTINCT "
                + casts(columns(c, "alert_evidence"))
                + " FROM (SELECT *, max(version) OVER (PARTITION BY alert_id) AS last FROM (SELECT"
                + " *, count(*) FILTER (WHERE rank = 1) OVER (PARTITION BY alert_id ORDER BY seq,"
                + " file_row_number ROWS UNBOUNDED PRECEDING) AS version FROM "
                + numbered(dir, "alert_evidence")
                + ")) WHERE version = last AND alert_id IN (SELECT id FROM alerts WHERE status <>"
                + " 'withdrawn')");
      }
    }
  }

  /** A column of a store table: its name and type. */
  private record Column(String name, String type) {}

  /** The table's columns in order, with their types. */
  private static List<Column> columns(Connection c, String table) throws SQLException {
    List<Column> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema ="
                + " 'main' AND table_name = ? ORDER BY ordinal_position")) {
      p.setString(1, table);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(new Column(rs.getString(1), rs.getString(2)));
        }
      }
    }
    return out;
  }

  /**
   * The columns, each cast to its type (the job's files may differ in width); the events' incident
   * columns, which the job does not write, computed as ingest stores them ({@link IncidentKeys}).
   */
  private static String casts(List<Column> columns) {
    return String.join(
        ", ",
        columns.stream()
            .map(
                k ->
                    "CAST("
                        + (IncidentKeys.DERIVED.contains(k.name())
                            ? IncidentKeys.expression(k.name())
                            : k.name())
                        + " AS "
                        + k.type()
                        + ") AS "
                        + k.name())
            .toList());
  }

  private static String parts(Path dir, String table) {
    String glob = dir.toAbsolutePath().resolve(table).resolve("part-*.parquet").toString();
    return "read_parquet('" + glob.replace("'", "''") + "', union_by_name = true)";
  }

  /**
   * The table's committed files with each row's place in the order the job wrote them: the file's
   * sequence number ({@code seq}, from its name {@code part-<subtask>-<seq>.parquet}) and the row's
   * number in the file ({@code file_row_number}).
   */
  private static String numbered(Path dir, String table) {
    String glob = dir.toAbsolutePath().resolve(table).resolve("part-*.parquet").toString();
    return "(SELECT *, TRY_CAST(regexp_extract(filename, 'part-[0-9]+-([0-9]+)[.]parquet$', 1) AS"
        + " BIGINT) AS seq FROM read_parquet('"
        + glob.replace("'", "''")
        + "', union_by_name = true, filename = true, file_row_number = true))";
  }

  private static boolean hasParts(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(ClusterOutput::isPart);
    }
  }

  private static boolean isPart(Path p) {
    String n = p.getFileName().toString();
    return n.startsWith("part-") && n.endsWith(".parquet");
  }

  /**
   * What identifies the job's output as it stands: the manifest and the names and sizes of the
   * committed alert files (a continuous job adds files without rewriting the manifest).
   */
  static String signature(Path dir) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(Files.readAllBytes(dir.resolve(MANIFEST)));
      for (String table : LOADED) {
        Path folder = dir.resolve(table);
        if (!Files.isDirectory(folder)) {
          continue;
        }
        try (Stream<Path> files = Files.list(folder)) {
          for (Path p : files.filter(ClusterOutput::isPart).sorted().toList()) {
            md.update(
                (table + "/" + p.getFileName() + ":" + Files.size(p) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
          }
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static boolean exists(Connection c, String name, String type) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND"
                + " table_name = ? AND table_type = ?")) {
      p.setString(1, name);
      p.setString(2, type);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() && rs.getLong(1) > 0;
      }
    }
  }

  private static String tableDdl(Connection c, String table) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT sql FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = ?")) {
      p.setString(1, table);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("the store has no table " + table);
        }
        return rs.getString(1);
      }
    }
  }

  private static String state(Connection c, String key) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT value FROM cluster_state WHERE key = ?")) {
      p.setString(1, key);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static void putState(Connection c, String key, String value) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("INSERT OR REPLACE INTO cluster_state VALUES (?, ?)")) {
      p.setString(1, key);
      p.setString(2, value);
      p.executeUpdate();
    }
  }
}
