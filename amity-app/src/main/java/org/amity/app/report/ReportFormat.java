package org.amity.app.report;

import java.util.Locale;

/** The two forms of a report: the same HTML, printed to PDF or kept as it is. */
public enum ReportFormat {
  PDF("application/pdf", "pdf"),
  HTML("text/html; charset=utf-8", "html");

  private final String contentType;
  private final String extension;

  ReportFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  /**
   * @throws IllegalArgumentException for anything but pdf or html
   */
  public static ReportFormat parse(String s) {
    String k = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    for (ReportFormat f : values()) {
      if (f.extension.equals(k)) {
        return f;
      }
    }
    throw new IllegalArgumentException("format must be pdf or html, not '" + s + "'");
  }
}
