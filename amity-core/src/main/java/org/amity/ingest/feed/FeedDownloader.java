package org.amity.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Fetches GDELT files over HTTP with retries and exponential backoff. An archive is written to a
 * {@code .part} file and moved into the cache only once its size and MD5 match the index, so an
 * interrupted download never leaves a file that looks complete.
 */
public final class FeedDownloader {
  /** The server has no such file (HTTP 404): GDELT leaves some 15-minute slots empty. */
  public static final class Missing extends IOException {
    private static final long serialVersionUID = 1L;

    public Missing(String message) {
      super(message);
    }
  }

  private final HttpClient http;
  private final URI base;
  private final int attempts;
  private final Duration firstBackoff;

  /**
   * @param base where the files are, e.g. {@code http://data.gdeltproject.org/gdeltv2/}
   * @param attempts tries per file (at least 1)
   * @param firstBackoff wait after the first failure; doubled after each further one
   */
  public FeedDownloader(URI base, int attempts, Duration firstBackoff) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1");
    }
    String b = base.toString();
    this.base = URI.create(b.endsWith("/") ? b : b + "/");
    this.attempts = attempts;
    this.firstBackoff = firstBackoff;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** Downloads a small text file (an index) from the base URL. */
  public String text(String name) throws IOException {
    return withRetries(
        name,
        () -> {
          HttpResponse<String> r =
              http.send(request(name), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
          check(name, r.statusCode());
          return r.body();
        });
  }

  /**
   * Makes sure the archive is in {@code cacheDir}, verified; downloads it if it is not. Returns its
   * path.
   */
  public Path fetch(FeedEntry entry, Path cacheDir) throws IOException {
    Files.createDirectories(cacheDir);
    Path target = cacheDir.resolve(entry.fileName());
    if (Files.exists(target) && verify(entry, target) == null) {
      return target;
    }
    Path part = cacheDir.resolve(entry.fileName() + ".part");
    return withRetries(
        entry.fileName(),
        () -> {
          HttpResponse<InputStream> r =
              http.send(request(entry.fileName()), HttpResponse.BodyHandlers.ofInputStream());
          try (InputStream in = r.body()) {
            check(entry.fileName(), r.statusCode());
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
          }
          String problem = verify(entry, part);
          if (problem != null) {
            Files.deleteIfExists(part);
            throw new IOException(problem);
          }
          Files.move(
              part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          return target;
        });
  }

  /** Null when the file matches the index, else what is wrong. */
  static String verify(FeedEntry entry, Path file) throws IOException {
    long size = Files.size(file);
    if (entry.sizeBytes() >= 0 && size != entry.sizeBytes()) {
      return entry.fileName() + ": size " + size + " but the index says " + entry.sizeBytes();
    }
    if (entry.md5() != null) {
      String md5 = md5(file);
      if (!md5.equals(entry.md5())) {
        return entry.fileName() + ": MD5 " + md5 + " but the index says " + entry.md5();
      }
    }
    return null;
  }

  static String md5(Path file) throws IOException {
    try (DigestInputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("MD5"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(in.getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 missing from the JVM", e);
    }
  }

  private HttpRequest request(String name) {
    return HttpRequest.newBuilder(base.resolve(name)).timeout(Duration.ofMinutes(2)).GET().build();
  }

  private static void check(String name, int status) throws IOException {
    if (status == 404) {
      throw new Missing(name + ": not on the server (HTTP 404)");
    }
    if (status / 100 != 2) {
      throw new IOException(name + ": HTTP " + status);
    }
  }

  private interface Attempt<T> {
    T run() throws IOException, InterruptedException;
  }

  private <T> T withRetries(String what, Attempt<T> attempt) throws IOException {
    IOException last = null;
    Duration wait = firstBackoff;
    for (int i = 1; i <= attempts; i++) {
      try {
        return attempt.run();
      } catch (Missing e) {
        throw e; // a missing file will not appear by asking again
      } catch (IOException e) {
        last = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(what + ": interrupted", e);
      }
      if (i < attempts) {
        try {
          Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException(what + ": interrupted", e);
        }
        wait = wait.multipliedBy(2);
      }
    }
    throw new IOException(
        what + ": failed after " + attempts + " attempts: " + last.getMessage(), last);
  }
}
