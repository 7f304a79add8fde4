package org.amity.app.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.amity.app.service.JobBoard;
import org.amity.app.web.ResponseAdvisor;
import org.amity.app.web.auth.Everyone;
import org.amity.store.Freshness;

/** Open to all: the health check and the OpenAPI 3 description of the API. */
public final class MetaApi {
  /** Where the OpenAPI document lives on the classpath. */
  public static final String OPENAPI_RESOURCE = "/org/amity/app/web/api/openapi.json";

  private final BooleanSupplier storeAnswers;
  private final ResponseAdvisor advisor;
  private final String version;
  private final byte[] openApi;
  private final java.util.function.Supplier<Freshness> freshness;
  private final JobBoard jobs;

  public MetaApi(BooleanSupplier storeAnswers, ResponseAdvisor advisor, String version) {
    this(storeAnswers, advisor, version, () -> null, JobBoard.NONE);
  }

  /**
   * @param freshness how current the store is (null when it cannot say)
   * @param jobs the service's jobs
   */
  public MetaApi(
      BooleanSupplier storeAnswers,
      ResponseAdvisor advisor,
      String version,
      java.util.function.Supplier<Freshness> freshness,
      JobBoard jobs) {
    this.storeAnswers = storeAnswers;
    this.advisor = advisor;
    this.version = version;
    this.openApi = resource(OPENAPI_RESOURCE);
    this.freshness = freshness;
    this.jobs = jobs;
  }

  public void addTo(RoutesConfig r) {
    r.get("/api/v1/health", this::health, Everyone.EVERYONE);
    r.get("/api/v1/openapi.json", this::openApi, Everyone.EVERYONE);
  }

  /**
   * 200 when the store answers, 503 when it does not; says whether the recommender is built in, how
   * current the data is ({@code dataAsOf}: the newest stored event; {@code lastWatch}) and what the
   * service's jobs last did.
   */
  void health(Context ctx) {
    Params.only(ctx);
    Map<String, Object> components = new LinkedHashMap<>();
    boolean storeOk = storeAnswers.getAsBoolean();
    components.put("store", storeOk ? "up" : "down");
    components.put("recommender", advisor.available() ? "up" : "not in this build");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", storeOk ? "up" : "down");
    out.put("version", version);
    out.put("components", components);
    Freshness f = null;
    if (storeOk) {
      try {
        f = freshness.get();
      } catch (RuntimeException e) {
        components.put("store", "up, but its freshness could not be read: " + e.getMessage());
      }
    }
    out.put("dataAsOf", f == null ? null : f.newestEventDate());
    out.put("newestPublished", f == null ? null : f.newestAdded());
    out.put("lastIngest", f == null ? null : f.lastIngest());
    out.put("lastWatch", f == null ? null : f.lastWatch());
    out.put("jobs", jobs.jobs());
    ctx.status(storeOk ? 200 : 503).json(out);
  }

  void openApi(Context ctx) {
    Params.only(ctx);
    ctx.contentType("application/json").result(openApi);
  }

  static byte[] resource(String name) {
    try (InputStream in = MetaApi.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
