package org.amity.ingest.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.amity.event.Event;
import org.amity.ingest.RecordSource;
import org.amity.ingest.RowException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Base for event inputs that are CSV files with a header line (RFC 4180 quoting, fields that span
 * lines, an optional UTF-8 byte-order mark). The header must be the one the subclass expects, so a
 * file of another kind fails at once with a clear message instead of giving thousands of rejects.
 *
 * <p>Each data record gives one event or one reject, reported at the line where the record starts;
 * blank lines are skipped like the header. A record with fewer fields than the header, or with
 * non-empty fields beyond it, is rejected; so is one with bytes that are not UTF-8. Broken quoting
 * (an unterminated quoted field) leaves the rest of the file unreadable: the file fails and nothing
 * of it is stored.
 */
public abstract class CsvRecordSource extends RecordSource {
  /** Checks a file's header and gives the position of each column by name. */
  @FunctionalInterface
  public interface HeaderRule {
    /**
     * @throws IOException with a message for the user when the header is not one this reader takes
     */
    Map<String, Integer> columns(String file, List<String> header) throws IOException;
  }

  private final HeaderRule headerRule;
  private int headerSize;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private Map<String, Integer> columns;

  /**
   * @param expectedHeader the header's column names in order (trailing empty names ignored)
   */
  protected CsvRecordSource(
      Path path,
      String displayName,
      String dataset,
      String formatName,
      Predicate<Event> filter,
      List<String> expectedHeader)
      throws IOException {
    this(
        path,
        displayName,
        dataset,
        formatName,
        filter,
        CsvFiles.RFC4180,
        exactly(List.copyOf(expectedHeader), formatName + " file"));
  }

  /**
   * A reader whose header is checked by a rule of its own (columns found by name, in any order) and
   * whose records are cut by {@code format} (CSV, or tab-separated without quoting).
   */
  protected CsvRecordSource(
      Path path,
      String displayName,
      String dataset,
      String formatName,
      Predicate<Event> filter,
      CSVFormat format,
      HeaderRule headerRule)
      throws IOException {
    super(
        path,
        displayName,
        dataset,
        formatName,
        filter,
        DEFAULT_MAX_LINE_BYTES,
        format.getQuoteCharacter() != null);
    this.headerRule = headerRule;
    this.parser = CsvFiles.parser(data(), format);
    this.records = parser.iterator();
  }

  /** The rule that takes only this exact header (trailing empty names ignored). */
  public static HeaderRule exactly(List<String> expected, String kind) {
    return (file, header) -> CsvFiles.checkHeader(file, header, expected, kind);
  }

  /**
   * The rule that takes any header holding the {@code required} columns, in any order and any case;
   * other columns are allowed. Column names are looked up in lower case.
   *
   * @param kind what the file should be, for the message ("an ACLED export")
   */
  public static HeaderRule byName(List<String> required, String kind) {
    return (file, header) -> {
      Map<String, Integer> columns = new java.util.HashMap<>();
      List<String> names = CsvFiles.trimTrailingEmpty(header);
      for (int i = 0; i < names.size(); i++) {
        columns.putIfAbsent(names.get(i).toLowerCase(java.util.Locale.ROOT), i);
      }
      List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
      if (!missing.isEmpty()) {
        throw new IOException(
            file
                + ": not "
                + kind
                + ": the header lacks "
                + String.join(", ", missing)
                + " (found "
                + CsvRow.quote(String.join(",", names))
                + ")");
      }
      return columns;
    };
  }

  /**
   * True for a record that carries no event by design, skipped like the header: by default none.
   * (UCDP's HDX copies have a second header line of HXL hashtags.)
   */
  protected boolean isHeaderLike(List<String> values) {
    return false;
  }

  /** Turns one data record into an event; throws a {@link RowException} to reject it. */
  protected abstract Event parse(CsvRow row, long line) throws RowException;

  @Override
  protected final boolean readRecord(Sink sink) throws IOException {
    long line = parser.getCurrentLineNumber() + 1;
    CSVRecord record;
    try {
      if (!records.hasNext()) {
        if (columns == null) {
          throw new IOException(displayName() + ": the file is empty; expected a CSV header");
        }
        return false;
      }
      record = records.next();
    } catch (UncheckedIOException e) {
      throw new IOException(
          displayName() + ": unreadable CSV from line " + line + ": " + e.getCause().getMessage(),
          e.getCause());
    }
    List<String> values = record.toList();
    String tooLong = droppedLine(line, Math.max(line, parser.getCurrentLineNumber()));
    if (tooLong != null) {
      if (columns == null) {
        throw new IOException(displayName() + ": the CSV header is unreadable: " + tooLong);
      }
      sink.reject(line, tooLong);
      return true;
    }
    if (columns == null) {
      columns = headerRule.columns(displayName(), values);
      headerSize = CsvFiles.trimTrailingEmpty(values).size();
      sink.skip(line);
      return true;
    }
    if ((values.size() == 1 && values.get(0).isEmpty()) || isHeaderLike(values)) {
      sink.skip(line);
      return true;
    }
    try {
      CsvFiles.checkShape(values, headerSize);
      sink.event(line, parse(new CsvRow(columns, values), line));
    } catch (RowException e) {
      sink.reject(line, e.reason());
    } catch (RuntimeException e) {
      // a reader's own mistake on odd content: this record is lost, not the whole file
      sink.reject(line, "unreadable record: " + e);
    }
    return true;
  }
}
