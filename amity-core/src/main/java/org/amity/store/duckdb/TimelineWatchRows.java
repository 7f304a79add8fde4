package org.amity.store.duckdb;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amity.response.timeline.EntryDraft;
import org.amity.response.timeline.EntryKind;
import org.amity.response.timeline.IndicatorTrace;
import org.amity.response.timeline.TimelineEntry;
import org.amity.response.timeline.TimelineStore.SituationSpan;
import org.amity.response.timeline.WarningRecord;
import org.amity.signal.DetectionSpec;
import org.amity.signal.DetectorConfig;
import org.amity.signal.Level;
import org.amity.signal.Scope;
import org.amity.signal.SeriesScores;
import org.amity.signal.daily.NewsCoverage;

/**
 * The timeline as the watch wrote it, read from its tables: a warning entry for each alert that
 * reached warning or above, a level entry when such an alert ended, and the analysts'
 * acknowledgements of the situation's alerts.
 */
final class TimelineWatchRows {
  private static final String WARNED = "peak_level IN ('warning', 'alert')";
  private static final String CAME_DOWN =
      "(its latest periods below the midpoint between the baseline before the rise and the raised"
          + " level)";

  private final Connection c;
  private final DetectorConfig config;

  TimelineWatchRows(Connection c, DetectorConfig config) {
    this.c = c;
    this.config = config;
  }

