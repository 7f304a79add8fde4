package org.amity.store.duckdb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Versioned schema migrations: SQL resources applied in order, each in its own transaction, with
 * the applied versions recorded in {@code schema_version}. A database newer than this program is
 * refused rather than guessed at.
 */
final class Migrations {
  /** In order; append, never edit a released one. */
  static final List<String> SCRIPTS = List.of("V001__events.sql");

  private Migrations() {}

  /** Brings the schema up to date; returns the version now in place. */
  static int apply(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS schema_version ("
              + "version INTEGER PRIMARY KEY, script VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
    }
    int current = currentVersion(c);
    if (current > SCRIPTS.size()) {
      throw new SQLException(
          "database schema version "
              + current
              + " is newer than this Amity knows ("
              + SCRIPTS.size()
              + "): upgrade Amity");
    }
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      for (int v = current + 1; v <= SCRIPTS.size(); v++) {
        String script = SCRIPTS.get(v - 1);
        try (Statement s = c.createStatement()) {
          for (String sql : statements(read(script))) {
            s.execute(sql);
          }
          s.execute(
              "INSERT INTO schema_version VALUES (" + v + ", '" + script + "', current_timestamp)");
          c.commit();
        } catch (SQLException e) {
          c.rollback();
          throw new SQLException("migration " + script + " failed: " + e.getMessage(), e);
        }
      }
    } finally {
      c.setAutoCommit(auto);
    }
    return SCRIPTS.size();
  }

  static int currentVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static String read(String script) throws SQLException {
    try (InputStream in = Migrations.class.getResourceAsStream(script)) {
      if (in == null) {
        throw new SQLException("missing migration resource " + script);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SQLException("cannot read migration " + script, e);
    }
  }

  /** Splits a script on semicolons at line ends, dropping comment lines. */
  static List<String> statements(String script) {
    StringBuilder clean = new StringBuilder();
    for (String line : script.split("\n")) {
      String t = line.strip();
      if (!t.startsWith("--")) {
        clean.append(line).append('\n');
      }
    }
    return java.util.Arrays.stream(clean.toString().split(";\\s*\n"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
