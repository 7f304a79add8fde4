package org.amity.signal.daily;

import java.util.Comparator;
import org.amity.event.Dataset;
import org.amity.event.Event;

/**
 * Reports of one evidence group that fall in the same event classes: how many there are, and the
 * one that stands for them. An evidence group is what the store's evidence query collapses into one
 * item: the same day, source and target actor codes, CAMEO code and action country (coarser than an
 * {@link IncidentKey}, which also tells the countries and the sea area apart), and for a record of
 * a dataset of several files, its file ({@link #part}): an item then holds the records of one file,
 * so that its words can name it ({@code Evidence#reportsInWords}, audit3 G2). Keeping the reports
 * apart by class lets a window of any class be answered from the same state.
 *
 * @param classes the {@link EventClass} mask every report here has
 * @param best the representative: most articles, then the smallest native id (then dataset)
 * @param reports how many reports
 */
public record EvidenceReports(int classes, Event best, int reports) {
  /** Most articles first, then native id (in UTF-8 byte order, as the store sorts), dataset. */
  static final Comparator<Event> REPRESENTATIVE =
      Comparator.comparingInt(Event::articles)
          .reversed()
          .thenComparing(Event::nativeId, EvidenceReports::utf8Order)
          .thenComparing(Event::dataset, EvidenceReports::utf8Order);

  /** One report. */
  public static EvidenceReports of(Event e) {
    return new EvidenceReports(EventClass.of(e), e, 1);
  }

  /** These reports in {@code cls} alone (no class when they are not of it). */
  public EvidenceReports only(EventClass cls) {
    return new EvidenceReports(classes & cls.bit(), best, reports);
  }

  /** These reports with {@code other}'s, of the same group and classes. */
  public EvidenceReports plus(EvidenceReports other) {
    Event b = REPRESENTATIVE.compare(best, other.best) <= 0 ? best : other.best;
    return new EvidenceReports(classes | other.classes, b, reports + other.reports);
  }

  /** The group and classes, as one string: reports with equal keys are added up. */
  public String key() {
    return group(best) + '\u0002' + classes;
  }

  /** The evidence group of a report, as one string; null parts are marked apart from empty ones. */
  static String group(Event e) {
    StringBuilder b = new StringBuilder(48).append(e.eventDate());
    for (String part :
        new String[] {
          e.source().code(), e.target().code(), e.code().code(), e.action().country(), part(e)
        }) {
      b.append('\u0001');
      b.append(part == null ? "\u0000" : part);
    }
    return b.toString();
  }

  /** The name of {@link #partSql}'s column where the store's evidence queries read it. */
  public static final String PART = "ev_part";

  /**
   * What tells a record apart within an evidence group beyond its columns: the file of a dataset of
   * several files it comes from ({@link Dataset#fileOf}: "imb", "asam"), so that an item holds the
   * records of one file and its words can name it; null for every other record.
   */
  static String part(Event e) {
    return Dataset.of(e.dataset())
        .flatMap(d -> d.fileOf(e.nativeId()))
        .map(Dataset.File::id)
        .orElse(null);
  }

  /**
   * {@link #part} as a SQL expression (a VARCHAR) over the columns {@code dataset} and {@code
   * native_id} of an event row.
   */
  public static String partSql() {
    StringBuilder when = new StringBuilder();
    for (Dataset d : Dataset.values()) {
      for (Dataset.File f : d.files()) {
        when.append(" WHEN dataset = '").append(d.id().replace("'", "''"));
        when.append("' AND starts_with(native_id, '").append(f.id().replace("'", "''"));
        when.append(":') THEN '").append(f.id().replace("'", "''")).append("'");
      }
    }
    return when.isEmpty() ? "CAST(NULL AS VARCHAR)" : "(CASE" + when + " END)";
  }

  /** Compares strings by code point, which is the byte order of their UTF-8 forms. */
  static int utf8Order(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
