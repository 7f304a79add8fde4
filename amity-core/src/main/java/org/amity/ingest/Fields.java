package org.amity.ingest;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The tab-separated fields of one line, read straight from the bytes. One instance per thread,
 * reused line after line. Fields are trimmed of spaces (GDELT 1.0 files of 2013 put a space before
 * every Actor2Code).
 */
final class Fields {
  private final int[] start;
  private final int[] end;
  private byte[] buf;
  private int count;
  private boolean ascii;

  Fields(int maxFields) {
    start = new int[maxFields + 1];
    end = new int[maxFields + 1];
  }

  /**
   * Splits {@code b[from, to)} on tabs. Returns the number of fields, or {@code maxFields + 1} when
   * there are more than the maximum (the line is then rejected for its column count anyway).
   */
  int split(byte[] b, int from, int to) throws RowException {
    if (to > from && b[to - 1] == '\r') {
      to--;
    }
    this.ascii = ByteScan.isAscii(b, from, to);
    if (!ascii) {
      int bad = Utf8.firstInvalid(b, from, to);
      if (bad >= 0) {
        throw new RowException("invalid UTF-8 at byte " + (bad - from + 1));
      }
    }
    this.buf = b;
    int n = 0;
    int s = from;
    while (true) {
      int tab = ByteScan.indexOf(b, s, to, (byte) '\t');
      if (tab == to) {
        break;
      }
      if (n == start.length - 1) {
        count = start.length;
        return count;
      }
      set(n++, s, tab);
      s = tab + 1;
    }
    set(n++, s, to);
    count = n;
    return n;
  }

  private void set(int i, int s, int e) {
    byte[] b = buf;
    while (s < e && b[s] == ' ') {
      s++;
    }
    while (e > s && b[e - 1] == ' ') {
      e--;
    }
    start[i] = s;
    end[i] = e;
  }

  int count() {
    return count;
  }

  byte[] bytes() {
    return buf;
  }

  int start(int i) {
    return start[i];
  }

  int end(int i) {
    return end[i];
  }

  boolean isEmpty(int i) {
    return start[i] == end[i];
  }

  /** True when the field is empty or the literal {@code NA} (ICEWS's missing value). */
  boolean isMissing(int i) {
    int len = end[i] - start[i];
    return len == 0 || (len == 2 && buf[start[i]] == 'N' && buf[start[i] + 1] == 'A');
  }

  /** The field as a string, null if empty. */
  String string(int i) {
    int len = end[i] - start[i];
    if (len == 0) {
      return null;
    }
    return new String(
        buf, start[i], len, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
  }

  /** Longest value {@link #coded} keeps in its cache. */
  private static final int CODED_MAX = 48;

  /** Slots of the {@link #coded} cache (a power of two). */
  private static final int CODED_SLOTS = 4096;

  private final String[] codedCache = new String[CODED_SLOTS];

  /**
   * The field as a string, null if empty, like {@link #string}, for values that repeat from line to
   * line (actor codes and names, country codes, place names): a short ASCII value equal to one seen
   * recently is given as the same {@code String} again, from a small cache, instead of a new copy.
   */
  String coded(int i) {
    int s = start[i];
    int len = end[i] - s;
    if (len == 0) {
      return null;
    }
    if (!ascii || len > CODED_MAX) {
      return string(i);
    }
    byte[] b = buf;
    int h = 0;
    for (int k = s; k < s + len; k++) {
      h = 31 * h + b[k];
    }
    int slot = (h ^ (h >>> 12)) & (CODED_SLOTS - 1);
    String cached = codedCache[slot];
    if (cached != null && cached.length() == len) {
      int k = 0;
      while (k < len && cached.charAt(k) == b[s + k]) {
        k++;
      }
      if (k == len) {
        return cached;
      }
    }
    String fresh = new String(b, s, len, StandardCharsets.ISO_8859_1);
    codedCache[slot] = fresh;
    return fresh;
  }

  /** The field as a string, null if empty or {@code NA}. */
  String stringOrNull(int i) {
    return isMissing(i) ? null : string(i);
  }

  boolean equalsAscii(int i, String s) {
    int len = end[i] - start[i];
    if (len != s.length()) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (buf[start[i] + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  long longValue(int i, String name) throws RowException {
    int s = start[i];
    int e = end[i];
    if (s == e) {
      throw new RowException(name + " is empty");
    }
    boolean negative = buf[s] == '-';
    if (negative || buf[s] == '+') {
      s++;
    }
    if (s == e || e - s > 18) {
      throw new RowException(name + " is not an integer: " + quote(i));
    }
    long v = 0;
    for (int k = s; k < e; k++) {
      int d = buf[k] - '0';
      if (d < 0 || d > 9) {
        throw new RowException(name + " is not an integer: " + quote(i));
      }
      v = v * 10 + d;
    }
    return negative ? -v : v;
  }

  int intValue(int i, String name) throws RowException {
    long v = longValue(i, name);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new RowException(name + " is out of range: " + quote(i));
    }
    return (int) v;
  }

  /** Parses a decimal number; empty gives NaN when {@code optional}, else a rejection. */
  double doubleValue(int i, String name, boolean optional) throws RowException {
    int s = start[i];
    int e = end[i];
    if (s == e) {
      if (optional) {
        return Double.NaN;
      }
      throw new RowException(name + " is empty");
    }
    double v = Decimals.parse(buf, s, e);
    if (Double.isNaN(v)) {
      throw new RowException(name + " is not a number: " + quote(i));
    }
    return v;
  }

  /** A date written yyyyMMdd (GDELT) or yyyy-MM-dd (ICEWS). */
  LocalDate date(int i, String name) throws RowException {
    int s = start[i];
    int len = end[i] - s;
    try {
      if (len == 8 && allDigits(s, 8)) {
        return LocalDate.of(digits(s, 4), digits(s + 4, 2), digits(s + 6, 2));
      }
      if (len == 10
          && buf[s + 4] == '-'
          && buf[s + 7] == '-'
          && allDigits(s, 4)
          && allDigits(s + 5, 2)
          && allDigits(s + 8, 2)) {
        return LocalDate.of(digits(s, 4), digits(s + 5, 2), digits(s + 8, 2));
      }
    } catch (DateTimeException e) {
      throw new RowException(name + " is not a valid date: " + quote(i));
    }
    throw new RowException(name + " is not a date: " + quote(i));
  }

  /** A timestamp written yyyyMMddHHmmss (GDELT 2.0) or a date yyyyMMdd (GDELT 1.0). */
  LocalDateTime dateTime(int i, String name) throws RowException {
    int s = start[i];
    int len = end[i] - s;
    if (len == 14 && allDigits(s, 14)) {
      try {
        return LocalDateTime.of(
            digits(s, 4),
            digits(s + 4, 2),
            digits(s + 6, 2),
            digits(s + 8, 2),
            digits(s + 10, 2),
            digits(s + 12, 2));
      } catch (DateTimeException e) {
        throw new RowException(name + " is not a valid timestamp: " + quote(i));
      }
    }
    return date(i, name).atStartOfDay();
  }

  private boolean allDigits(int s, int n) {
    for (int k = s; k < s + n; k++) {
      if (buf[k] < '0' || buf[k] > '9') {
        return false;
      }
    }
    return true;
  }

  private int digits(int s, int n) {
    int v = 0;
    for (int k = s; k < s + n; k++) {
      v = v * 10 + (buf[k] - '0');
    }
    return v;
  }

  /** The field for a reject reason: quoted and cut to 40 characters. */
  String quote(int i) {
    String s = string(i);
    if (s == null) {
      return "\"\"";
    }
    return "\"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
  }
}
