package org.amity.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Parses decimal numbers from ASCII bytes. Numbers with at most 15 significant digits and a short
 * fraction (all of GDELT's and ICEWS's) take an exact fast path: the digits as a long divided by a
 * power of ten, which is correctly rounded because both fit a double exactly. Anything else goes to
 * {@link Double#parseDouble}.
 */
final class Decimals {
  private static final double[] POWERS = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < POWERS.length; i++) {
      POWERS[i] = p;
      p *= 10;
    }
  }

  private Decimals() {}

  /** Returns the value, or NaN when the bytes are not a finite decimal number. */
  static double parse(byte[] b, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (b[i] == '-' || b[i] == '+')) {
      negative = b[i] == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int fraction = 0;
    boolean seenDot = false;
    boolean any = false;
    for (; i < to; i++) {
      byte c = b[i];
      if (c >= '0' && c <= '9') {
        any = true;
        if (mantissa == 0 && c == '0') {
          if (seenDot) {
            fraction++;
          }
          continue;
        }
        if (digits >= 15) {
          return slow(b, from, to);
        }
        mantissa = mantissa * 10 + (c - '0');
        digits++;
        if (seenDot) {
          fraction++;
        }
      } else if (c == '.' && !seenDot) {
        seenDot = true;
      } else {
        return slow(b, from, to);
      }
    }
    if (!any) {
      return Double.NaN;
    }
    if (fraction >= POWERS.length) {
      return slow(b, from, to);
    }
    double v = mantissa / POWERS[fraction];
    return negative ? -v : v;
  }

  private static double slow(byte[] b, int from, int to) {
    String s = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
      if (!ok) {
        return Double.NaN; // rejects "NaN", "Infinity", hex floats and trailing letters like "1d"
      }
    }
    try {
      double v = Double.parseDouble(s);
      return Double.isFinite(v) ? v : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
