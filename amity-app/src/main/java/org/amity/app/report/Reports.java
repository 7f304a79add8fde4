package org.amity.app.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.timeline.Visibility;
import org.amity.storage.Storage;

/**
 * Situation reports and monthly watch lists as HTML or PDF, for {@code amity report}, the API and
 * the demo alike. One jte template per report (compiled at build time by the jte Maven plugin)
 * renders the HTML; the PDF is that HTML printed by {@link PdfPrinter}.
 */
public final class Reports {
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(ContentType.Html);

  private final SituationReports situations;
  private final MonthReports months;
  private final ReportText text;

  public Reports(Storage store, KnowledgeBase kb, Clock clock) {
    this.situations = new SituationReports(store, kb, clock);
    this.months = new MonthReports(store, clock);
    this.text = new ReportText(kb);
  }

  /** The report on one situation; empty when the store holds no such situation. */
  public Optional<byte[]> situation(long id, ReportFormat format, Visibility audience) {
    return situations
        .of(id, audience)
        .map(r -> bytes(render("report/situation.jte", Map.of("r", r, "t", text)), format));
  }

  /** The watch list of one month (empty lists when nothing happened). */
  public byte[] month(YearMonth month, ReportFormat format, Visibility audience) {
    MonthReport r = months.of(month, audience);
    // the new and closed lists link each situation's number to its page on the service in HTML;
    // a PDF has no service to link to
    return bytes(
        render("report/month.jte", Map.of("r", r, "t", text, "links", format == ReportFormat.HTML)),
        format);
  }

  /** "amity-situation-12.pdf", "amity-watch-list-2014-05.html". */
  public static String fileName(String what, ReportFormat format) {
    return "amity-" + what + "." + format.extension();
  }

  private static String render(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    TEMPLATES.render(template, params, out);
    return out.toString();
  }

  private static byte[] bytes(String html, ReportFormat format) {
    return format == ReportFormat.PDF
        ? PdfPrinter.print(html)
        : html.getBytes(StandardCharsets.UTF_8);
  }
}
