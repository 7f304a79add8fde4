package org.amity.app.web.api;

import io.javalin.http.Context;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.amity.app.web.WebJson;
import org.amity.app.web.auth.AccessGuard;
import org.amity.storage.Storage;

/**
 * Cached JSON answers of the read routes. Alerts, situations and series change only when the
 * detector runs or an analyst writes, yet are read on every page view; rebuilding them per request
 * would spend the server's two cores on the same SQL. An answer is reused until its generation is
 * stale: the generation moves at once on this server's own writes, and within {@link #CHECK_MILLIS}
 * of any other change to the signal tables, seen through a cheap fingerprint query (counts and hash
 * sums of small tables, {@link Storage#fingerprint}); the watch's writes move it at once (they
 * count in {@link Storage#writes}). Only one thread rebuilds a given answer at a time. Answers are
 * kept per (role, route, query) as gzipped and plain bytes, so a cached alerts list costs a map
 * lookup.
 */
public final class ReadCache {
  static final long CHECK_MILLIS = 1000;
  private static final int MAX_ENTRIES = 4096;

  /** One cached answer, kept plain and gzipped (browsers ask for gzip; JSON shrinks ~10x). */
  private record Entry(long generation, byte[] body, byte[] gzipped) {
    static Entry of(long generation, byte[] body) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length / 4 + 64);
      try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
        gz.write(body);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot gzip in memory", e);
      }
      return new Entry(generation, body, out.toByteArray());
    }
  }

  private final Storage db;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Object[] locks = new Object[64];
  private final AtomicLong generation = new AtomicLong();
  private final AtomicBoolean checking = new AtomicBoolean();
  private volatile long seenWrites = -1;
  private volatile long checkedAt;
  private volatile String fingerprint = "";

  public ReadCache(Storage db) {
    this.db = db;
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new Object();
    }
  }

  /** Answers with the cached JSON for this route and query, building it when stale. */
  void json(Context ctx, Supplier<Object> build) {
    String key = key(ctx);
    long gen = generation();
    Entry e = entries.get(key);
    if (e == null || e.generation() != gen) {
      synchronized (locks[Math.floorMod(key.hashCode(), locks.length)]) {
        e = entries.get(key);
        if (e == null || e.generation() != gen) {
          if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
          }
          e = Entry.of(gen, WebJson.bytes(build.get()));
          entries.put(key, e);
        }
      }
    }
    ctx.contentType("application/json").header("Vary", "Accept-Encoding");
    String accept = ctx.header("Accept-Encoding");
    if (accept != null && accept.contains("gzip")) {
      ctx.disableCompression();
      ctx.header("Content-Encoding", "gzip").result(e.gzipped());
    } else {
      ctx.result(e.body());
    }
  }

  private record Value(long generation, Object value) {}

  private final Map<String, Value> values = new ConcurrentHashMap<>();

  /**
   * A value other than an answer's body (a count for a header, the data's freshness), kept like the
   * answers until the signal tables change.
   */
  @SuppressWarnings("unchecked")
  <T> T value(String key, Supplier<T> build) {
    long gen = generation();
    Value v = values.get(key);
    if (v == null || v.generation() != gen) {
      if (values.size() >= MAX_ENTRIES) {
        values.clear();
      }
      v = new Value(gen, build.get());
      values.put(key, v);
    }
    return (T) v.value();
  }

  /** The key of this request's answer (path and sorted query), for values that go with it. */
  static String keyOf(Context ctx) {
    return key(ctx);
  }

  /** The current generation: moves when this server wrote, or the fingerprint changed. */
  long generation() {
    long w = db.writes();
    if (w != seenWrites) {
      seenWrites = w;
      generation.incrementAndGet();
    }
    long now = System.currentTimeMillis();
    if (now - checkedAt >= CHECK_MILLIS && checking.compareAndSet(false, true)) {
      try {
        String fp = db.fingerprint();
        if (!fp.equals(fingerprint)) {
          fingerprint = fp;
          generation.incrementAndGet();
        }
        checkedAt = now;
      } finally {
        checking.set(false);
      }
    }
    return generation.get();
  }

  /**
   * The reader's role, the path and the query parameters in a fixed order (so "?a=1&b=2" and
   * "?b=2&a=1" share one): an answer built for one role is never handed to another, should a route
   * ever shape its answer by role.
   */
  private static String key(Context ctx) {
    Map<String, java.util.List<String>> sorted = new TreeMap<>(ctx.queryParamMap());
    String role;
    try {
      role = AccessGuard.session(ctx).role().id();
    } catch (IllegalStateException noSession) {
      role = "-";
    }
    return role + " " + ctx.path() + "?" + sorted;
  }
}
