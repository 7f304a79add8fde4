package org.amity.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.amity.ingest.feed.FeedDownloader;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live feed against a local HTTP server on 127.0.0.1 serving a real GDELT 2.0 export (zipped as
 * GDELT does) with an index that lists it, a slot the server does not have, and a slot whose
 * archive does not match its checksum.
 */
class GdeltFeedJobTest {
  @TempDir Path dir;
  private HttpServer server;
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private DuckDbEventStore store;

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        ex -> {
          String name = ex.getRequestURI().getPath().substring(1);
          hits.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
          byte[] body = files.get(name);
          if (body == null) {
            ex.sendResponseHeaders(404, -1);
          } else {
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
              o.write(body);
            }
          }
          ex.close();
        });
    server.start();
    store = DuckDbEventStore.open(dir.resolve("amity.duckdb"));
  }

  @AfterEach
  void stop() {
    server.stop(0);
    store.close();
  }

  private static byte[] zip(String entry, byte[] content) throws IOException {
    var bytes = new java.io.ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      z.putNextEntry(new ZipEntry(entry));
      z.write(content);
      z.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static String md5(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(b));
  }

  private GdeltFeedJob job(Path cache) {
    return job(cache, null);
  }

  private GdeltFeedJob job(Path cache, GdeltFeedJob.Listener listener) {
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/gdeltv2/");
    FeedDownloader d = new FeedDownloader(base, 3, Duration.ofMillis(10));
    return new GdeltFeedJob(d, cache, new IngestPipeline(store, null, null), store, listener);
  }

  private void publish() throws Exception {
    byte[] csv = Files.readAllBytes(TestData.file("gdelt/events/20161013151500.export.CSV"));
    byte[] good = zip("20161013151500.export.CSV", csv);
    files.put("gdeltv2/20161013151500.export.CSV.zip", good);
    byte[] corrupt = zip("20161013154500.export.CSV", "garbage".getBytes(StandardCharsets.UTF_8));
    files.put("gdeltv2/20161013154500.export.CSV.zip", corrupt);
    String host = "http://data.gdeltproject.org/gdeltv2/";
    String master =
        good.length
            + " "
            + md5(good)
            + " "
            + host
            + "20161013151500.export.CSV.zip\n"
            + "999 0123456789abcdef0123456789abcdef "
            + host
            + "20161013151500.mentions.CSV.zip\n"
            + "123 00000000000000000000000000000000 "
            + host
            + "20161013153000.export.CSV.zip\n"
            + corrupt.length
            + " ffffffffffffffffffffffffffffffff "
            + host
            + "20161013154500.export.CSV.zip\n"
            + "a broken line\n";
    files.put("gdeltv2/masterfilelist.txt", master.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void downloadsVerifiesAndIngestsArchivesInARange() throws Exception {
    publish();
    GdeltFeedJob.Report r =
        job(dir.resolve("cache"))
            .catchUp(LocalDateTime.of(2016, 10, 13, 15, 0), LocalDateTime.of(2016, 10, 13, 16, 0));

    assertThat(r.listed()).isEqualTo(3);
    assertThat(r.missing()).isEqualTo(1);
    assertThat(r.failed()).as("the archive whose MD5 does not match").isEqualTo(1);
    assertThat(hits.get("gdeltv2/20161013154500.export.CSV.zip").get()).as("retried").isEqualTo(3);
    assertThat(store.stats().events()).isEqualTo(3_566);
    assertThat(Files.list(dir.resolve("cache")).map(p -> p.getFileName().toString()))
        .containsExactly("20161013151500.export.CSV.zip");
  }

  @Test
  void aMalformedIndexLineIsToldNotDropped() throws Exception {
    publish();
    String master = new String(files.get("gdeltv2/masterfilelist.txt"), StandardCharsets.UTF_8);
    files.put(
        "gdeltv2/masterfilelist.txt",
        (master + "4711 cut-short\n").getBytes(StandardCharsets.UTF_8));
    java.util.List<String> heard = new java.util.ArrayList<>();
    GdeltFeedJob.Listener listener =
        new GdeltFeedJob.Listener() {
          @Override
          public void archiveDone(org.amity.ingest.feed.FeedEntry entry, String outcome) {
            if (entry == null) {
              heard.add(outcome);
            }
          }
        };
    job(dir.resolve("cache"), listener)
        .catchUp(LocalDateTime.of(2016, 10, 13, 15, 0), LocalDateTime.of(2016, 10, 13, 15, 15));
    assertThat(heard)
        .containsExactly("masterfilelist.txt: 1 malformed line(s) skipped (not size, md5 and url)");
  }

  @Test
  void resumesWithoutFetchingOrStoringAnythingTwice() throws Exception {
    publish();
    Path cache = dir.resolve("cache");
    LocalDateTime from = LocalDateTime.of(2016, 10, 13, 15, 0);
    LocalDateTime to = LocalDateTime.of(2016, 10, 13, 15, 15);
    job(cache).catchUp(from, to);
    int downloads = hits.get("gdeltv2/20161013151500.export.CSV.zip").get();

    GdeltFeedJob.Report again = job(cache).catchUp(from, to);

    assertThat(again.alreadyIngested()).isEqualTo(1);
    assertThat(again.results()).isEmpty();
    assertThat(hits.get("gdeltv2/20161013151500.export.CSV.zip").get()).isEqualTo(downloads);
    assertThat(store.stats().events()).isEqualTo(3_566);
  }

  @Test
  void followingPicksUpWhatTheLastUpdateListAnnounces() throws Exception {
    publish();
    byte[] master = files.get("gdeltv2/masterfilelist.txt");
    String first = new String(master, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
    files.put("gdeltv2/lastupdate.txt", (first + "\n").getBytes(StandardCharsets.UTF_8));
    AtomicInteger polls = new AtomicInteger();

    GdeltFeedJob.Report r =
        job(dir.resolve("cache"))
            .follow(null, Duration.ofMillis(10), () -> polls.getAndIncrement() < 3);

    assertThat(r.results()).hasSize(1);
    assertThat(r.alreadyIngested()).isGreaterThanOrEqualTo(1);
    assertThat(store.stats().events()).isEqualTo(3_566);
  }
}
