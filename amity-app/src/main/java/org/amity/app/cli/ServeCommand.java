package org.amity.app.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.amity.access.AccessStore;
import org.amity.app.web.WebConfig;
import org.amity.app.web.server.WebServer;
import org.amity.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity serve}: the dashboard and REST API over the store, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serve the web dashboard and the REST API (/api/v1) over the store. Listens on loopback"
            + " unless --bind says otherwise; create accounts first with 'amity user add'.")
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(names = "--port", defaultValue = "8080", description = "TCP port (default 8080).")
  int port;

  @Option(
      names = "--bind",
      defaultValue = WebConfig.LOOPBACK,
      paramLabel = "ADDRESS",
      description = "Address to listen on (default 127.0.0.1: this machine only).")
  String bind;

  @Option(
      names = "--behind-tls-proxy",
      description =
          "A TLS-terminating proxy is in front: mark cookies Secure and take the client address"
              + " from X-Forwarded-For.")
  boolean behindTlsProxy;

  @Option(
      names = "--read-connections",
      defaultValue = "4",
      description = "Store connections for concurrent reads (default 4).")
  int readConnections;

  @Option(
      names = "--threads",
      defaultValue = "" + WebConfig.DEFAULT_THREADS,
      description = "Request threads (default ${DEFAULT-VALUE}).")
  int threads;

  @Override
  public Integer call() throws Exception {
    WebConfig config = new WebConfig(bind, port, behindTlsProxy, readConnections, threads);
    if (!isLoopback(bind) && !behindTlsProxy) {
      System.err.println(
          "amity: warning: listening on "
              + bind
              + " without TLS: passwords and session cookies cross the network in clear;"
              + " put a TLS proxy in front and use --behind-tls-proxy");
    }
    Storage s = store.open();
    try (AccessStore access = s.access()) {
      if (access.accounts().list().isEmpty()) {
        System.err.println(
            "amity: warning: no accounts yet, so nobody can sign in: stop the server and run"
                + " 'amity user add NAME --role admin'");
      }
    }
    WebServer server =
        new WebServer(
            s,
            new org.amity.app.web.RecommenderAdvisor(
                org.amity.response.kb.KnowledgeBase.standard()),
            config,
            new Version().getVersion()[0]);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  s.close();
                  stopped.countDown();
                }));
    server.start();
    System.out.println(
        "Amity dashboard: http://" + hostForUrl(bind) + ":" + server.port() + "/  (Ctrl-C stops)");
    System.out.println("Database: " + store.path());
    stopped.await();
    return 0;
  }

  private static boolean isLoopback(String address) {
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("--bind: unknown address " + address);
    }
  }

  private static String hostForUrl(String bind) {
    return bind.contains(":") ? "[" + bind + "]" : bind;
  }
}
