package org.amity.app.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.amity.access.AuditTrail;
import org.amity.app.web.auth.Role;
import org.amity.store.IngestRecords;

/**
 * Where the data came from and what was refused: the ingest log, rejected lines, rejects grouped by
 * reason, and (for admins) the audit log of writes.
 */
public final class DataApi {
  private final IngestRecords records;
  private final ReadCache cache;
  private final AuditTrail audit;

  /**
   * @param audit the audit trail, read for admins
   */
  public DataApi(IngestRecords records, ReadCache cache, AuditTrail audit) {
    this.records = records;
    this.cache = cache;
    this.audit = audit;
  }

  public void addTo(RoutesConfig r) {
    r.get("/api/v1/ingest-log", this::ingestLog, Role.VIEWER);
    r.get("/api/v1/ingest-log/counts", this::ingestLogCounts, Role.VIEWER);
    r.get("/api/v1/rejects", this::rejects, Role.VIEWER);
    r.get("/api/v1/rejects/reasons", this::reasons, Role.VIEWER);
    r.get("/api/v1/audit", this::audit, Role.ADMIN);
  }

  void ingestLog(Context ctx) {
    Params.only(ctx, "limit", "offset", "status");
    int limit = Params.integer(ctx, "limit", 100, 1, 1000);
    int offset = Params.integer(ctx, "offset", 0, 0, 1_000_000);
    String status = Params.oneOf(ctx, "status", null, "done", "failed");
    cache.json(
        ctx,
        () ->
            status == null
                ? records.ingestLog(limit, offset)
                : records.ingestLog(status, limit, offset));
  }

  /** How many ingest attempts the log holds, in all and by status. */
  void ingestLogCounts(Context ctx) {
    Params.only(ctx);
    cache.json(ctx, records::ingestLogCounts);
  }

  void rejects(Context ctx) {
    Params.only(ctx, "reason", "file", "limit", "offset");
    int limit = Params.integer(ctx, "limit", 100, 1, 1000);
    int offset = Params.integer(ctx, "offset", 0, 0, 10_000_000);
    IngestRecords.RejectQuery q =
        new IngestRecords.RejectQuery(
            ctx.queryParam("reason"), ctx.queryParam("file"), limit, offset);
    cache.json(ctx, () -> records.rejects(q));
  }

  void reasons(Context ctx) {
    Params.only(ctx);
    cache.json(ctx, () -> records.rejectReasons(200));
  }

  void audit(Context ctx) {
    Params.only(ctx, "limit", "offset");
    int limit = Params.integer(ctx, "limit", 100, 1, 1000);
    int offset = Params.integer(ctx, "offset", 0, 0, 1_000_000);
    ctx.json(audit.newest(limit, offset));
  }
}
