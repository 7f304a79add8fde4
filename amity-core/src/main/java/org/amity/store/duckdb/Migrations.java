package org.amity.store.duckdb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Versioned schema migrations: SQL resources applied in list order, each in its own transaction,
 * with every applied script recorded by name in {@code schema_version}. Scripts are named {@code
 * Vnnn__what.sql}; a feature takes its own number range (events 001-009, accounts 010-019,
 * forecasts 020-029, signals 030-049, coding 060-069, response timelines and track II 080-089,
 * attached cluster output 090-099), and any script not yet recorded is applied, so features merged
 * in any order still migrate every database. A database that records a script this program does not
 * know is newer than the program and is refused.
 *
 * <p>After the scripts, the view {@code series_derived} is generated from the indicator columns
 * ({@link SeriesView}), so a script that adds a daily count only adds its column; the view the
 * released scripts wrote last is replaced.
 */
final class Migrations {
  /** In order; append, never edit a released one. */
  static final List<String> SCRIPTS =
      List.of(
          "V001__events.sql",
          "V002__event_details.sql",
          "V010__accounts.sql",
          "V030__signals.sql",
          "V031__indicator_days.sql",
          "V032__series_view.sql",
          "V060__coded_sentences.sql",
          "V020__forecasts.sql",
          "V033__coercion_incidents.sql",
          "V011__sign_in_attempts.sql",
          "V003__event_fatalities.sql",
          "V040__fatalities_indicator.sql",
          "V034__series_meta.sql",
          "V035__alert_protracted.sql",
          "V080__timeline.sql",
          "V081__track2.sql",
          "V082__notifications.sql",
          "V083__track2_followup.sql",
          "V090__cluster_state.sql",
          "V041__kidnap_incidents.sql",
          "V061__coded_sentence_classes.sql",
          "V021__forecast_evaluations.sql",
          "V004__incident_key.sql",
          "V005__piracy_twins.sql",
          "V006__piracy_twin_rule.sql",
          "V042__rebel_mc_incidents.sql",
          "V043__event_rebel_flag.sql",
          "V044__pirate_incidents.sql",
          "V045__death_reports.sql",
          "V046__news_file_spans.sql",
          "V007__event_date_end.sql",
          "V008__piracy_twin_date_end.sql");

  private Migrations() {}

  /**
   * Brings the schema up to date, then (re)creates the generated view; returns how many scripts are
   * applied in all.
   */
  static int apply(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS schema_version ("
              + "version INTEGER PRIMARY KEY, script VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
    }
    Set<String> applied = applied(c);
    for (String script : applied) {
      if (!SCRIPTS.contains(script)) {
        throw new SQLException(
            "the database has schema change "
                + script
                + ", which this Amity does not know: it was written by a newer Amity; upgrade");
      }
    }
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      for (String script : SCRIPTS) {
        if (applied.contains(script)) {
          continue;
        }
        try (Statement s = c.createStatement()) {
          for (String sql : statements(read(script))) {
            s.execute(sql);
          }
          s.execute(
              "INSERT INTO schema_version VALUES ("
                  + version(script)
                  + ", '"
                  + script
                  + "', current_timestamp)");
          c.commit();
        } catch (SQLException e) {
          c.rollback();
          throw new SQLException("migration " + script + " failed: " + e.getMessage(), e);
        }
      }
      try {
        SeriesView.replace(c);
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw new SQLException(
            "creating the view " + SeriesView.NAME + " failed: " + e.getMessage(), e);
      }
    } finally {
      c.setAutoCommit(auto);
    }
    return SCRIPTS.size();
  }

  /** The number in a script name: 7 for "V007__x.sql". */
  static int version(String script) {
    return Integer.parseInt(script.substring(1, script.indexOf("__")));
  }

  static Set<String> applied(Connection c) throws SQLException {
    Set<String> names = new HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT script FROM schema_version")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
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
