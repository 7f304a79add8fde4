package org.amity.ingest.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One piece of damage done to a seed file: which kind, on which line, where in it, with which byte.
 * Applied to the file's lines (without their line breaks).
 *
 * @param kind what is done (see {@link #apply})
 * @param line which line, as a fraction of the file
 * @param at where in the line, as a fraction of its length
 * @param value a byte to use
 */
record Mutation(int kind, double line, double at, byte value) {
  static final int KINDS = 12;

  /** A line longer than every reader's limit (1 MiB). */
  static final int HUGE = (1 << 20) + 4096;

  /** A field large but under the limit. */
  static final int LARGE = 100_000;

  static Arbitrary<List<Mutation>> lists() {
    Arbitrary<Mutation> one =
        Combinators.combine(
                Arbitraries.integers().between(0, KINDS - 1),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.bytes())
            .as(Mutation::new);
    return one.list().ofMinSize(0).ofMaxSize(4);
  }

  /** The lines after this damage (a new list; the seed is left alone). */
  List<byte[]> apply(List<byte[]> lines, byte delimiter) {
    List<byte[]> out = new ArrayList<>(lines);
    if (out.isEmpty()) {
      return out;
    }
    int i = Math.min(out.size() - 1, (int) (line * out.size()));
    byte[] l = out.get(i);
    int pos = Math.min(l.length, (int) (at * l.length));
    switch (kind) {
      case 0 -> out.set(i, Arrays.copyOf(l, pos)); // cut the line short
      case 1 -> out.set(i, swapColumns(l, delimiter));
      case 2 -> out.set(i, insert(l, pos, randomBytes()));
      case 3 -> out.set(i, insert(l, pos, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}));
      case 4 -> out.set(i, insert(l, pos, filled(HUGE)));
      case 5 -> out.set(i, insert(l, pos, filled(LARGE)));
      case 6 -> out.remove(i);
      case 7 -> out.add(i, l); // a repeated line: a duplicate, or a second event
      case 8 -> out.set(i, insert(l, pos, new byte[] {'"'}));
      case 9 -> { // two lines joined
        if (i + 1 < out.size()) {
          out.set(i, concat(l, out.remove(i + 1)));
        }
      }
      case 10 -> { // a line broken in two
        out.set(i, Arrays.copyOf(l, pos));
        out.add(i + 1, Arrays.copyOfRange(l, pos, l.length));
      }
      default -> out.set(i, insert(l, pos, new byte[] {delimiter})); // one column more
    }
    return out;
  }

  private byte[] randomBytes() {
    byte[] b = new byte[3 + (value & 0x0f)];
    for (int k = 0; k < b.length; k++) {
      b[k] = (byte) (value * 31 + k * 17);
    }
    return b;
  }

  private static byte[] filled(int n) {
    byte[] b = new byte[n];
    Arrays.fill(b, (byte) 'x');
    return b;
  }

  private static byte[] swapColumns(byte[] l, byte delimiter) {
    List<byte[]> cols = new ArrayList<>();
    int start = 0;
    for (int k = 0; k <= l.length; k++) {
      if (k == l.length || l[k] == delimiter) {
        cols.add(Arrays.copyOfRange(l, start, k));
        start = k + 1;
      }
    }
    if (cols.size() < 3) {
      return l;
    }
    byte[] first = cols.get(1);
    cols.set(1, cols.get(2));
    cols.set(2, first);
    ByteArrayOutputStream b = new ByteArrayOutputStream(l.length);
    for (int k = 0; k < cols.size(); k++) {
      if (k > 0) {
        b.write(delimiter);
      }
      b.writeBytes(cols.get(k));
    }
    return b.toByteArray();
  }

  private static byte[] insert(byte[] l, int pos, byte[] what) {
    byte[] b = new byte[l.length + what.length];
    System.arraycopy(l, 0, b, 0, pos);
    System.arraycopy(what, 0, b, pos, what.length);
    System.arraycopy(l, pos, b, pos + what.length, l.length - pos);
    return b;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
