package org.amity.ingest;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Optional;
import org.amity.event.Event;

/**
 * Parses export lines that come one at a time rather than in a file (a message queue's records):
 * each line's layout is recognised from the line itself ({@link #formatOf}), and the line then goes
 * through the same checks and row parsers as a line read from a file ({@link #parse(RowParser,
 * byte[], int, int, long, int)}, which {@link FileScan} uses for every line). Not thread-safe: one
 * per thread, like the row parsers it holds.
 */
public final class LineParser {
  private static final byte[] ICEWS_HEADER =
      (IcewsRowParser.HEADER_START + "\t").getBytes(StandardCharsets.US_ASCII);

  private final EnumMap<Format, RowParser> parsers = new EnumMap<>(Format.class);
  private final OfficeHolders officeHolders;

  /** A parser that reads ICEWS persons with the sectors the rows give them only. */
  public LineParser() {
    this(null);
  }

  /**
   * A parser whose ICEWS lines give named persons the state role they held that day from {@code
   * officeHolders} (null: none), as a file read with the same list ({@link Format#newParser}).
   */
  public LineParser(OfficeHolders officeHolders) {
    this.officeHolders = officeHolders;
  }

  /**
   * The layout of one line on its own: ICEWS for its header line or 20 tab-separated columns, GDELT
   * 2.0 for 61, GDELT 1.0 for 57 or 58 (the column counts of {@link Format#ofColumns}, which {@link
   * FormatDetector} goes by too); empty for any other count.
   */
  public static Optional<Format> formatOf(byte[] b, int from, int to) {
    if (isIcewsHeader(b, from, to)) {
      return Optional.of(Format.ICEWS);
    }
    return Format.ofColumns(columns(b, from, to));
  }

  /**
   * Parses {@code b[from, to)}, one line without its line break, in the layout it has.
   *
   * @param number the line's number where it came from, passed to the row parser
   * @return the event, or null for a header line (skipped, as in a file)
   * @throws RowException with the reason, as a file's reject would give it
   */
  public Event parse(byte[] b, int from, int to, long number) throws RowException {
    checkLength(b, from, to, number, Format.MAX_LINE_BYTES);
    if (isIcewsHeader(b, from, to)) {
      return null;
    }
    Format format =
        formatOf(b, from, to)
            .orElseThrow(
                () ->
                    new RowException(
                        "not a GDELT or ICEWS line: "
                            + columns(b, from, to)
                            + " tab-separated columns (GDELT 1.0 has 57 or 58, GDELT 2.0 61,"
                            + " ICEWS 20)"));
    RowParser parser = parsers.computeIfAbsent(format, f -> f.newParser(officeHolders));
    return parse(parser, b, from, to, number, format.maxLineBytes());
  }

  /**
   * One line through {@code parser} with the checks every line gets: an empty line and a line over
   * {@code maxLine} bytes are rejected, and a parser's unexpected failure becomes the line's reject
   * instead of ending the read.
   *
   * @return the event, or null for a header line
   * @throws RowException with the reason the line is rejected
   */
  static Event parse(RowParser parser, byte[] b, int from, int to, long number, int maxLine)
      throws RowException {
    checkLength(b, from, to, number, maxLine);
    try {
      return parser.parse(b, from, to, number);
    } catch (RuntimeException ex) {
      throw new RowException("unreadable line: " + ex);
    }
  }

  private static void checkLength(byte[] b, int from, int to, long number, int maxLine)
      throws RowException {
    if (to == from || (to == from + 1 && b[from] == '\r')) {
      throw new RowException("empty line");
    }
    if (to - from > maxLine) {
      throw new RowException(LineLimit.reason(number, to - from, maxLine));
    }
  }

  private static int columns(byte[] b, int from, int to) {
    int columns = 1;
    for (int i = from; i < to; i++) {
      if (b[i] == '\t') {
        columns++;
      }
    }
    return columns;
  }

  private static boolean isIcewsHeader(byte[] b, int from, int to) {
    if (to - from < ICEWS_HEADER.length) {
      return false;
    }
    for (int i = 0; i < ICEWS_HEADER.length; i++) {
      if (b[from + i] != ICEWS_HEADER[i]) {
        return false;
      }
    }
    return true;
  }
}
