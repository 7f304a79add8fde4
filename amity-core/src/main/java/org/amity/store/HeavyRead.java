package org.amity.store;

import java.time.Duration;

/**
 * Marks the reads of the current thread as heavy (event pages, exports, long series) and gives them
 * a time limit. A store that serves many readers runs heavy reads on connections of their own,
 * apart from the cheap cached reads (alerts, situations, overview), and stops a heavy statement
 * that is still running at the deadline: the read then throws {@link ReadStopped}.
 *
 * <p>Used around one request: {@code begin} before, {@code end} after, on the same thread.
 */
public final class HeavyRead {
  private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

  private HeavyRead() {}

  /** Reads of this thread are heavy from now on, and must be done within {@code limit}. */
  public static void begin(Duration limit) {
    DEADLINE.set(System.nanoTime() + limit.toNanos());
  }

  /** Reads of this thread are ordinary again. */
  public static void end() {
    DEADLINE.remove();
  }

  /** Whether the current thread's reads are heavy. */
  public static boolean active() {
    return DEADLINE.get() != null;
  }

  /** Nanoseconds left before the deadline (negative when past); only when {@link #active()}. */
  public static long nanosLeft() {
    Long d = DEADLINE.get();
    if (d == null) {
      throw new IllegalStateException("no heavy read on this thread");
    }
    return d - System.nanoTime();
  }
}
