package org.amity.testing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A stream made up on the fly: a head, a line of {@code fill} repeated {@code length} times, and a
 * tail. Tests of huge lines read it without a huge file on disk or in memory.
 */
public final class LongLineStream extends InputStream {
  private final byte[] head;
  private final byte fill;
  private final long length;
  private final byte[] tail;
  private long pos;

  public LongLineStream(String head, char fill, long length, String tail) {
    this.head = head.getBytes(StandardCharsets.UTF_8);
    this.fill = (byte) fill;
    this.length = length;
    this.tail = tail.getBytes(StandardCharsets.UTF_8);
  }

  /** Total bytes the stream gives. */
  public long size() {
    return head.length + length + tail.length;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (pos >= size()) {
      return -1;
    }
    int n = 0;
    while (n < len && pos < size()) {
      if (pos < head.length) {
        b[off + n] = head[(int) pos];
      } else if (pos < head.length + length) {
        b[off + n] = fill;
      } else {
        b[off + n] = tail[(int) (pos - head.length - length)];
      }
      n++;
      pos++;
    }
    return n;
  }
}
