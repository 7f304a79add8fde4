package org.amity.ingest.acled;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.amity.ingest.RowException;
import org.amity.ingest.csv.CsvRow;

/**
 * ACLED's event dates as its exports have written them: "06 November 2020" (2019-2020 exports),
 * "01-January-2015" (ACLED-Asia 2015) and "2020-11-06" (today's exports).
 */
final class AcledDates {
  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          pattern("d MMMM uuuu"),
          pattern("d-MMMM-uuuu"),
          pattern("d-MMM-uuuu"),
          pattern("d MMM uuuu"));

  private AcledDates() {}

  static LocalDate parse(String v) throws RowException {
    for (DateTimeFormatter f : FORMATS) {
      try {
        return LocalDate.parse(v, f);
      } catch (DateTimeParseException e) {
        // try the next layout
      }
    }
    throw new RowException(
        "event_date is not a date ACLED writes (06 November 2020, 01-January-2015, 2020-11-06): "
            + CsvRow.quote(v));
  }

  private static DateTimeFormatter pattern(String p) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(p)
        .toFormatter(Locale.ENGLISH);
  }
}
