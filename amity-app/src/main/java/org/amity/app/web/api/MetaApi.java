package org.amity.app.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.amity.app.web.ResponseAdvisor;
import org.amity.app.web.auth.Everyone;

/** Open to all: the health check and the OpenAPI 3 description of the API. */
public final class MetaApi {
  /** Where the OpenAPI document lives on the classpath. */
  public static final String OPENAPI_RESOURCE = "/org/amity/app/web/api/openapi.json";

  private final BooleanSupplier storeAnswers;
  private final ResponseAdvisor advisor;
  private final String version;
  private final byte[] openApi;

  public MetaApi(BooleanSupplier storeAnswers, ResponseAdvisor advisor, String version) {
    this.storeAnswers = storeAnswers;
    this.advisor = advisor;
    this.version = version;
    this.openApi = resource(OPENAPI_RESOURCE);
  }

  public void addTo(RoutesConfig r) {
    r.get("/api/v1/health", this::health, Everyone.EVERYONE);
    r.get("/api/v1/openapi.json", this::openApi, Everyone.EVERYONE);
  }

  /** 200 when the store answers, 503 when it does not; says whether the recommender is built in. */
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
