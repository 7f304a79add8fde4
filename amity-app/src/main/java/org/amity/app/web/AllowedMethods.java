package org.amity.app.web;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods registered for an API path, for the {@code Allow} header of a 405 answer. Read once
 * from the server's routes, after they are all registered.
 */
public final class AllowedMethods {
  private static final Set<HandlerType> VERBS =
      Set.of(
          HandlerType.GET,
          HandlerType.POST,
          HandlerType.PUT,
          HandlerType.PATCH,
          HandlerType.DELETE);
  private static final Pattern PARAM = Pattern.compile("\\{[^}/]+\\}|<[^>/]+>");

  private record Route(Pattern path, String method) {}

  private volatile List<Route> routes = List.of();

  /** Takes the routes of a created server. */
  public void readFrom(Javalin app) {
    List<Route> out = new ArrayList<>();
    for (var parsed : app.unsafe.internalRouter.allHttpHandlers()) {
      var e = parsed.endpoint;
      if (VERBS.contains(e.method)) {
        out.add(new Route(template(e.path), e.method.name()));
      }
    }
    routes = List.copyOf(out);
  }

  /** "GET, POST" for the methods registered on {@code path}; empty when none. */
  String forPath(String path) {
    Set<String> methods = new TreeSet<>();
    for (Route r : routes) {
      if (r.path().matcher(path).matches()) {
        methods.add(r.method());
      }
    }
    return String.join(", ", methods);
  }

  /** A route path with {name} parameters as a pattern for one path segment each. */
  static Pattern template(String path) {
    StringBuilder regex = new StringBuilder();
    Matcher m = PARAM.matcher(path);
    int at = 0;
    while (m.find()) {
      regex.append(Pattern.quote(path.substring(at, m.start()))).append("[^/]+");
      at = m.end();
    }
    regex.append(Pattern.quote(path.substring(at)));
    return Pattern.compile(regex.toString());
  }
}
