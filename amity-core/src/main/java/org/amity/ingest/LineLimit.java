package org.amity.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Passes a stream through line by line and drops every line longer than a limit while it streams,
 * so that a reader never holds more than one line of the limit's size. A dropped line leaves its
 * line break behind (line numbers stay right) and is remembered with its length, for the reader to
 * reject the record it belonged to.
 *
 * <p>Lines end as a CSV parser and {@link java.io.BufferedReader} see them: at LF, at CR, or at
 * CRLF (one break). In quote-aware mode the dropped line is replaced by one double quote when it
 * held an odd number of them, so that a CSV parser's quoting state after the line is what it would
 * have been: the records after it read as they would have.
 */
public final class LineLimit extends FilterInputStream {
  private static final int CHUNK = 1 << 16;

  private final int maxBytes;
  private final boolean quoteAware;
  private final byte[] held;
  private int heldLength;
  private final byte[] chunk = new byte[CHUNK];
  private final byte[] out;
  private int outPos;
  private int outLength;
  private boolean skipping;
  private long skippedBytes;
  private boolean oddQuotes;
  private boolean lastCr;
  private boolean eof;
  private long line = 1;
  private final NavigableMap<Long, Long> overlong = new ConcurrentSkipListMap<>();

  /**
   * @param maxBytes the longest line kept, in bytes without its line break
   * @param quoteAware keep a CSV parser's quoting state across dropped lines
   */
  public LineLimit(InputStream in, int maxBytes, boolean quoteAware) {
    super(in);
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    this.maxBytes = maxBytes;
    this.quoteAware = quoteAware;
    this.held = new byte[maxBytes];
    this.out = new byte[maxBytes + 2 * CHUNK + 2];
  }

  public int maxBytes() {
    return maxBytes;
  }

  /** The reject reason for the first dropped line in {@code [from, to]}, or null if none. */
  public String dropped(long from, long to) {
    Map.Entry<Long, Long> e = overlong.ceilingEntry(from);
    if (e == null || e.getKey() > to) {
      return null;
    }
    return reason(e.getKey(), e.getValue(), maxBytes);
  }

  /** Lines dropped so far. */
  public int droppedCount() {
    return overlong.size();
  }

  /** The reason given for a line over the limit. */
  public static String reason(long line, long bytes, int maxBytes) {
    return String.format(
        Locale.ROOT,
        "line %d is %,d bytes or more, longer than the limit of %,d bytes for this format;"
            + " skipped",
        line,
        bytes,
        maxBytes);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (outPos == outLength) {
      if (eof) {
        return -1;
      }
      fill();
    }
    int n = Math.min(len, outLength - outPos);
    System.arraycopy(out, outPos, b, off, n);
    outPos += n;
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long done = 0;
    byte[] scratch = new byte[(int) Math.min(CHUNK, Math.max(1, n))];
    while (done < n) {
      int r = read(scratch, 0, (int) Math.min(scratch.length, n - done));
      if (r < 0) {
        break;
      }
      done += r;
    }
    return done;
  }

  @Override
  public int available() {
    return outLength - outPos;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void fill() throws IOException {
    outPos = 0;
    outLength = 0;
    int n = in.read(chunk, 0, CHUNK);
    if (n < 0) {
      eof = true;
      endLine();
      return;
    }
    for (int i = 0; i < n; i++) {
      byte c = chunk[i];
      if (lastCr && c == '\n') {
        out[outLength++] = c;
        lastCr = false;
        continue;
      }
      lastCr = false;
      if (c == '\n' || c == '\r') {
        endLine();
        out[outLength++] = c;
        lastCr = c == '\r';
        line++;
      } else if (skipping) {
        skippedBytes++;
        oddQuotes ^= c == '"';
      } else if (heldLength < maxBytes) {
        held[heldLength++] = c;
      } else {
        skipping = true;
        skippedBytes = heldLength + 1L;
        oddQuotes = c == '"';
        for (int k = 0; k < heldLength; k++) {
          oddQuotes ^= held[k] == '"';
        }
        heldLength = 0;
      }
    }
  }

  private void endLine() {
    if (skipping) {
      overlong.put(line, skippedBytes);
      if (quoteAware && oddQuotes) {
        out[outLength++] = '"';
      }
      skipping = false;
      skippedBytes = 0;
      oddQuotes = false;
    } else if (heldLength > 0) {
      System.arraycopy(held, 0, out, outLength, heldLength);
      outLength += heldLength;
      heldLength = 0;
    }
  }
}
