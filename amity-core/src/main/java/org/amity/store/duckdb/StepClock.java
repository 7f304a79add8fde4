package org.amity.store.duckdb;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * With {@code AMITY_DEBUG=1}, prints how long each SQL step of the watch took, in wall time and
 * process CPU (on a shared machine wall time measures the load as much as the work).
 */
final class StepClock {
  private static final boolean ON = "1".equals(System.getenv("AMITY_DEBUG"));

  private long wall = System.nanoTime();
  private long cpu = cpu();

  /** Prints the time since the last mark (or since this clock was made) for {@code what}. */
  void mark(String what) {
    if (!ON) {
      return;
    }
    long w = System.nanoTime();
    long c = cpu();
    System.err.printf(
        Locale.ROOT,
        "sql:   %-28s %.3f s (process CPU %.2f s)%n",
        what,
        (w - wall) / 1e9,
        (c - cpu) / 1e9);
    wall = w;
    cpu = c;
  }

  private static long cpu() {
    return ON
        ? ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        : 0;
  }
}
