package org.amity.simulate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes one news report of an incident as a GDELT 2.0 event export row: 61 tab-separated columns
 * in GDELT's order, numbers and dates formatted as GDELT formats them.
 */
final class ExportRowWriter {
  static final int COLUMNS = 61;
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final MathContext TONE_DIGITS = new MathContext(15);

  /**
   * One row.
   *
   * @param id GLOBALEVENTID
   * @param incident what is reported
   * @param added DATEADDED
   * @param mentions NumMentions
   * @param sources NumSources
   * @param articles NumArticles
   * @param tone AvgTone
   * @param root IsRootEvent
   * @param url SOURCEURL
   */
  record Report(
      long id,
      Incident incident,
      LocalDateTime added,
      int mentions,
      int sources,
      int articles,
      double tone,
      boolean root,
      String url) {}

  private ExportRowWriter() {}

  static String row(Report r) {
    Incident in = r.incident();
    LocalDate d = in.eventDate();
    StringBuilder b = new StringBuilder(600);
    b.append(r.id()).append('\t');
    b.append(d.format(DAY)).append('\t');
    b.append(d.getYear())
        .append(String.format(Locale.ROOT, "%02d", d.getMonthValue()))
        .append('\t');
    b.append(d.getYear()).append('\t');
    b.append(fractionDate(d)).append('\t');
    actor(b, in.source());
    actor(b, in.target());
    b.append(r.root() ? '1' : '0').append('\t');
    String code = in.code().code().code();
    b.append(code).append('\t');
    b.append(in.code().code().base()).append('\t');
    b.append(in.code().code().root()).append('\t');
    b.append(in.code().quadClass().number()).append('\t');
    b.append(in.code().goldstein()).append('\t');
    b.append(r.mentions()).append('\t');
    b.append(r.sources()).append('\t');
    b.append(r.articles()).append('\t');
    b.append(tone(r.tone())).append('\t');
    geo(b, in.source().isEmpty() ? null : in.place());
    geo(b, in.target().isEmpty() ? null : in.place());
    geo(b, in.place());
    b.append(r.added().format(ADDED)).append('\t');
    b.append(r.url());
    return b.toString();
  }

  /** GDELT's FractionDate: the year plus (30 days per month + day) / 365, four decimals. */
  static String fractionDate(LocalDate d) {
    int n = (d.getMonthValue() - 1) * 30 + d.getDayOfMonth();
    long frac = Math.round(n * 10_000.0 / 365);
    return d.getYear() + "." + String.format(Locale.ROOT, "%04d", frac);
  }

  /** AvgTone with up to 15 significant digits and no exponent, as GDELT prints it. */
  static String tone(double tone) {
    if (tone == 0) {
      return "0";
    }
    return new BigDecimal(tone).round(TONE_DIGITS).stripTrailingZeros().toPlainString();
  }

  private static void actor(StringBuilder b, SimActor a) {
    // Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code,
    // Type1Code, Type2Code, Type3Code
    b.append(a.code()).append('\t').append(a.name()).append('\t').append(a.country()).append('\t');
    b.append(a.knownGroup()).append("\t\t\t\t");
    b.append(a.role()).append("\t\t\t");
  }

  private static void geo(StringBuilder b, Place p) {
    // Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID
    if (p == null) {
      b.append("0\t\t\t\t\t\t\t\t");
      return;
    }
    b.append(p.geoType()).append('\t').append(p.fullName()).append('\t').append(p.fips());
    b.append('\t').append(p.adm1()).append('\t').append(p.adm2()).append('\t');
    b.append(p.latitude()).append('\t').append(p.longitude()).append('\t');
    b.append(p.featureId()).append('\t');
  }
}
