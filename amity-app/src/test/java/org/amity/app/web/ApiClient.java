package org.amity.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A plain HTTP client for API tests: keeps the session cookie and CSRF token after sign-in. */
public final class ApiClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private String cookie;
  private String csrf;

  /** A response: status, headers and the body parsed as JSON (null when empty). */
  public record Reply(int status, JsonNode body, HttpResponse<String> raw) {
    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  public ApiClient(String base) {
    this.base = base;
  }

  public Reply signIn(String user, String password) throws IOException, InterruptedException {
    Reply r = post("/api/v1/session", Map.of("user", user, "password", password));
    if (r.status() == 200) {
      String setCookie = r.header("Set-Cookie");
      cookie = setCookie.substring(0, setCookie.indexOf(';'));
      csrf = r.body().get("csrfToken").asText();
    }
    return r;
  }

  public Reply get(String path) throws IOException, InterruptedException {
    return send(builder(path).GET());
  }

  /** A GET whose body is kept as bytes (a PDF, say), with the session cookie. */
  public HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
    return http.send(builder(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  public Reply post(String path, Object body) throws IOException, InterruptedException {
    return send(
        builder(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  public Reply delete(String path) throws IOException, InterruptedException {
    return send(builder(path).DELETE());
  }

  /** Sends a request built by the caller (for hand-made headers), with the session cookie. */
  public Reply send(HttpRequest.Builder b) throws IOException, InterruptedException {
    HttpResponse<String> res = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    String text = res.body();
    boolean json = res.headers().firstValue("Content-Type").orElse("").contains("json");
    JsonNode body = !json || text == null || text.isEmpty() ? null : JSON.readTree(text);
    return new Reply(res.statusCode(), body, res);
  }

  /** A request to {@code path} carrying the session cookie and CSRF token when signed in. */
  public HttpRequest.Builder builder(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    if (csrf != null) {
      b.header("X-CSRF-Token", csrf);
    }
    return b;
  }

  /** The same session (cookie and CSRF token) against another server. */
  public ApiClient at(String otherBase) {
    ApiClient c = new ApiClient(otherBase);
    c.cookie = cookie;
    c.csrf = csrf;
    return c;
  }

  public String csrf() {
    return csrf;
  }
}