  List<TimelineEntry> entries(long situationId) throws SQLException {
    List<TimelineEntry> out = new ArrayList<>();
    // read before the alerts' rows are open: one query at a time on the connection
    NewsCoverage news = new SignalSeries(c).newsCoverage().orAll();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT id, scope, subject, indicator, resolution, level, peak_level, status, opened,"
                + " closed, protracted, (SELECT min(b.id) FROM alerts b WHERE b.scope = a.scope"
                + " AND b.subject = a.subject AND b.indicator = a.indicator AND b.id <> a.id AND"
                + " b.status <> 'withdrawn' AND b.opened = a.closed) AS renewed FROM alerts a"
                + " WHERE situation_id = ? AND status <> 'withdrawn' AND "
                + WARNED
                + " ORDER BY opened, id")) {
      p.setLong(1, situationId);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          Scope scope = Scope.parse(rs.getString("scope"));
          String indicator = rs.getString("indicator");
          String what =
              org.amity.signal.IndicatorName.of(indicator)
                  + " ("
                  + indicator
                  + ", "
                  + rs.getString("resolution")
                  + ")";
          String ref = "alert/" + rs.getLong("id");
          LocalDate opened = rs.getObject("opened", LocalDate.class);
          out.add(
              watch(
                  situationId,
                  scope,
                  rs.getString("subject"),
                  EntryKind.WARNING,
                  opened,
                  "alert on " + what + " opened; highest level " + rs.getString("peak_level"),
                  ref));
          LocalDate closed = rs.getObject("closed", LocalDate.class);
          if (closed != null) {
            out.add(
                watch(
                    situationId,
                    scope,
                    rs.getString("subject"),
                    EntryKind.LEVEL,
                    closed,
                    "alert on "
                        + what
                        + " closed: "
                        + closing(
                            rs.getObject("protracted", LocalDate.class),
                            (Number) rs.getObject("renewed"),
                            Level.parse(rs.getString("level")),
                            newsEnded(news, indicator, closed)),
                    ref));
          }
        }
      }
    }
    out.addAll(acknowledgements(situationId));
    return out;
  }

  /**
   * Why an alert closed, in words. An alert that was never protracted closes once its series has
   * been back within its baseline through the cooldown. A protracted one closes either when a
   * renewed rise opens a new alert on the same series that day, or when its latest periods fall
   * below the midpoint between the baseline before the rise and the raised level (docs/signals.md,
   * "protracted"): it need not be back within the old baseline then. An alert whose protracted
   * state would have ended in the period it began was never protracted (see {@link
   * org.amity.signal.AlertBuilder}): it closes for a renewed rise that day, or because its level
   * came back down. The latter is certain when its last level ({@code level}) is above watch: the
   * cooldown steps a level down one at a time, so an alert it closes was last at watch. An alert
   * last at watch may have closed either way, and is read as the cooldown's close.
   */
  static String closing(
      LocalDate protracted, Number renewedAlert, Level level, LocalDate newsEnded) {
    if (protracted == null && renewedAlert == null && newsEnded != null) {
      return "the stored news of it ends on "
          + newsEnded
          + " (no news file covers the days after): whether it came back down is not known";
    }
    if (protracted == null && renewedAlert != null) {
      return "it rose again against the level it had held: alert "
          + renewedAlert.longValue()
          + " opened on the same series that day";
    }
    if (protracted == null && level.compareTo(Level.WATCH) > 0) {
      return "its level came back down "
          + CAME_DOWN
          + " when it had held without rising long enough to be called protracted";
    }
    if (protracted == null) {
      return "the series is back within its baseline";
    }
    if (renewedAlert != null) {
      return "protracted since "
          + protracted
          + ", it rose again: alert "
          + renewedAlert.longValue()
          + " opened on the same series that day";
    }
    return "protracted since " + protracted + ", its level came back down " + CAME_DOWN;
  }

  /**
   * For an alert on a share of the news that closed on a day no news file covered: the last covered
   * day before it, where the series ran out of news rather than back into its baseline ({@link
   * NewsCoverage}); else null.
   */
  private LocalDate newsEnded(NewsCoverage news, String indicator, LocalDate closed) {
    var spec = config.spec(indicator);
    if (news == null || spec.isEmpty() || spec.get().denominator() == null) {
      return null;
    }
    return news.coversAny(closed, closed) ? null : news.lastCoveredOnOrBefore(closed);
  }

  private List<TimelineEntry> acknowledgements(long situationId) throws SQLException {
    List<TimelineEntry> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT k.alert_id, k.user_name, k.acked_at, k.comment, a.scope, a.subject FROM"
                + " alert_acks k JOIN alerts a ON a.id = k.alert_id WHERE a.situation_id = ?"
                + " ORDER BY k.acked_at")) {
      p.setLong(1, situationId);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          var at = rs.getTimestamp("acked_at").toLocalDateTime();
          EntryDraft d =
              EntryDraft.of(EntryKind.ACKNOWLEDGED, at.toLocalDate(), rs.getString("comment"))
                  .situation(situationId)
                  .subject(Scope.parse(rs.getString("scope")), rs.getString("subject"))
                  .reference("alert/" + rs.getLong("alert_id"))
                  .build();
          out.add(
              new TimelineEntry(
                  0, situationId, d, rs.getString("user_name"), at, "analyst", null, null));
        }
      }
    }
    return out;
  }

  private static TimelineEntry watch(
      long situationId,
      Scope scope,
      String subject,
      EntryKind kind,
      LocalDate date,
      String text,
      String ref) {
    EntryDraft d =
        EntryDraft.of(kind, date, text)
            .situation(situationId)
            .subject(scope, subject)
            .reference(ref)
            .build();
    return new TimelineEntry(0, situationId, d, "watch", date.atStartOfDay(), "watch", null, null);
  }

  List<WarningRecord> warnings() throws SQLException {
    List<WarningRecord> out = new ArrayList<>();
    try (PreparedStatement p =
            c.prepareStatement(
                "SELECT s.id, s.scope, s.subject, s.title, s.threat_types, min(a.opened),"
                    + " max(CASE a.peak_level WHEN 'alert' THEN 2 ELSE 1 END) FROM situations s"
                    + " JOIN alerts a ON a.situation_id = s.id WHERE s.status <> 'withdrawn' AND"
                    + " a.status <> 'withdrawn' AND a."
                    + WARNED
                    + " GROUP BY s.id, s.scope, s.subject, s.title, s.threat_types ORDER BY 6, 1");
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        Map<String, Double> shares =
            AlertTables.parse(rs.getString(5), new TypeReference<Map<String, Double>>() {});
        String type =
            shares.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("untyped");
        out.add(
            new WarningRecord(
                rs.getLong(1),
                Scope.parse(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(6, LocalDate.class),
                rs.getInt(7) == 2 ? Level.ALERT : Level.WARNING,
                type));
      }
    }
    return out;
  }

  List<SituationSpan> spans(String condition, Object... params) throws SQLException {
    List<SituationSpan> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT id, scope, subject, title, opened, updated, closed FROM situations WHERE status <>"
                + " 'withdrawn' AND "
                + condition
                + " ORDER BY opened, id")) {
      for (int i = 0; i < params.length; i++) {
        p.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(
              new SituationSpan(
                  rs.getLong(1),
                  Scope.parse(rs.getString(2)),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getObject(5, LocalDate.class),
                  rs.getObject(6, LocalDate.class),
                  rs.getObject(7, LocalDate.class)));
        }
      }
    }
    return out;
  }

  Optional<IndicatorTrace> trace(long situationId) throws SQLException {
    String indicator;
    String subject;
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT indicator, subject FROM alerts WHERE situation_id = ? AND status <> 'withdrawn'"
                + " ORDER BY score DESC, id")) {
      p.setLong(1, situationId);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        indicator = rs.getString(1);
        subject = rs.getString(2);
        while (rs.next()) {
          // drain: DuckDB aborts the transaction on an early-closed streamed result
        }
      }
    }
    // a pooled lens's alerts draw the sea area's own attacks against their baseline
    Optional<DetectionSpec> spec =
        config
            .spec(indicator)
            .or(() -> config.pool(indicator).flatMap(p -> config.spec(p.areaLens())));
    if (spec.isEmpty()) {
      return Optional.empty();
    }
    var d =
        new SignalSeries(c)
            .load(spec.get(), config.source(spec.get()), java.util.Set.of(subject))
            .get(subject);
    if (d == null || d.periods().isEmpty()) {
      return Optional.empty();
    }
    SeriesScores s = org.amity.signal.daily.SeriesDetection.score(spec.get(), d);
    return Optional.of(
        new IndicatorTrace(
            spec.get().name(),
            spec.get().resolution().name().toLowerCase(java.util.Locale.ROOT),
            s.periods(),
            s.values(),
            s.expected()));
  }
}
