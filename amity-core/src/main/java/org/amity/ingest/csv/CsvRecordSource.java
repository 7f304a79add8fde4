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
  private final List<String> expectedHeader;
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
    super(path, displayName, dataset, formatName, filter, DEFAULT_MAX_LINE_BYTES, true);
    this.expectedHeader = List.copyOf(expectedHeader);
    this.parser = CsvFiles.parser(data());
    this.records = parser.iterator();
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
      columns = CsvFiles.checkHeader(displayName(), values, expectedHeader, formatName() + " file");
      sink.skip(line);
      return true;
    }
    if (values.size() == 1 && values.get(0).isEmpty()) {
      sink.skip(line);
      return true;
    }
    try {
      CsvFiles.checkShape(values, expectedHeader.size());
      sink.event(line, parse(new CsvRow(columns, values), line));
    } catch (RowException e) {
      sink.reject(line, e.reason());
    }
    return true;
  }
}
