package org.amity.app.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a service's jobs, each on its own schedule and never two rounds of one job at once. A round
 * that fails is logged, shown on the board and retried after a backoff that doubles from {@link
 * #FIRST_BACKOFF} up to {@link #MAX_BACKOFF}; nothing a job throws reaches the server.
 */
public final class JobRunner implements JobBoard, AutoCloseable {
  static final Duration FIRST_BACKOFF = Duration.ofSeconds(10);
  static final Duration MAX_BACKOFF = Duration.ofMinutes(30);
  private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

  /** Asks an on-demand job (or a periodic one, early) for a round soon. */
  @FunctionalInterface
  public interface Trigger {
    void fire();
  }

  private final ScheduledExecutorService pool;
  private final List<Slot> slots = new ArrayList<>();
  private final Duration firstBackoff;
  private final List<AutoCloseable> alsoClose = new java.util.concurrent.CopyOnWriteArrayList<>();

  public JobRunner() {
    this(FIRST_BACKOFF);
  }

  /** With another first backoff (tests that provoke failures). */
  public JobRunner(Duration firstBackoff) {
    this.firstBackoff = firstBackoff;
    AtomicInteger n = new AtomicInteger();
    ScheduledThreadPoolExecutor p =
        new ScheduledThreadPoolExecutor(
            4,
            r -> {
              Thread t = new Thread(r, "amity-job-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    p.setRemoveOnCancelPolicy(true);
    this.pool = p;
  }

  /** Runs {@code job} now and then every {@code interval} after each round ends. */
  public synchronized Trigger every(Job job, Duration interval) {
    Slot s = new Slot(job, interval, "every " + words(interval));
    slots.add(s);
    s.schedule(Duration.ZERO);
    return s::fire;
  }

  /** Closes {@code c} (a helper of a job, such as a folder watch) when the runner closes. */
  public void closeWith(AutoCloseable c) {
    alsoClose.add(c);
  }

  /** Runs {@code job} when the returned trigger fires (and on retries after a failure). */
  public synchronized Trigger onDemand(Job job, String schedule) {
    Slot s = new Slot(job, null, schedule);
    slots.add(s);
    return s::fire;
  }

  @Override
  public synchronized List<JobStatus> jobs() {
    return slots.stream().map(Slot::status).toList();
  }

  /** Stops every job, interrupting rounds under way, and waits a little for them to end. */
  @Override
  public void close() {
    for (AutoCloseable c : alsoClose) {
      try {
        c.close();
      } catch (Exception e) {
        LOG.warn("cannot stop {}: {}", c, e.getMessage());
      }
    }
    pool.shutdownNow();
    try {
      pool.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String words(Duration d) {
    long s = d.toSeconds();
    if (s == 0) {
      return d.toMillis() + " ms";
    }
    if (s % 3600 == 0) {
      return s / 3600 + " h";
    }
    return s % 60 == 0 ? s / 60 + " min" : s + " s";
  }

  /** One job with its schedule and its state. */
  private final class Slot {
    private final Job job;
    private final Duration interval;
    private final String schedule;
    private boolean running;
    private boolean again;
    private ScheduledFuture<?> next;
    private Instant nextRun;
    private Instant lastRun;
    private Instant lastSuccess;
    private String lastError;
    private String lastOutcome;
    private long runs;
    private long failures;
    private int failedInRow;

    Slot(Job job, Duration interval, String schedule) {
      this.job = job;
      this.interval = interval;
      this.schedule = schedule;
    }

    synchronized void fire() {
      if (running) {
        again = true;
      } else {
        schedule(Duration.ZERO);
      }
    }

    synchronized void schedule(Duration delay) {
      if (next != null) {
        next.cancel(false);
      }
      if (pool.isShutdown()) {
        return;
      }
      nextRun = Instant.now().plus(delay);
      next = pool.schedule(this::round, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void round() {
      synchronized (this) {
        running = true;
        again = false;
        next = null;
        nextRun = null;
        lastRun = Instant.now();
        runs++;
      }
      String outcome = null;
      Exception failure = null;
      try {
        outcome = job.run();
      } catch (Exception | LinkageError | AssertionError e) {
        failure = e instanceof Exception ex ? ex : new RuntimeException(e);
      }
      synchronized (this) {
        running = false;
        if (failure == null) {
          lastSuccess = Instant.now();
          lastError = null;
          lastOutcome = outcome;
          failedInRow = 0;
          if (again) {
            schedule(Duration.ZERO);
          } else if (interval != null) {
            schedule(interval);
          }
        } else {
          failures++;
          failedInRow++;
          lastError = message(failure);
          Duration wait = backoff(failedInRow);
          LOG.warn("job {} failed (retry in {}): {}", job.name(), words(wait), lastError);
          schedule(again ? Duration.ZERO : wait);
        }
      }
    }

    private Duration backoff(int failedInRow) {
      Duration d = firstBackoff.multipliedBy(1L << Math.min(failedInRow - 1, 20));
      Duration cap =
          interval != null && interval.compareTo(MAX_BACKOFF) > 0 ? interval : MAX_BACKOFF;
      return d.compareTo(cap) > 0 ? cap : d;
    }

    synchronized JobStatus status() {
      Double lag = job instanceof Feed f ? f.lagMinutes() : null;
      return new JobStatus(
          job.name(),
          schedule,
          running,
          lastRun,
          lastSuccess,
          lastError,
          lastOutcome,
          runs,
          failures,
          nextRun,
          lag);
    }
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
