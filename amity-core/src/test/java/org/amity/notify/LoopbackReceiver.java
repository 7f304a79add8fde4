package org.amity.notify;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on a free loopback port (the JDK's own HTTP server) that answers 500 to the
 * first {@code failures} requests and 204 after, keeping every body it accepted.
 */
public final class LoopbackReceiver implements AutoCloseable {
  private final HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private final List<String> accepted = new CopyOnWriteArrayList<>();

  public LoopbackReceiver(int failures) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/hook",
        x -> {
          String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          int n = requests.incrementAndGet();
          if (n <= failures) {
            x.sendResponseHeaders(500, -1);
          } else {
            accepted.add(body);
            x.sendResponseHeaders(204, -1);
          }
          x.close();
        });
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  /** Every request, failed or not. */
  public int requests() {
    return requests.get();
  }

  /** Bodies of the requests answered with success. */
  public List<String> accepted() {
    return accepted;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
