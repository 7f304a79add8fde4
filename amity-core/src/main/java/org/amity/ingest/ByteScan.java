package org.amity.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Searches byte arrays eight bytes at a time (SWAR: a byte equal to the target becomes a zero byte,
 * and zero bytes are found with the carry trick), for the ingest hot path: finding tabs and
 * newlines and telling ASCII lines from others.
 */
final class ByteScan {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  private ByteScan() {}

  /** The first index in {@code [from, to)} holding {@code value}, or {@code to} if none. */
  static int indexOf(byte[] b, int from, int to, byte value) {
    long pattern = ONES * (value & 0xff);
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long x = (long) LONGS.get(b, i) ^ pattern;
      long found = (x - ONES) & ~x & HIGHS;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == value) {
        return i;
      }
    }
    return to;
  }

  /** How many bytes in {@code [from, to)} hold {@code value}. */
  static int count(byte[] b, int from, int to, byte value) {
    long pattern = ONES * (value & 0xff);
    int n = 0;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long x = (long) LONGS.get(b, i) ^ pattern;
      // exact per-byte zero test (the carry trick alone can flag a byte after a real match)
      long zeros = ~(((x & ~HIGHS) + ~HIGHS) | x | ~HIGHS);
      n += Long.bitCount(zeros);
    }
    for (; i < to; i++) {
      if (b[i] == value) {
        n++;
      }
    }
    return n;
  }

  /** True when no byte in the range has its high bit set. */
  static boolean isAscii(byte[] b, int from, int to) {
    int i = from;
    long acc = 0;
    for (; i + 8 <= to; i += 8) {
      acc |= (long) LONGS.get(b, i);
    }
    if ((acc & HIGHS) != 0) {
      return false;
    }
    for (; i < to; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }
}
