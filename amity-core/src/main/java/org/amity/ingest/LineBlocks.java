package org.amity.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a byte stream into blocks of whole lines that several threads can parse at once. Each block
 * knows the number of its first line, so that every line keeps its place in the file. Memory stays
 * constant: at most one block per worker plus the carry-over of one partial line.
 *
 * <p>Lines end at '\n'; a trailing '\r' is the parser's business. A last line without a newline is
 * still a line; an empty file has no lines.
 */
public final class LineBlocks {
  /** Target size of one block. */
  static final int BLOCK_BYTES = 1 << 20;

  private final InputStream in;
  private byte[] carry = new byte[0];
  private int carryLength;
  private long nextLine = 1;
  private boolean eof;

  public LineBlocks(InputStream in) {
    this.in = in;
  }

  /** A run of whole lines: {@code data[0, length)} holds {@code lines} lines. */
  public record Block(byte[] data, int length, long firstLine, int lines) {}

  /**
   * Returns the next block, or null at the end of the stream. Thread-safe; blocks come out in file
   * order.
   */
  public synchronized Block next() throws IOException {
    if (eof && carryLength == 0) {
      return null;
    }
    byte[] buf = new byte[Math.max(BLOCK_BYTES, carryLength * 2)];
    System.arraycopy(carry, 0, buf, 0, carryLength);
    int filled = carryLength;
    carryLength = 0;
    int lastNewline = -1;
    while (true) {
      while (filled < buf.length && !eof) {
        int n = in.read(buf, filled, buf.length - filled);
        if (n < 0) {
          eof = true;
        } else {
          filled += n;
        }
      }
      lastNewline = lastIndexOf(buf, filled, (byte) '\n');
      if (lastNewline >= 0 || eof) {
        break;
      }
      buf = Arrays.copyOf(buf, buf.length * 2); // one line longer than a block: grow
    }
    int end = eof && lastNewline < filled - 1 ? filled : lastNewline + 1;
    int rest = filled - end;
    if (rest > 0) {
      if (carry.length < rest) {
        carry = new byte[Math.max(rest, 1 << 12)];
      }
      System.arraycopy(buf, end, carry, 0, rest);
      carryLength = rest;
    }
    if (end == 0) {
      return null;
    }
    int lines = ByteScan.count(buf, 0, end, (byte) '\n');
    if (buf[end - 1] != '\n') {
      lines++; // the last line of the file has no newline
    }
    Block b = new Block(buf, end, nextLine, lines);
    nextLine += lines;
    return b;
  }

  /** Total lines handed out so far. */
  public synchronized long linesSoFar() {
    return nextLine - 1;
  }

  private static int lastIndexOf(byte[] b, int length, byte value) {
    for (int i = length - 1; i >= 0; i--) {
      if (b[i] == value) {
        return i;
      }
    }
    return -1;
  }
}
