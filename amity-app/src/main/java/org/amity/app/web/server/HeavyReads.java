package org.amity.app.web.server;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.amity.app.web.ApiProblem;
import org.amity.app.web.Problems;
import org.amity.store.HeavyRead;
import org.amity.store.ReadStopped;

/**
 * Keeps heavy reads from starving the service. Event pages, rejects, the ingest log, the audit log
 * series and reports may scan much of the store; at most {@code permits} of them run at once, so
 * read connections and request threads remain for the cheap cached answers (alerts, situations,
 * overview) and for the cache's own freshness check. Each heavy request has one time limit, for
 * waiting and running together: one that finds no free lane within it is answered 503 with a
 * problem document and {@code Retry-After}; one that gets a lane reads as a {@link HeavyRead}, on
 * the store's heavy connections, and a statement still running at the limit is cancelled and
 * answered the same way ({@link #stopped}). A report's reading is bounded so; printing its PDF
 * comes after and is not cut off.
 */
final class HeavyReads {
  /**
   * Paths whose answers may scan much of the store (and a situation's places, which read events).
   */
  static final List<String> HEAVY =
      List.of(
          "/api/v1/events",
          "/api/v1/series",
          "/api/v1/rejects",
          "/api/v1/ingest-log",
          "/api/v1/audit",
          "/api/v1/reports");

  private static final String HELD = "amity.heavy-permit";

  private final Semaphore lanes;
  private final Semaphore queue;
  private volatile long limitMillis;

  /**
   * @param permits heavy reads at once (as many as the store's heavy connections)
   * @param limitMillis how long a heavy request may take, waiting for a lane included
   */
  HeavyReads(int permits, long limitMillis) {
    this.lanes = new Semaphore(Math.max(1, permits), true);
    this.queue = new Semaphore(2 * Math.max(1, permits));
    this.limitMillis = limitMillis;
  }

  /** Sets another time limit (tests). */
  void limit(long millis) {
    this.limitMillis = millis;
  }

  /** The lanes themselves (tests fill them). */
  Semaphore lanes() {
    return lanes;
  }

  static boolean heavy(String path) {
    return HEAVY.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))
        || (path.startsWith("/api/v1/situations/") && path.endsWith("/report"))
        || path.matches("/api/v1/situations/[^/]+/places");
  }

  /** Before a matched route: takes a lane for a heavy read, or answers 503. */
  void enter(Context ctx) {
    HeavyRead.end(); // a request thread carries nothing over from its last request
    if (!heavy(ctx.path())) {
      return;
    }
    long start = System.nanoTime();
    boolean got = false;
    if (queue.tryAcquire()) {
      try {
        got = lanes.tryAcquire(limitMillis, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        if (!got) {
          queue.release();
        }
      }
    }
    if (!got) {
      throw busy(
          ctx,
          "too many large reads (event pages, exports, series) at once: none could start within "
              + limitMillis
              + " ms");
    }
    ctx.attribute(HELD, Boolean.TRUE);
    long left = limitMillis - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    HeavyRead.begin(Duration.ofMillis(Math.max(1, left)));
  }

  /** After every request: gives the lane back. */
  void leave(Context ctx) {
    if (ctx.attribute(HELD) != null) {
      ctx.attribute(HELD, null);
      HeavyRead.end();
      lanes.release();
      queue.release();
    }
  }

  /** The answer to a heavy read stopped at its limit: 503, try again. */
  void stopped(ReadStopped e, Context ctx) {
    Problems.send(
        ctx,
        busy(
            ctx,
            "the request's large reads took longer than its time limit of "
                + limitMillis
                + " ms, waiting included ("
                + e.getMessage()
                + ")"));
  }

  private static ApiProblem busy(Context ctx, String why) {
    ctx.header("Retry-After", "2");
    return new ApiProblem(
        503,
        "/problems/busy",
        "Busy",
        why
            + ". Try again shortly, or ask for a narrower page (dates, country); alerts and"
            + " situations are still answered");
  }
}
