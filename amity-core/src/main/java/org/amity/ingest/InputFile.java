package org.amity.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An input file opened for one streaming pass: recognises gzip and zip by their magic bytes (not
 * their names), decompresses on the fly, and hashes the raw bytes with SHA-256 as they are read.
 */
public final class InputFile implements AutoCloseable {
  /** How the raw bytes are packed. */
  public enum Packing {
    PLAIN,
    GZIP,
    ZIP
  }

  private final Path path;
  private final long size;
  private final MessageDigest digest;
  private final CountingStream raw;
  private final InputStream data;
  private final Packing packing;

  private InputFile(Path path) throws IOException {
    this.path = path;
    this.size = Files.size(path);
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JVM", e);
    }
    this.raw = new CountingStream(new DigestInputStream(Files.newInputStream(path), digest));
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(4);
    int b0 = in.read();
    int b1 = in.read();
    int b2 = in.read();
    int b3 = in.read();
    in.reset();
    if (b0 == 0x1f && b1 == 0x8b) {
      packing = Packing.GZIP;
      data = new GZIPInputStream(in, 1 << 16);
    } else if (b0 == 'P' && b1 == 'K' && b2 == 3 && b3 == 4) {
      packing = Packing.ZIP;
      data = new SingleEntryZip(new ZipInputStream(in), path);
    } else {
      packing = Packing.PLAIN;
      data = in;
    }
  }

  /** Opens the file; the caller must read {@link #data()} to its end before asking for a hash. */
  public static InputFile open(Path path) throws IOException {
    return new InputFile(path);
  }

  public Path path() {
    return path;
  }

  public long size() {
    return size;
  }

  public Packing packing() {
    return packing;
  }

  /** The decompressed content. */
  public InputStream data() {
    return data;
  }

  /** Raw (compressed) bytes read so far, for progress reporting. */
  public long rawBytesRead() {
    return raw.count;
  }

  /**
   * SHA-256 of the raw file, hex encoded. Drains any raw bytes the decompressor left unread (such
   * as a zip's central directory) so that the hash always covers the whole file.
   */
  public String sha256() throws IOException {
    byte[] skip = new byte[1 << 16];
    while (raw.read(skip) >= 0) {
      // keep hashing to the end of the file
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  @Override
  public void close() throws IOException {
    data.close();
  }

  /** Counts bytes as they pass. */
  private static final class CountingStream extends FilterInputStream {
    private volatile long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }

  /** The content of a zip archive that must hold exactly one file (as GDELT's archives do). */
  private static final class SingleEntryZip extends FilterInputStream {
    private final ZipInputStream zip;
    private final Path path;

    SingleEntryZip(ZipInputStream zip, Path path) throws IOException {
      super(zip);
      this.zip = zip;
      this.path = path;
      ZipEntry e = nextFile();
      if (e == null) {
        throw new IOException(path + ": zip archive holds no file");
      }
    }

    private ZipEntry nextFile() throws IOException {
      ZipEntry e;
      do {
        e = zip.getNextEntry();
      } while (e != null && e.isDirectory());
      return e;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = zip.read(b, off, len);
      if (n < 0 && nextFile() != null) {
        throw new IOException(path + ": zip archive holds more than one file; expected one");
      }
      return n;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }
  }
}
