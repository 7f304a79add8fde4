package org.amity.app.cli;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.amity.access.AccessStore;
import org.amity.app.remote.ServiceFile;
import org.amity.app.service.JobStatus;
import org.amity.app.service.ServiceSettings;
import org.amity.app.web.WebConfig;
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

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Service settings (key = value lines; see the README). Options given win.")
  Path configFile;

  @Option(
      names = "--landing",
      paramLabel = "DIR",
      description =
          "Ingest every complete file that appears in DIR (writers rename NAME.part to NAME), then"
              + " move it to DIR/done or DIR/failed (with NAME.reason).")
  Path landing;

  @Option(names = "--follow-gdelt", description = "Follow the GDELT 2.0 feed (every 15 min).")
  Boolean followGdelt;

  @Option(
      names = "--from",
      paramLabel = "TIME",
      description = "With --follow-gdelt: catch up from this UTC time first (2016-10-13T15:00).")
  String from;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "With --follow-gdelt: where the GDELT 2.0 files are (default: GDELT's server).")
  URI baseUrl;

  @Option(
      names = "--poll-minutes",
      paramLabel = "MINUTES",
      description = "With --follow-gdelt: minutes between polls (default 15).")
  Double pollMinutes;

  @Option(
      names = "--watch-every",
      paramLabel = "MINUTES",
      description =
          "Watch every MINUTES (default: after each ingest of the landing folder or feed).")
  Double watchEvery;

  @Option(
      names = "--forecast-every",
      paramLabel = "HOURS",
      description = "Refresh the stored forecasts ('amity forecast train') every HOURS.")
  Double forecastEvery;

  @Override
  public Integer call() throws Exception {
    ServiceSettings settings =
        (configFile == null ? ServiceSettings.none() : ServiceSettings.read(configFile))
            .overriddenBy(
                landing, followGdelt, from, baseUrl, pollMinutes, watchEvery, forecastEvery);
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
            "amity: warning: no accounts yet, so nobody can sign in: run (while it serves)"
                + " 'amity user add NAME --role admin'");
      }
    }
    Service service = Service.start(s, settings, config, cacheDir());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.close();
                  s.close();
                  stopped.countDown();
                }));
    System.out.println(
        "Amity dashboard: http://"
            + hostForUrl(bind)
            + ":"
            + service.web().port()
            + "/  (Ctrl-C stops)");
    System.out.println("Database: " + store.path());
    System.out.println(
        "Other amity commands on this database now go through the service ("
            + ServiceFile.beside(store.path())
            + ")");
    for (JobStatus j : service.jobs().jobs()) {
      System.out.println("Job " + j.name() + ": " + j.schedule());
    }
    stopped.await();
    return 0;
  }

  private Path cacheDir() {
    return store.path().toAbsolutePath().getParent().resolve("gdelt-cache");
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
