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
 *
 * <p>A line longer than the limit is never held whole: once more than the limit has been read
 * without a line end, the rest of the line is read past in small pieces and the line comes out as a
 * block of its own that holds no data and says how long the line was ({@link Block#overlong}). A
 * line over the limit that happens to fit in a block (up to twice the limit) comes out as usual,
 * for the worker to reject by its length.
 */
public final class LineBlocks {
  /** Target size of one block. */
  static final int BLOCK_BYTES = 1 << 20;

  private final InputStream in;
  private final int maxLineBytes;
  private byte[] carry = new byte[0];
  private int carryLength;
  private long nextLine = 1;
  private boolean eof;

  /** Lines of any length (the caller bounds memory another way). */
  public LineBlocks(InputStream in) {
    this(in, Integer.MAX_VALUE - 16);
  }

  /**
   * @param maxLineBytes lines longer than this (without the newline) are read past, not held
   */
  public LineBlocks(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * A run of whole lines: {@code data[0, length)} holds {@code lines} lines. When {@code overlong}
   * is above zero the block stands for one line of that many bytes or more that was read past: then
   * {@code length} is 0 and {@code lines} 1.
   */
  public record Block(byte[] data, int length, long firstLine, int lines, long overlong) {
    public Block(byte[] data, int length, long firstLine, int lines) {
      this(data, length, firstLine, lines, 0);
    }
  }

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
      if (filled > maxLineBytes) {
        return readPastLongLine(filled); // buf holds the start of one line over the limit
      }
      // one line longer than a block: grow, up to just past the limit
      buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, (long) maxLineBytes + 2));
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

  /**
   * Reads on to the end of a line of which {@code seen} bytes are already read, keeping what
   * follows its newline as the carry-over, and returns the block that stands for it.
   */
  private Block readPastLongLine(long seen) throws IOException {
    byte[] piece = new byte[1 << 16];
    long length = seen;
    while (true) {
      int n = in.read(piece, 0, piece.length);
      if (n < 0) {
        eof = true;
        break;
      }
      int nl = ByteScan.indexOf(piece, 0, n, (byte) '\n');
      if (nl < n) {
        length += nl;
        int rest = n - nl - 1;
        if (carry.length < rest) {
          carry = new byte[Math.max(rest, 1 << 12)];
        }
        System.arraycopy(piece, nl + 1, carry, 0, rest);
        carryLength = rest;
        break;
      }
      length += n;
    }
    Block b = new Block(new byte[0], 0, nextLine, 1, length);
    nextLine++;
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
