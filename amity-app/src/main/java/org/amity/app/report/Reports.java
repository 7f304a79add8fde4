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

  /**
   * Where an HTML report's links point when none is given: the dashboard of {@code amity serve}
   * with its defaults (port 8080 on this machine).
   */
  public static final String DEFAULT_BASE_URL = "http://localhost:8080";

  /** The watch list of one month, its links to the dashboard at {@link #DEFAULT_BASE_URL}. */
  public byte[] month(YearMonth month, ReportFormat format, Visibility audience) {
    return month(month, format, audience, DEFAULT_BASE_URL);
  }

  /**
   * The watch list of one month (empty lists when nothing happened). In HTML the new and closed
   * lists link each situation's number to its page on the dashboard at {@code baseUrl}, written out
   * in full, so that the links work in a file saved or opened away from the service (a relative
   * link resolved against the file's own folder); a PDF has no links.
   *
   * @param baseUrl the dashboard's address, http or https ("http://amity.example.org:8080", a
   *     trailing slash or a path allowed)
   * @throws IllegalArgumentException for an address that is not an absolute http(s) URL
   */
  public byte[] month(YearMonth month, ReportFormat format, Visibility audience, String baseUrl) {
    String base = format == ReportFormat.HTML ? baseUrl(baseUrl) : "";
    MonthReport r = months.of(month, audience);
    return bytes(
        render(
            "report/month.jte",
            Map.of("r", r, "t", text, "links", format == ReportFormat.HTML, "base", base)),
        format);
  }

  /**
   * {@code given} without its trailing slashes, checked: an absolute http or https URL with a host
   * and no query or fragment.
   */
  public static String baseUrl(String given) {
    java.net.URI u;
    try {
      u = new java.net.URI(given.trim());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(
          "the base URL must be the dashboard's address, such as "
              + DEFAULT_BASE_URL
              + ", not '"
              + given
              + "': "
              + e.getReason());
    }
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https"))
        || u.getHost() == null
        || u.getRawQuery() != null
        || u.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "the base URL must be the dashboard's address, an http or https URL with a host and no"
              + " query, such as "
              + DEFAULT_BASE_URL
              + ", not '"
              + given
              + "'");
    }
    return u.toString().replaceAll("/+$", "");
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
