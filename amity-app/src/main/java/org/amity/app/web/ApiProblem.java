package org.amity.app.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answered as RFC 9457 problem details: {@code type} (a URI naming the kind of problem,
 * relative to the server), {@code title} (the same for every problem of that type), {@code status}
 * and {@code detail} (this occurrence, in words a person can act on).
 */
public final class ApiProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;
  private final String title;
  private final transient Map<String, Object> extra = new LinkedHashMap<>();

  public ApiProblem(int status, String type, String title, String detail) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
  }

  public static ApiProblem badRequest(String detail) {
    return new ApiProblem(400, "/problems/bad-parameter", "Bad parameter", detail);
  }

  public static ApiProblem notFound(String detail) {
    return new ApiProblem(404, "/problems/not-found", "Not found", detail);
  }

  public static ApiProblem unauthorized(String detail) {
    return new ApiProblem(401, "/problems/not-signed-in", "Not signed in", detail);
  }

  public static ApiProblem forbidden(String detail) {
    return new ApiProblem(403, "/problems/forbidden", "Not allowed", detail);
  }

  public static ApiProblem unavailable(String detail) {
    return new ApiProblem(503, "/problems/unavailable", "Not available in this build", detail);
  }

  /** Adds a member beside the standard ones (e.g. retryAfterSeconds). */
  public ApiProblem with(String key, Object value) {
    extra.put(key, value);
    return this;
  }

  public int status() {
    return status;
  }

  /** The same for every problem of its type ("Busy"). */
  public String title() {
    return title;
  }

  /** The JSON body. */
  public Map<String, Object> body(String instance) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type);
    m.put("title", title);
    m.put("status", status);
    m.put("detail", getMessage());
    if (instance != null) {
      m.put("instance", instance);
    }
    m.putAll(extra);
    return m;
  }
}
