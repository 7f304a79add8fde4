package org.amity.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * {@code OUT/_amity_job.json}: what ran on what, and whether it finished. Written "running" when
 * the job starts and "finished", with the committed row counts, when it ends; replaced atomically.
 */
final class JobManifest {
  static final String FILE = "_amity_job.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private JobManifest() {}

  static ObjectNode describe(JobOptions options, String status) throws IOException {
    ObjectNode m = JSON.createObjectNode();
    m.put("status", status);
    if (options.input() != null) {
      m.put("input", Path.of(options.input()).toAbsolutePath().toString());
    }
    if (options.kafka() != null) {
      ObjectNode k = m.putObject("kafka");
      k.put("bootstrap", options.kafka().bootstrap());
      k.put("topic", options.kafka().topic());
      k.put("group", options.kafka().group());
      k.put("from", options.kafka().from());
    }
    m.put("parallelism", options.parallelism());
    m.put("continuous", options.continuous());
    var watch = m.putArray("watchSet");
    options.watchSet().forEach(watch::add);
    m.put("detectorConfig", detectorConfig(options));
    if (options.officeHolders() != null) {
      m.put("officeHolders", options.officeHolders());
    }
    return m;
  }

  /** The job's sources in words, for its name: the input folder and the Kafka topic. */
  static String sources(JobOptions options) {
    List<String> s = new ArrayList<>();
    if (options.input() != null) {
      s.add(options.input());
    }
    if (options.kafka() != null) {
      s.add("kafka:" + options.kafka().topic());
    }
    return String.join(" + ", s);
  }

  static void write(Path out, ObjectNode manifest, Map<String, Long> counts) throws IOException {
    if (counts != null) {
      ObjectNode c = manifest.putObject("counts");
      counts.forEach(c::put);
      manifest.put("finished", Instant.now().toString());
    }
    Path tmp = out.resolve("." + FILE + ".tmp");
    JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), manifest);
    Files.move(tmp, out.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
  }

  /** "defaults", or the settings file's name and the start of its SHA-256. */
  private static String detectorConfig(JobOptions options) throws IOException {
    if (options.config() == null) {
      return "defaults";
    }
    Path p = Path.of(options.config());
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
      return p.getFileName() + " sha256:" + HexFormat.of().formatHex(hash).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JVM", e);
    }
  }

  static ObjectMapper json() {
    return JSON;
  }
}
