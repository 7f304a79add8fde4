package org.amity.app.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amity.access.AuditTrail;
import org.amity.app.web.StoreConnections;
import org.amity.app.web.auth.Role;

/**
 * Where the data came from and what was refused: the ingest log, rejected lines, rejects grouped by
 * reason, and (for admins) the audit log of writes.
 */
public final class DataApi {
  /**
   * Reasons carry specifics ("expected 61 columns, got 3"); grouping replaces digit runs with N so
   * that the same fault in different lines or files falls into one group.
   */
  private static final String REASON_PATTERN = "regexp_replace(reason, '[0-9]+', 'N', 'g')";

  private final StoreConnections db;
  private final ReadCache cache;
  private final AuditTrail audit;

  public DataApi(StoreConnections db, ReadCache cache, AuditTrail audit) {
    this.db = db;
    this.cache = cache;
    this.audit = audit;
  }

  public void addTo(RoutesConfig r) {
    r.get("/api/v1/ingest-log", this::ingestLog, Role.VIEWER);
    r.get("/api/v1/rejects", this::rejects, Role.VIEWER);
    r.get("/api/v1/rejects/reasons", this::reasons, Role.VIEWER);
    r.get("/api/v1/audit", this::audit, Role.ADMIN);
  }

  void ingestLog(Context ctx) {
    Params.only(ctx, "limit", "offset");
    int limit = Params.integer(ctx, "limit", 100, 1, 1000);
    int offset = Params.integer(ctx, "offset", 0, 0, 1_000_000);
    cache.json(
        ctx,
        () ->
            db.read(
                c ->
                    Rows.query(
                        c,
                        "SELECT id, file_name AS file, sha256, size_bytes AS sizeBytes, dataset,"
                            + " format, status, message, started_at AS startedAt,"
                            + " finished_at AS finishedAt, lines, accepted, rejected, duplicates,"
                            + " filtered, region FROM ingest_log ORDER BY id DESC LIMIT ? OFFSET ?",
                        Set.of(),
                        limit,
                        offset)));
  }

  void rejects(Context ctx) {
    Params.only(ctx, "reason", "file", "limit", "offset");
    String reason = ctx.queryParam("reason");
    String file = ctx.queryParam("file");
    int limit = Params.integer(ctx, "limit", 100, 1, 1000);
    int offset = Params.integer(ctx, "offset", 0, 0, 10_000_000);
    StringBuilder where = new StringBuilder(" WHERE true");
    List<Object> args = new ArrayList<>();
    if (reason != null) {
      where.append(" AND ").append(REASON_PATTERN).append(" = ?");
      args.add(reason);
    }
    if (file != null) {
      where.append(" AND file_name = ?");
      args.add(file);
    }
    args.add(limit);
    args.add(offset);
    cache.json(
        ctx,
        () ->
            db.read(
                c ->
                    Rows.query(
                        c,
                        "SELECT file_name AS file, line, reason, ingest_id AS ingestId FROM rejects"
                            + where
                            + " ORDER BY ingest_id, line LIMIT ? OFFSET ?",
                        Set.of(),
                        args.toArray())));
  }

  void reasons(Context ctx) {
    Params.only(ctx);
    cache.json(
        ctx,
        () ->
            db.read(
                c ->
                    Rows.query(
                        c,
                        "SELECT "
                            + REASON_PATTERN
                            + " AS reason, count(*) AS lines, count(DISTINCT file_name) AS files,"
                            + " min(reason) AS example FROM rejects GROUP BY 1"
                            + " ORDER BY lines DESC, reason LIMIT 200",
                        Set.of())));
  }

  void audit(Context ctx) {
    Params.only(ctx, "limit", "offset");
    int limit = Params.integer(ctx, "limit", 100, 1, 1000);
    int offset = Params.integer(ctx, "offset", 0, 0, 1_000_000);
    ctx.json(audit.newest(limit, offset));
  }
}
