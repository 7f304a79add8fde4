package org.amity.app.web.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.amity.app.web.ApiProblem;

/**
 * Keeps heavy reads from starving the service. Event pages, rejects, the ingest log, the audit log
 * and series may scan much of the store; at most {@code permits} of them run at once, so read
 * connections and request threads remain for the cheap cached answers (alerts, situations,
 * overview) and for the cache's own freshness check. A heavy request that finds no free lane within
 * the time limit is answered 503 with a problem document and {@code Retry-After}.
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
          "/api/v1/audit");

  private static final String HELD = "amity.heavy-permit";

  private final Semaphore lanes;
  private final Semaphore queue;
  private final long waitMillis;

  /**
   * @param permits heavy reads at once (fewer than the read connections, so one stays free)
   * @param waitMillis how long a heavy request may wait for a lane before it is answered 503
   */
  HeavyReads(int permits, long waitMillis) {
    this.lanes = new Semaphore(Math.max(1, permits), true);
    this.queue = new Semaphore(2 * Math.max(1, permits));
    this.waitMillis = waitMillis;
  }

  static boolean heavy(String path) {
    return HEAVY.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))
        || path.matches("/api/v1/situations/[^/]+/places");
  }

  /** Before a matched route: takes a lane for a heavy read, or answers 503. */
  void enter(Context ctx) {
    if (!heavy(ctx.path())) {
      return;
    }
    boolean got = false;
    if (queue.tryAcquire()) {
      try {
        got = lanes.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        if (!got) {
          queue.release();
        }
      }
    }
    if (!got) {
      ctx.header("Retry-After", "2");
      throw new ApiProblem(
          503,
          "/problems/busy",
          "Busy",
          "too many large reads (event pages, exports, series) at once: none could start within "
              + waitMillis
              + " ms. Try again shortly; alerts and situations are still answered");
    }
    ctx.attribute(HELD, Boolean.TRUE);
  }

  /** After every request: gives the lane back. */
  void leave(Context ctx) {
    if (ctx.attribute(HELD) != null) {
      ctx.attribute(HELD, null);
      lanes.release();
      queue.release();
    }
  }
}
