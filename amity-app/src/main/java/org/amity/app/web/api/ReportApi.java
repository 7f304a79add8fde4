package org.amity.app.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.amity.app.report.ReportFormat;
import org.amity.app.report.Reports;
import org.amity.app.web.ApiProblem;
import org.amity.app.web.auth.AccessGuard;
import org.amity.app.web.auth.Role;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.timeline.Visibility;
import org.amity.storage.Storage;

/**
 * Reports as downloads: {@code GET /api/v1/situations/{id}/report?format=pdf|html} and {@code GET
 * /api/v1/reports/month/{YYYY-MM}?format=pdf|html}, the same files {@code amity report} writes,
 * with the timeline entries the reader's role may see. Answered as attachments; never cached.
 */
public final class ReportApi {
  private final Reports reports;

  public ReportApi(Storage store, KnowledgeBase kb) {
    this.reports = new Reports(store, kb, Clock.systemUTC());
  }

  public void addTo(RoutesConfig r) {
    r.get("/api/v1/situations/{id}/report", this::situation, Role.VIEWER);
    r.get("/api/v1/reports/month/{month}", this::month, Role.VIEWER);
  }

  void situation(Context ctx) {
    Params.only(ctx, "format");
    long id = Params.id(ctx, "id");
    ReportFormat f = format(ctx);
    byte[] bytes =
        reports
            .situation(id, f, audience(ctx))
            .orElseThrow(() -> ApiProblem.notFound("no situation " + id));
    send(ctx, bytes, f, Reports.fileName("situation-" + id, f));
  }

  void month(Context ctx) {
    Params.only(ctx, "format");
    String m = ctx.pathParam("month");
    YearMonth month;
    try {
      month = m.matches("\\d{4}-\\d{2}") ? YearMonth.parse(m) : null;
    } catch (DateTimeParseException e) {
      month = null;
    }
    if (month == null) {
      throw ApiProblem.badRequest(
          "month must be YYYY-MM, such as 2014-05, not '" + Params.clip(m) + "'");
    }
    ReportFormat f = format(ctx);
    send(
        ctx,
        reports.month(month, f, audience(ctx), baseUrl(ctx)),
        f,
        Reports.fileName("watch-list-" + month, f));
  }

  /**
   * The address a downloaded report's links point back at: this service as the browser reached it
   * (its scheme and Host header), or the default address when the request names no usable host.
   */
  static String baseUrl(Context ctx) {
    String host = ctx.host();
    if (host == null || host.isBlank()) {
      return Reports.DEFAULT_BASE_URL;
    }
    try {
      return Reports.baseUrl(ctx.scheme() + "://" + host);
    } catch (IllegalArgumentException e) {
      return Reports.DEFAULT_BASE_URL; // a Host header that is no host: links as the CLI's
    }
  }

  private static ReportFormat format(Context ctx) {
    return ReportFormat.parse(Params.oneOf(ctx, "format", "pdf", "pdf", "html"));
  }

  private static Visibility audience(Context ctx) {
    return TimelineApi.clearance(AccessGuard.session(ctx).role());
  }

  private static void send(Context ctx, byte[] bytes, ReportFormat f, String name) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.contentType(f.contentType());
    ctx.result(bytes);
  }
}
