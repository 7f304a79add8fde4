package org.amity.ingest.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.amity.ingest.InputFile;
import org.amity.ingest.LineLimit;
import org.amity.ingest.RecordSource;
import org.amity.ingest.RowException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Opening CSV inputs the same way everywhere: decoding, byte-order mark, header checks. */
public final class CsvFiles {
  /** Stands in for bytes that are not UTF-8, so that the record can be rejected. */
  static final char REPLACEMENT = '\uFFFD';

  /** Comma-separated with RFC 4180 quoting. */
  public static final CSVFormat RFC4180 = CSVFormat.RFC4180.builder().get();

  /** Tab-separated without any quoting: a quote is a character like any other. */
  public static final CSVFormat TABS =
      CSVFormat.TDF
          .builder()
          .setQuote(null)
          .setEscape(null)
          .setIgnoreSurroundingSpaces(false)
          .get();

  private CsvFiles() {}

  /** A parser over UTF-8 content; a leading byte-order mark is dropped. */
  public static CSVParser parser(InputStream data) throws IOException {
    return parser(data, RFC4180);
  }

  /** A parser over UTF-8 content cut by {@code format}; a leading byte-order mark is dropped. */
  public static CSVParser parser(InputStream data, CSVFormat format) throws IOException {
    Reader r =
        new BufferedReader(
            new InputStreamReader(
                data,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)),
            1 << 16);
    r.mark(1);
    if (r.read() != '\uFEFF') {
      r.reset();
    }
    return CSVParser.parse(r, format);
  }

  /**
   * The header (first record) of a CSV file, plain or compressed, without reading the rest: for
   * telling layouts apart before choosing a reader.
   */
  public static List<String> header(Path file) throws IOException {
    return header(file, RFC4180);
  }

  /** The header of a file cut by {@code format}. */
  public static List<String> header(Path file, CSVFormat format) throws IOException {
    try (InputFile in = InputFile.open(file);
        LineLimit limited =
            new LineLimit(
                in.data(),
                RecordSource.DEFAULT_MAX_LINE_BYTES,
                format.getQuoteCharacter() != null);
        CSVParser p = parser(limited, format)) {
      Iterator<CSVRecord> it = p.iterator();
      if (!it.hasNext()) {
        throw new IOException(file + ": the file is empty; expected a CSV header");
      }
      return trimTrailingEmpty(it.next().toList());
    } catch (UncheckedIOException e) {
      throw new IOException(file + ": unreadable CSV header: " + e.getCause().getMessage(), e);
    }
  }

  /**
   * Column positions by name, after checking the header is the expected one.
   *
   * @param kind what the file should be, for the message ("a decoded ICEWS daily file")
   */
  public static Map<String, Integer> checkHeader(
      String file, List<String> header, List<String> expected, String kind) throws IOException {
    List<String> found = trimTrailingEmpty(header);
    if (!found.equals(expected)) {
      throw new IOException(
          file
              + ": not "
              + kind
              + ": expected the header "
              + String.join(",", expected)
              + "; found "
              + String.join(",", found));
    }
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < found.size(); i++) {
      columns.put(found.get(i), i);
    }
    return columns;
  }

  /** Reads the header of a file and checks it, before a reader is chosen or opened. */
  public static void requireHeader(
      Path file, String displayName, List<String> expected, String kind) throws IOException {
    checkHeader(displayName, header(file), expected, kind);
  }

  /** Rejects a record with missing fields, extra non-empty fields or bytes that were not UTF-8. */
  public static void checkShape(List<String> values, int columns) throws RowException {
    if (values.size() < columns) {
      throw new RowException("expected " + columns + " columns, found " + values.size());
    }
    for (int i = columns; i < values.size(); i++) {
      if (!values.get(i).isBlank()) {
        throw new RowException("expected " + columns + " columns, found " + values.size());
      }
    }
    for (String v : values) {
      if (v.indexOf(REPLACEMENT) >= 0) {
        throw new RowException("invalid UTF-8");
      }
    }
  }

  public static List<String> trimTrailingEmpty(List<String> header) {
    int n = header.size();
    while (n > 0 && header.get(n - 1).isBlank()) {
      n--;
    }
    return List.copyOf(header.subList(0, n)).stream().map(String::strip).toList();
  }
}
