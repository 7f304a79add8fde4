package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amity.response.timeline.EntryDraft;
import org.amity.response.timeline.IndicatorTrace;
import org.amity.response.timeline.TimelineEntry;
import org.amity.response.timeline.TimelineStore;
import org.amity.response.timeline.Visibility;
import org.amity.response.timeline.WarningRecord;
import org.amity.signal.DetectorConfig;
import org.amity.signal.Scope;
import org.amity.store.StoreException;

/**
 * Timelines in the embedded store. Works on the store's own connection, one call at a time
 * (synchronised on the connection, as the web server's writes are), each write in one transaction
 * with its audit rows.
 */
public final class DuckDbTimelineStore implements TimelineStore {
  private final Connection c;
  private final TimelineRows rows;
  private final TimelineWatchRows watch;

  public DuckDbTimelineStore(DuckDbEventStore store) {
    this(store, DetectorConfig.standard());
  }

  /**
   * @param config the detectors, to read the series behind an alert for suggested outcomes
   */
  public DuckDbTimelineStore(DuckDbEventStore store, DetectorConfig config) {
    this.c = store.connection();
    this.rows = new TimelineRows(c);
    this.watch = new TimelineWatchRows(c, config);
  }

  @FunctionalInterface
  private interface Read<T> {
    T run() throws SQLException;
  }

  private <T> T read(String what, Read<T> r) {
    synchronized (c) {
      try {
        return r.run();
      } catch (SQLException e) {
        throw new StoreException("cannot read " + what + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  public List<TimelineEntry> timeline(long situationId, Visibility clearance) {
    return read(
        "the timeline of situation " + situationId,
        () -> {
          List<TimelineEntry> out = new ArrayList<>(watch.entries(situationId));
          out.addAll(rows.where("situation_id = ?", situationId));
          return visible(out, clearance);
        });
  }

  @Override
  public List<TimelineEntry> all(Visibility clearance) {
    return read("the timelines", () -> visible(rows.where("true"), clearance));
  }

  private static List<TimelineEntry> visible(List<TimelineEntry> entries, Visibility clearance) {
    return entries.stream()
        .filter(e -> e.what().visibility().visibleTo(clearance))
        .sorted(
            Comparator.comparing((TimelineEntry e) -> e.what().date())
                .thenComparing(e -> e.id() == 0 ? 0 : 1)
                .thenComparingLong(TimelineEntry::id))
        .toList();
  }

  @Override
  public List<WarningRecord> warnings() {
    return read("the warnings", watch::warnings);
  }

  @Override
  public List<SituationSpan> situationsOn(Scope scope, String subject) {
    return read(
        "the situations on " + subject,
        () -> watch.spans("scope = ? AND subject = ?", scope.key(), subject));
  }

  @Override
  public Optional<SituationSpan> situation(long id) {
    return read("situation " + id, () -> watch.spans("id = ?", id).stream().findFirst());
  }

  @Override
  public Optional<TimelineEntry> entry(long id) {
    return read("entry " + id, () -> rows.where("id = ?", id).stream().findFirst());
  }

  @Override
  public Optional<IndicatorTrace> trace(long situationId) {
    return read("the series of situation " + situationId, () -> watch.trace(situationId));
  }

  @Override
  public boolean holds(EntryDraft d) {
    return read("the timelines", () -> rows.holds(filled(d)));
  }

  @Override
  public List<TimelineEntry> append(List<Prepared> entries, String origin, Writer writer) {
    synchronized (c) {
      try {
        c.setAutoCommit(false);
        try {
          List<Long> ids = new ArrayList<>();
          LocalDateTime now = LocalDateTime.now();
          for (Prepared p : entries) {
            EntryDraft d = filled(p.draft());
            long id = rows.insert(d, p.suggestion(), writer.user(), origin, now);
            ids.add(id);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("entry", id);
            detail.put("kind", d.kind().key());
            detail.put("date", d.date().toString());
            detail.put("origin", origin);
            if (d.supersedes() != null) {
              detail.put("supersedes", d.supersedes());
            }
            String target =
                d.situationId() != null
                    ? "situation/" + d.situationId()
                    : d.scope().key() + "/" + d.subject();
            AuditRows.record(c, writer.user(), "timeline.add", target, writer.address(), detail);
          }
          List<TimelineEntry> out = new ArrayList<>();
          for (long id : ids) {
            out.addAll(rows.where("id = ?", id));
          }
          c.commit();
          return out;
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        } finally {
          c.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw new StoreException(
            "the timeline entries were not stored (nothing was): " + e.getMessage(), e);
      }
    }
  }

  /** The draft with scope and subject taken from its situation when it names one. */
  private EntryDraft filled(EntryDraft d) throws SQLException {
    if (d.situationId() == null) {
      return d;
    }
    SituationSpan s =
        watch.spans("id = ?", d.situationId()).stream()
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no situation " + d.situationId()));
    return new EntryDraft(
        d.situationId(),
        s.scope(),
        s.subject(),
        d.kind(),
        d.date(),
        d.until(),
        d.text(),
        d.reference(),
        d.instrument(),
        d.measure(),
        d.body(),
        d.track(),
        d.decision(),
        d.outcome(),
        d.actor(),
        d.visibility(),
        d.supersedes(),
        d.about());
  }
}
