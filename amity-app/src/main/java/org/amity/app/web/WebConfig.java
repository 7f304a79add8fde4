package org.amity.app.web;

/**
 * How the server listens.
 *
 * @param bind address to listen on; loopback unless the operator chooses otherwise
 * @param port TCP port; 0 picks a free one (tests)
 * @param behindTlsProxy true when a TLS-terminating proxy is in front: cookies get Secure and the
 *     client address is taken from the proxy's X-Forwarded-For
 * @param readConnections store connections for concurrent reads
 * @param threads request threads; requests are short (most answers are cached bytes), so a small
 *     pool serves hundreds of connections with less switching than one thread per connection
 * @param heavyLimitMillis how long a heavy read (event pages, series, logs) may take, waiting for a
 *     lane included; past it the read is cancelled and answered 503
 */
public record WebConfig(
    String bind,
    int port,
    boolean behindTlsProxy,
    int readConnections,
    int threads,
    long heavyLimitMillis) {
  public static final int DEFAULT_THREADS = 16;

  /** The default time limit of a heavy read. */
  public static final long DEFAULT_HEAVY_LIMIT_MILLIS = 2_000;

  /** The largest request body read (the API's bodies are small JSON objects); larger get 413. */
  public static final long MAX_BODY_BYTES = 1024 * 1024;

  public static final String LOOPBACK = "127.0.0.1";

  public WebConfig {
    if (bind == null || bind.isBlank()) {
      throw new IllegalArgumentException("--bind needs an address, such as 127.0.0.1");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be 0..65535, got " + port);
    }
    if (readConnections < 1 || readConnections > 64) {
      throw new IllegalArgumentException("read connections must be 1..64, got " + readConnections);
    }
    if (threads < 4 || threads > 1000) {
      throw new IllegalArgumentException("--threads must be 4..1000, got " + threads);
    }
    if (heavyLimitMillis < 1) {
      throw new IllegalArgumentException("the heavy-read limit must be positive");
    }
  }

  /** With the default heavy-read limit. */
  public WebConfig(
      String bind, int port, boolean behindTlsProxy, int readConnections, int threads) {
    this(bind, port, behindTlsProxy, readConnections, threads, DEFAULT_HEAVY_LIMIT_MILLIS);
  }

  /** The same with another heavy-read limit. */
  public WebConfig withHeavyLimit(long millis) {
    return new WebConfig(bind, port, behindTlsProxy, readConnections, threads, millis);
  }

  /** Loopback on {@code port}, no proxy, four read connections, the default threads. */
  public static WebConfig local(int port) {
    return new WebConfig(LOOPBACK, port, false, 4, DEFAULT_THREADS);
  }
}
