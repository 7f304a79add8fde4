package org.amity.app.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard streams per thread. Commands print to {@code System.out} and {@code System.err}; a
 * service running several at once gives each its own streams: after {@link #install()}, a thread
 * (and the threads it starts) that {@link #bind bound} streams writes to them, every other thread
 * to the process's own.
 */
public final class ThreadStreams {
  private static final InheritableThreadLocal<PrintStream> OUT = new InheritableThreadLocal<>();
  private static final InheritableThreadLocal<PrintStream> ERR = new InheritableThreadLocal<>();
  private static final InheritableThreadLocal<InputStream> IN = new InheritableThreadLocal<>();
  private static boolean installed;

  private ThreadStreams() {}

  /** Puts routing streams in place of System.out, System.err and System.in (once). */
  public static synchronized void install() {
    if (installed) {
      return;
    }
    PrintStream out = System.out;
    PrintStream err = System.err;
    InputStream in = System.in;
    System.setOut(new PrintStream(new Routed(OUT, out), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new Routed(ERR, err), true, StandardCharsets.UTF_8));
    System.setIn(
        new InputStream() {
          @Override
          public int read() throws IOException {
            return current().read();
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            return current().read(b, off, len);
          }

          private InputStream current() {
            InputStream s = IN.get();
            return s != null ? s : in;
          }
        });
    installed = true;
  }

  /** Whether the current thread runs a command for another process. */
  public static boolean bound() {
    return OUT.get() != null;
  }

  /** Binds the streams to this thread until the returned handle is closed. */
  public static AutoCloseable bind(InputStream in, PrintStream out, PrintStream err) {
    install();
    IN.set(in);
    OUT.set(out);
    ERR.set(err);
    return () -> {
      IN.remove();
      OUT.remove();
      ERR.remove();
    };
  }

  private static final class Routed extends OutputStream {
    private final ThreadLocal<PrintStream> local;
    private final PrintStream fallback;

    Routed(ThreadLocal<PrintStream> local, PrintStream fallback) {
      this.local = local;
      this.fallback = fallback;
    }

    private PrintStream target() {
      PrintStream s = local.get();
      return s != null ? s : fallback;
    }

    @Override
    public void write(int b) {
      target().write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      target().write(b, off, len);
    }

    @Override
    public void flush() {
      target().flush();
    }
  }
}
