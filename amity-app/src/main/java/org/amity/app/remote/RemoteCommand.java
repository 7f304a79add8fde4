package org.amity.app.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The CLI's side of the command channel: uploads the files a command names, runs the command in the
 * service and prints what it printed there, with the service's copies of the files named as the
 * user named them.
 */
public final class RemoteCommand {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A local file or folder sent along with the command.
   *
   * @param local the file as it is here
   * @param relative where it goes in the request's upload folder (the argument names {@link
   *     CommandChannel#UPLOAD} + this)
   * @param shown how the user named it, printed in place of the service's copy
   */
  public record Upload(Path local, String relative, String shown) {}

  /** The service could not be reached at all. */
  public static final class Unreachable extends IOException {
    private static final long serialVersionUID = 1L;

    Unreachable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private RemoteCommand() {}

  /** Runs {@code args} in the service and returns its exit code. */
  public static int run(
      URI url,
      String token,
      List<String> args,
      List<Upload> uploads,
      String stdin,
      PrintStream out,
      PrintStream err)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String request = UUID.randomUUID().toString();
    try {
      for (Upload u : uploads) {
        HttpRequest put =
            HttpRequest.newBuilder(
                    url.resolve(
                        "files?request="
                            + request
                            + "&path="
                            + URLEncoder.encode(u.relative(), StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofFile(u.local()))
                .build();
        check(http.send(put, HttpResponse.BodyHandlers.ofString()), url);
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("request", request);
      body.put("args", args);
      body.put("stdin", stdin == null ? "" : stdin);
      Map<String, String> names = new LinkedHashMap<>();
      uploads.forEach(u -> names.put(u.relative(), u.shown()));
      body.put("names", names);
      HttpRequest post =
          HttpRequest.newBuilder(url.resolve("run"))
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
              .build();
      HttpResponse<String> r = check(http.send(post, HttpResponse.BodyHandlers.ofString()), url);
      JsonNode answer = JSON.readTree(r.body());
      String root = answer.path("uploads").asText("");
      out.print(shown(answer.path("out").asText(""), root, uploads));
      err.print(shown(answer.path("err").asText(""), root, uploads));
      out.flush();
      err.flush();
      return answer.path("exit").asInt(1);
    } catch (ConnectException e) {
      throw new Unreachable("the service at " + url + " does not answer", e);
    }
  }

  private static HttpResponse<String> check(HttpResponse<String> r, URI url) throws IOException {
    if (r.statusCode() / 100 != 2) {
      throw new IOException(
          "the service at " + url + " refused the command (" + r.statusCode() + "): " + r.body());
    }
    return r;
  }

  /** The service's copies named as the user named them. */
  static String shown(String text, String root, List<Upload> uploads) {
    if (root.isEmpty()) {
      return text;
    }
    String t = text;
    for (Upload u : uploads) {
      t = t.replace(Path.of(root).resolve(u.relative()).toString(), u.shown());
    }
    return t;
  }
}
