package org.amity.app.web.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.Map;
import org.amity.access.AccessStore;
import org.amity.access.PasswordPolicy;
import org.amity.app.service.JobBoard;
import org.amity.app.web.AllowedMethods;
import org.amity.app.web.Problems;
import org.amity.app.web.ResponseAdvisor;
import org.amity.app.web.WebConfig;
import org.amity.app.web.WebJson;
import org.amity.app.web.api.AdvisorApi;
import org.amity.app.web.api.AnalystRecordApi;
import org.amity.app.web.api.DataApi;
import org.amity.app.web.api.EventsApi;
import org.amity.app.web.api.ForecastApi;
import org.amity.app.web.api.MetaApi;
import org.amity.app.web.api.NotifyApi;
import org.amity.app.web.api.OverviewApi;
import org.amity.app.web.api.PlacesApi;
import org.amity.app.web.api.ReadCache;
import org.amity.app.web.api.ReportApi;
import org.amity.app.web.api.SeriesApi;
import org.amity.app.web.api.SignalsApi;
import org.amity.app.web.api.TimelineApi;
import org.amity.app.web.api.Track2Api;
import org.amity.app.web.auth.AccessGuard;
import org.amity.app.web.auth.Accounts;
import org.amity.app.web.auth.AuthApi;
import org.amity.app.web.auth.PasswordHasher;
import org.amity.app.web.auth.Sessions;
import org.amity.app.web.auth.UsersApi;
import org.amity.response.kb.KnowledgeBase;
import org.amity.signal.IndicatorSeriesReader;
import org.amity.storage.Storage;
import org.amity.store.Freshness;
import org.amity.store.ReadStopped;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web server: the JSON API under {@code /api/v1}, the dashboard's pages and the WebJars they
 * use, all from this jar (nothing from the internet). Takes the store (as the core's {@link
 * Storage} interfaces) and the response advisor through its constructor; the caller owns and closes
 * the store.
 */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  static final String STATIC = "/org/amity/app/web/ui/static";

  private static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
          + " form-action 'self'";

  private final Storage store;
  private final AccessStore access;
  private final Javalin app;
  private final WebConfig config;
  private final HeavyReads heavy;

  /**
   * @param opened the store; the server reads it through a shared view of its own (pooled read
   *     connections), which it closes on {@link #close}; the store itself stays the caller's
   */
  public WebServer(Storage opened, ResponseAdvisor advisor, WebConfig config, String version) {
    this(opened, advisor, config, version, () -> null, JobBoard.NONE);
  }

  /**
   * A server that is part of the live service: it also reports how current the store is and what
   * the service's jobs last did.
   */
  public WebServer(
      Storage opened,
      ResponseAdvisor advisor,
      WebConfig config,
      String version,
      java.util.function.Supplier<Freshness> freshness,
      JobBoard jobs) {
    this.config = config;
    this.store = opened.shared(config.readConnections());
    this.access = opened.access();
    PasswordHasher hasher = new PasswordHasher(PasswordHasher.DEFAULT_COST);
    Sessions sessions = new Sessions(access.sessions(), Clock.systemUTC());
    AccessGuard guard = new AccessGuard(sessions, config.behindTlsProxy());
    Accounts accounts = new Accounts(access.accounts(), hasher, PasswordPolicy.standard());
    ReadCache cache = new ReadCache(store);
    this.heavy =
        new HeavyReads(Math.max(1, config.readConnections() - 1), config.heavyLimitMillis());
    AuthApi auth =
        new AuthApi(
            accounts, sessions, access.signIns(), access.audit(), guard, hasher, Clock.systemUTC());
    UsersApi users = new UsersApi(accounts, sessions, access.signIns(), guard);
    AllowedMethods allowed = new AllowedMethods();
    this.app =
        Javalin.create(
            cfg -> {
              configure(cfg);
              RoutesConfig r = cfg.routes;
              r.before(WebServer::securityHeaders);
              r.beforeMatched(guard::check);
              r.beforeMatched(heavy::enter);
              r.after(heavy::leave);
              auth.addTo(r);
              users.addTo(r);
              new MetaApi(store::answers, advisor, version, freshness, jobs).addTo(r);
              new SignalsApi(store.signals(), store.analystRecords(), cache).addTo(r);
              new OverviewApi(store.signals(), cache).addTo(r);
              new SeriesApi(new IndicatorSeriesReader(store.series()), cache).addTo(r);
              new EventsApi(store.events(), cache).addTo(r);
              new PlacesApi(store.signals(), store.events(), cache).addTo(r);
              new DataApi(store.ingestRecords(), cache, access.audit()).addTo(r);
              new AdvisorApi(store.signals(), advisor).addTo(r);
              new AnalystRecordApi(store.analystRecords(), guard).addTo(r);
              new TimelineApi(store.timelines(), KnowledgeBase.standard(), guard).addTo(r);
              new Track2Api(store.track2(), guard).addTo(r);
              new NotifyApi(store.notifications(), guard).addTo(r);
              new ReportApi(store, KnowledgeBase.standard()).addTo(r);
              new ForecastApi(store.forecasts()).addTo(r);
              Problems.addTo(r, allowed);
              r.exception(ReadStopped.class, heavy::stopped);
            });
    allowed.readFrom(app);
  }

  private void configure(JavalinConfig cfg) {
    cfg.startup.showJavalinBanner = false;
    cfg.startup.showOldJavalinVersionWarning = false;
    cfg.jetty.host = config.bind();
    cfg.jetty.port = config.port();
    QueuedThreadPool pool = new QueuedThreadPool(config.threads(), Math.min(8, config.threads()));
    pool.setName("amity-web");
    cfg.jetty.threadPool = pool;
    cfg.jsonMapper(new JavalinJackson(WebJson.MAPPER, false));
    cfg.http.maxRequestSize = WebConfig.MAX_BODY_BYTES;
    cfg.http.prefer405over404 = true;
    cfg.staticFiles.enableWebjars();
    cfg.staticFiles.add(
        s -> {
          s.hostedPath = "/";
          s.directory = STATIC;
          s.location = Location.CLASSPATH;
          s.headers = Map.of("Cache-Control", "no-cache");
        });
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }

  /** Starts listening; returns this. */
  public WebServer start() {
    app.start();
    LOG.info("listening on http://{}:{}/", config.bind(), port());
    return this;
  }

  /** The port listened on (the free one chosen when the config said 0). */
  public int port() {
    return app.port();
  }

  /** The heavy-read lanes (tests). */
  HeavyReads heavyReads() {
    return heavy;
  }

  /** The Javalin instance, for tests that inspect the registered routes. */
  public Javalin javalin() {
    return app;
  }

  /** Stops the server and closes its read connections (not the store). */
  @Override
  public void close() {
    app.stop();
    store.close();
    access.close();
  }
}
