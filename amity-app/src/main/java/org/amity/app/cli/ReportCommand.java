package org.amity.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.amity.app.report.ReportFormat;
import org.amity.app.report.Reports;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.timeline.Visibility;
import org.amity.storage.Storage;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity report}: a situation report or a month's watch list, as PDF or HTML. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write a report to hand on: one situation (chart against its baseline, evidence in words,"
          + " typology, great-power involvement, options with their principle checks and consent,"
          + " the response timeline and its gap figures) or a month's regional watch list"
          + " (situations at warning or above, new and closed ones, unanswered warnings).",
      "Track II participants are never named. Reads the store only."
    })
final class ReportCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @ArgGroup(multiplicity = "1")
  Subject subject;

  static final class Subject {
    @Option(names = "--situation", paramLabel = "ID", description = "A stored situation's id.")
    Long situation;

    @Option(
        names = "--month",
        paramLabel = "YYYY-MM",
        description = "A month: the regional watch list.")
    String month;
  }

  @Option(
      names = "--format",
      paramLabel = "pdf|html",
      description = "pdf or html (default: from the --out file's extension, else pdf).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write.")
  Path out;

  @Option(
      names = "--audience",
      paramLabel = "ROLE",
      defaultValue = "viewer",
      description =
          "Whose view of the timeline: viewer (default; what every dashboard user may read),"
              + " analyst or admin.")
  String audience;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      defaultValue = Reports.DEFAULT_BASE_URL,
      description =
          "The dashboard's address, which the HTML month report's links to situations point at"
              + " (default: "
              + Reports.DEFAULT_BASE_URL
              + ", amity serve's own default on this machine).")
  String baseUrl;

  @Option(names = "--json", description = "Print what was written as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    ReportFormat f = format(format, out);
    Visibility v;
    try {
      v = Visibility.parse(audience);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--audience must be viewer, analyst or admin, not '" + audience + "'");
    }
    YearMonth month = subject.month == null ? null : month(subject.month);
    Path dir = out.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no such folder: " + dir);
    }
    byte[] bytes;
    store.mustExist = true; // a report reads: a missing --db is refused, never created empty
    try (Storage s = store.open()) {
      Reports reports = new Reports(s, KnowledgeBase.standard(), Clock.systemUTC());
      if (month != null) {
        bytes = reports.month(month, f, v, baseUrl);
      } else {
        bytes =
            reports
                .situation(subject.situation, f, v)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "no situation " + subject.situation + " (see amity situations)"));
      }
    }
    Path part = out.resolveSibling(out.getFileName() + ".part");
    Files.write(part, bytes);
    Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", out.toAbsolutePath().toString());
      m.put("format", f.extension());
      m.put("bytes", bytes.length);
      m.put("situation", subject.situation);
      m.put("month", month == null ? null : month.toString());
      m.put("audience", v.key());
      System.out.println(Json.write(m));
    } else {
      System.out.printf(
          Locale.ROOT,
          "wrote %s (%s, %,d bytes)%n",
          out.toAbsolutePath(),
          f.extension(),
          bytes.length);
    }
    return 0;
  }

  static ReportFormat format(String given, Path out) {
    if (given != null) {
      return ReportFormat.parse(given);
    }
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm") ? ReportFormat.HTML : ReportFormat.PDF;
  }

  static YearMonth month(String s) {
    try {
      return YearMonth.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--month takes YYYY-MM, such as 2014-05, not '" + s + "'");
    }
  }
}
