package org.amity.store.duckdb;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What Java hands one of its DuckDB table functions ({@code amity_scan}, {@code amity_rows}): the
 * caller offers a value under a fresh token, names the token in the SQL it runs, the function's
 * bind takes the value by it, and the caller releases the token when the statement is done.
 *
 * @param <T> what is handed over
 */
final class Handover<T> {
  private final String what;
  private final Map<String, T> pending = new ConcurrentHashMap<>();
  private final AtomicLong tokens = new AtomicLong();

  /**
   * @param what what is handed over, in words: the tokens' prefix and the error's subject
   */
  Handover(String what) {
    this.what = what;
  }

  /** Makes {@code value} available under a fresh token; remove it with {@link #release}. */
  String offer(T value) {
    String token = what + "-" + tokens.incrementAndGet();
    pending.put(token, value);
    return token;
  }

  void release(String token) {
    pending.remove(token);
  }

  /** The value offered under {@code token}. */
  T take(String token) {
    T value = pending.get(token);
    if (value == null) {
      throw new IllegalStateException("no pending " + what + " " + token);
    }
    return value;
  }
}
