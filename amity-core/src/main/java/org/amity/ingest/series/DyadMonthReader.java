package org.amity.ingest.series;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.amity.event.Country;
import org.amity.event.CountryTable;
import org.amity.ingest.InputFile;
import org.amity.ingest.LineLimit;
import org.amity.ingest.RecordSource;
import org.amity.ingest.RejectLog;
import org.amity.ingest.RowException;
import org.amity.ingest.csv.CsvFiles;
import org.amity.ingest.csv.CsvRow;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an ICEWS directed-dyad-month file ({@code
 * sourcecode,sourcename,targetcode,targetname,date,verbal,cooperation,count,eventcode}): event
 * counts per source country, target country, month (YYYYMM) and QuadClass, countries as Correlates
 * of War numbers. COW numbers become ISO3 codes through {@link CountryTable#findByCow}; China, Hong
 * Kong and Macao share 710, so they add up as CHN. {@code (verbal, cooperation)} is the QuadClass:
 * (1,1) verbal cooperation, (0,1) material cooperation, (1,0) verbal conflict, (0,0) material
 * conflict. {@code eventcode} (the COW number of the country where the events happened) is not
 * used.
 *
 * <p>The header is checked first, so any other series file fails at once with a clear message.
 * Rejected: wrong column count, unknown COW number, both sides the same country, a month that is
 * not YYYYMM, verbal or cooperation other than 0/1, a count that is not a whole number.
 */
public final class DyadMonthReader {
  public static final String FORMAT = "ICEWS_DYAD_MONTH";
  static final List<String> HEADER =
      List.of(
          "sourcecode",
          "sourcename",
          "targetcode",
          "targetname",
          "date",
          "verbal",
          "cooperation",
          "count",
          "eventcode");

  private final CountryTable countries;

  public DyadMonthReader(CountryTable countries) {
    this.countries = countries;
  }

  /** Reads and checks the whole file; throws when it is not a dyad-month file or unreadable. */
  public SeriesFile read(Path file, String displayName) throws IOException {
    DyadMonthCounts counts = new DyadMonthCounts();
    RejectLog rejects = new RejectLog(displayName);
    long lines = 0;
    long accepted = 0;
    try (InputFile in = InputFile.open(file);
        LineLimit limited = new LineLimit(in.data(), RecordSource.DEFAULT_MAX_LINE_BYTES, true);
        CSVParser parser = CsvFiles.parser(limited)) {
      Iterator<CSVRecord> records = parser.iterator();
      Map<String, Integer> columns = null;
      while (true) {
        long line = parser.getCurrentLineNumber() + 1;
        List<String> values = next(records, displayName, line);
        if (values == null) {
          break;
        }
        String tooLong = limited.dropped(line, Math.max(line, parser.getCurrentLineNumber()));
        if (tooLong != null && columns == null) {
          throw new IOException(displayName + ": the CSV header is unreadable: " + tooLong);
        }
        if (tooLong != null) {
          lines++;
          rejects.add(line, tooLong);
          continue;
        }
        if (columns == null) {
          columns =
              CsvFiles.checkHeader(
                  displayName,
                  values,
                  HEADER,
                  "an ICEWS directed-dyad-month file (the only series layout Amity reads)");
          continue;
        }
        if (values.size() == 1 && values.get(0).isEmpty()) {
          continue;
        }
        lines++;
        try {
          CsvFiles.checkShape(values, HEADER.size());
          add(counts, new CsvRow(columns, values));
          accepted++;
        } catch (RowException e) {
          rejects.add(line, e.reason());
        }
      }
      if (columns == null) {
        throw new IOException(displayName + ": the file is empty; expected a CSV header");
      }
      return new SeriesFile(
          displayName,
          file,
          FORMAT,
          in.sha256(),
          in.size(),
          lines,
          accepted,
          rejects,
          counts.points());
    }
  }

  private static List<String> next(Iterator<CSVRecord> records, String file, long line)
      throws IOException {
    try {
      return records.hasNext() ? records.next().toList() : null;
    } catch (UncheckedIOException e) {
      throw new IOException(
          file + ": unreadable CSV from line " + line + ": " + e.getCause().getMessage(),
          e.getCause());
    }
  }

  private void add(DyadMonthCounts counts, CsvRow row) throws RowException {
    String source = country(row, "sourcecode");
    String target = country(row, "targetcode");
    if (source.equals(target)) {
      throw new RowException("source and target are both " + source + ": not a dyad");
    }
    YearMonth month = month(row.required("date"));
    long verbal = flag(row, "verbal");
    long cooperation = flag(row, "cooperation");
    int quad = verbal == 1 ? (cooperation == 1 ? 1 : 3) : (cooperation == 1 ? 2 : 4);
    counts.add(source, target, month, quad, row.count("count"));
  }

  private String country(CsvRow row, String column) throws RowException {
    String v = row.required(column);
    try {
      return countries
          .findByCow(Integer.parseInt(v))
          .map(Country::iso3)
          .orElseThrow(() -> new RowException("unknown COW country code " + CsvRow.quote(v)));
    } catch (NumberFormatException e) {
      throw new RowException(column + " is not a COW country number: " + CsvRow.quote(v));
    }
  }

  private static long flag(CsvRow row, String column) throws RowException {
    long v = row.count(column);
    if (v > 1) {
      throw new RowException(column + " must be 0 or 1, got " + v);
    }
    return v;
  }

  static YearMonth month(String v) throws RowException {
    if (v.length() == 6 && v.chars().allMatch(Character::isDigit)) {
      try {
        return YearMonth.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4)));
      } catch (DateTimeException e) {
        // reported below
      }
    }
    throw new RowException("date is not a month written YYYYMM: " + CsvRow.quote(v));
  }
}
