package org.amity.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amity.app.Main;
import org.amity.app.remote.ServiceFile;

/** {@code amity serve} in a process of its own, as a user starts it; stopped or killed by tests. */
final class ServiceProcess implements AutoCloseable {
  private static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)");

  private final Process process;
  private final Path db;
  private final URI web;
  private final List<String> output = new ArrayList<>();

  private ServiceProcess(Process process, Path db, URI web) {
    this.process = process;
    this.db = db;
    this.web = web;
  }

  /** Starts {@code amity serve --db DB --port 0 EXTRA...} and waits for its service file. */
  static ServiceProcess start(Path db, String... extra) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.add("serve");
    cmd.add("--db");
    cmd.add(db.toString());
    cmd.add("--port");
    cmd.add("0");
    cmd.addAll(List.of(extra));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    URI web = null;
    List<String> seen = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    String line;
    while (web == null && (line = out.readLine()) != null) {
      seen.add(line);
      Matcher m = URL.matcher(line);
      if (line.startsWith("Amity dashboard") && m.find()) {
        web = URI.create(m.group(1));
      }
      if (System.nanoTime() > deadline) {
        break;
      }
    }
    if (web == null) {
      p.destroyForcibly();
      throw new IllegalStateException("the service did not start: " + String.join("\n", seen));
    }
    Thread drain =
        new Thread(
            () -> {
              try {
                while (out.readLine() != null) {
                  // keep the pipe empty so the service never blocks on its output
                }
              } catch (IOException e) {
                // the process ended
              }
            });
    drain.setDaemon(true);
    drain.start();
    ServiceProcess s = new ServiceProcess(p, db, web);
    s.output.addAll(seen);
    while (ServiceFile.read(ServiceFile.beside(db)).isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no service file beside " + db);
      }
      Thread.sleep(50);
    }
    return s;
  }

  URI web() {
    return web;
  }

  Process process() {
    return process;
  }

  /** The body of GET {@code path} on the web server. */
  String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(web.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    return r.body();
  }

  /** Stops the service as Ctrl-C does and waits for it. */
  void stop() throws InterruptedException {
    process.destroy();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** Kills the service as {@code kill -9} does. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  boolean serviceFileExists() {
    return Files.exists(ServiceFile.beside(db));
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
