package org.amity.app.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's command channel: a second HTTP listener, on loopback only, that runs command lines
 * for the CLI of the same OS user (who alone can read the token in the {@link ServiceFile}).
 *
 * <ul>
 *   <li>{@code PUT /files?request=ID&path=REL}: the raw bytes of a file the command names, kept
 *       under a folder of this request until the command has run;
 *   <li>{@code POST /run}: {@code {"request": ID, "args": [...], "stdin": TEXT}}; arguments that
 *       begin with {@link #UPLOAD} name an uploaded file or folder. Answers {@code {"exit": N,
 *       "out": TEXT, "err": TEXT, "uploads": FOLDER}}.
 * </ul>
 *
 * Every request needs {@code Authorization: Bearer TOKEN} and must come from this machine.
 */
public final class CommandChannel implements AutoCloseable {
  /** Prefix of an argument that names an uploaded file: {@code UPLOAD + relative path}. */
  public static final String UPLOAD = "@amity-upload:";

  private static final Logger LOG = LoggerFactory.getLogger(CommandChannel.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

  private final CommandRunner runner;
  private final String tokenText;
  private final byte[] token;
  private final Path uploads;
  private final Javalin app;

  /**
   * @param uploads a folder for uploaded files, owner-only, emptied now (a service killed before it
   *     could clean up leaves files there) and on close
   */
  public CommandChannel(CommandRunner runner, String token, Path uploads) throws IOException {
    deleteTree(uploads);
    try {
      Files.createDirectories(
          uploads,
          java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
              java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
    } catch (UnsupportedOperationException e) {
      Files.createDirectories(uploads);
    }
    this.runner = runner;
    this.tokenText = token;
    this.token = token.getBytes(StandardCharsets.UTF_8);
    this.uploads = uploads;
    this.app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.startup.showOldJavalinVersionWarning = false;
              cfg.jetty.host = "127.0.0.1";
              cfg.jetty.port = 0;
              cfg.routes.before(this::check);
              cfg.routes.put("/files", this::upload);
              cfg.routes.post("/run", this::run);
            });
  }

  public CommandChannel start() {
    app.start();
    return this;
  }

  /** The admin token, for the service file. */
  public String token() {
    return tokenText;
  }

  /** The channel's address, for the service file. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + app.port() + "/");
  }

  private void check(Context ctx) throws IOException {
    InetAddress peer = InetAddress.getByName(ctx.req().getRemoteAddr());
    String auth = ctx.header("Authorization");
    byte[] given =
        auth != null && auth.startsWith("Bearer ")
            ? auth.substring(7).strip().getBytes(StandardCharsets.UTF_8)
            : new byte[0];
    if (!peer.isLoopbackAddress() || !MessageDigest.isEqual(token, given)) {
      ctx.status(403).result("forbidden: this channel takes the token of the local service file");
      ctx.skipRemainingHandlers();
    }
  }

  private Path requestDir(String id) {
    if (id == null || !REQUEST_ID.matcher(id).matches()) {
      throw new IllegalArgumentException("bad request id");
    }
    return uploads.resolve(id);
  }

  private void upload(Context ctx) throws IOException {
    Path dir = requestDir(ctx.queryParam("request"));
    Path target = dir.resolve(String.valueOf(ctx.queryParam("path"))).normalize();
    if (!target.startsWith(dir) || target.equals(dir)) {
      ctx.status(400).result("bad path");
      return;
    }
    Files.createDirectories(target.getParent());
    try (InputStream in = ctx.bodyInputStream()) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    ctx.status(204);
  }

  private void run(Context ctx) throws IOException {
    JsonNode body = JSON.readTree(ctx.bodyInputStream());
    Path dir = requestDir(body.path("request").asText(null));
    List<String> args = new ArrayList<>();
    for (JsonNode a : body.path("args")) {
      String s = a.asText();
      args.add(s.startsWith(UPLOAD) ? dir.resolve(s.substring(UPLOAD.length())).toString() : s);
    }
    String stdin = body.path("stdin").asText("");
    Map<String, String> names = new LinkedHashMap<>();
    body.path("names")
        .fields()
        .forEachRemaining(
            e -> names.put(dir.resolve(e.getKey()).toString(), e.getValue().asText()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit =
          runner.run(
              args, names, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), o, e);
    } finally {
      deleteTree(dir);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("exit", exit);
    answer.put("out", out.toString(StandardCharsets.UTF_8));
    answer.put("err", err.toString(StandardCharsets.UTF_8));
    answer.put("uploads", dir.toString());
    ctx.contentType("application/json").result(JSON.writeValueAsBytes(answer));
  }

  @Override
  public void close() {
    app.stop();
    try {
      deleteTree(uploads);
    } catch (IOException e) {
      LOG.warn("cannot remove the uploads folder {}: {}", uploads, e.getMessage());
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
