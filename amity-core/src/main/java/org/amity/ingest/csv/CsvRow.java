package org.amity.ingest.csv;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.amity.ingest.RowException;

/**
 * One data record of a CSV file with a header, read by column name. Values are stripped of
 * surrounding white space; an empty value or the marker {@code NA} reads as missing.
 */
public final class CsvRow {
  private final Map<String, Integer> columns;
  private final List<String> values;

  public CsvRow(Map<String, Integer> columns, List<String> values) {
    this.columns = columns;
    this.values = values;
  }

  /** Every field of the record as read (not stripped), in the file's column order. */
  public List<String> values() {
    return java.util.Collections.unmodifiableList(values);
  }

  /** The value, or null when missing (empty or {@code NA}). */
  public String optional(String column) {
    Integer i = columns.get(column);
    if (i == null) {
      throw new IllegalArgumentException("no column " + column);
    }
    String v = i < values.size() ? values.get(i).strip() : "";
    return v.isEmpty() || v.equals("NA") ? null : v;
  }

  /** True when the file has this column. */
  public boolean has(String column) {
    return columns.containsKey(column);
  }

  /**
   * The value of the first of these columns that the file has (for layouts that name one thing
   * differently), or null when it has none of them or the value is missing.
   */
  public String firstOf(String... names) {
    for (String c : names) {
      if (columns.containsKey(c)) {
        return optional(c);
      }
    }
    return null;
  }

  /** The value; a reject when it is missing. */
  public String required(String column) throws RowException {
    String v = optional(column);
    if (v == null) {
      throw new RowException(column + " is missing");
    }
    return v;
  }

  /** An ISO date (2014-05-22). */
  public LocalDate date(String column) throws RowException {
    String v = required(column);
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new RowException(column + " is not a date (yyyy-mm-dd): " + quote(v));
    }
  }

  /** A decimal number within {@code [min, max]}. */
  public double decimal(String column, double min, double max) throws RowException {
    String v = required(column);
    double d;
    try {
      d = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new RowException(column + " is not a number: " + quote(v));
    }
    if (!(d >= min && d <= max)) {
      throw new RowException(column + " outside " + min + ".." + max + ": " + quote(v));
    }
    return d;
  }

  /** A whole number, at least zero. */
  public long count(String column) throws RowException {
    String v = required(column);
    try {
      long n = Long.parseLong(v);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new RowException(column + " is not a whole number >= 0: " + quote(v));
  }

  /** A value as it appears in a reject reason: quoted and cut to a readable length. */
  public static String quote(String v) {
    String one = v.replace('\n', ' ').replace('\r', ' ');
    return "'" + (one.length() > 60 ? one.substring(0, 57) + "..." : one) + "'";
  }
}
