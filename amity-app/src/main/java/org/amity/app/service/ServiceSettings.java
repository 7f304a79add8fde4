package org.amity.app.service;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which jobs {@code amity serve} runs; every job is off unless asked for.
 *
 * @param landing the landing folder, or null
 * @param followGdelt whether to follow the GDELT 2.0 feed
 * @param gdeltFrom catch up the feed from this UTC time ({@code 2016-10-13T15:00} or a date), or
 *     null to start at the newest file
 * @param gdeltBaseUrl where the GDELT files and indexes are, or null for GDELT's own server
 * @param gdeltPollMinutes minutes between feed polls
 * @param watchEveryMinutes minutes between watches, or null to watch after each ingest
 * @param forecastEveryHours hours between forecast refreshes, or null for none
 */
public record ServiceSettings(
    Path landing,
    boolean followGdelt,
    String gdeltFrom,
    URI gdeltBaseUrl,
    double gdeltPollMinutes,
    Double watchEveryMinutes,
    Double forecastEveryHours) {

  /** The keys a {@code --config} file may hold. */
  public static final Set<String> KEYS =
      Set.of(
          "landing",
          "follow-gdelt",
          "from",
          "base-url",
          "poll-minutes",
          "watch-every",
          "forecast-every");

  public ServiceSettings {
    if (gdeltPollMinutes <= 0) {
      throw new IllegalArgumentException("poll-minutes must be more than 0");
    }
    if (watchEveryMinutes != null && watchEveryMinutes <= 0) {
      throw new IllegalArgumentException("--watch-every must be more than 0 minutes");
    }
    if (forecastEveryHours != null && forecastEveryHours <= 0) {
      throw new IllegalArgumentException("--forecast-every must be more than 0 hours");
    }
    if (!followGdelt && (gdeltFrom != null || gdeltBaseUrl != null)) {
      throw new IllegalArgumentException("--from and --base-url need --follow-gdelt");
    }
  }

  /** No job at all: the server alone. */
  public static ServiceSettings none() {
    return new ServiceSettings(null, false, null, null, 15, null, null);
  }

  /** Whether any job is asked for. */
  public boolean anyJob() {
    return landing != null
        || followGdelt
        || watchEveryMinutes != null
        || forecastEveryHours != null;
  }

  /**
   * Reads a config file: {@code key = value} lines ({@code #} starts a comment), keys as the
   * options without their dashes. Relative paths are taken from the file's folder. Unknown keys are
   * refused, so a misspelt job is never silently off.
   */
  public static ServiceSettings read(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
    unknown.removeAll(KEYS);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          file + ": unknown setting(s) " + unknown + "; known: " + new TreeSet<>(KEYS));
    }
    Path base = file.toAbsolutePath().getParent();
    String landing = value(p, "landing");
    String url = value(p, "base-url");
    return new ServiceSettings(
        landing == null ? null : base.resolve(landing),
        Boolean.parseBoolean(value(p, "follow-gdelt")),
        value(p, "from"),
        url == null ? null : URI.create(url),
        number(p, file, "poll-minutes", 15.0),
        number(p, file, "watch-every", null),
        number(p, file, "forecast-every", null));
  }

  /** These settings with the options given on the command line put over them. */
  public ServiceSettings overriddenBy(
      Path landing,
      Boolean followGdelt,
      String from,
      URI baseUrl,
      Double pollMinutes,
      Double watchEvery,
      Double forecastEvery) {
    return new ServiceSettings(
        landing != null ? landing : this.landing,
        followGdelt != null ? followGdelt : this.followGdelt,
        from != null ? from : this.gdeltFrom,
        baseUrl != null ? baseUrl : this.gdeltBaseUrl,
        pollMinutes != null ? pollMinutes : this.gdeltPollMinutes,
        watchEvery != null ? watchEvery : this.watchEveryMinutes,
        forecastEvery != null ? forecastEvery : this.forecastEveryHours);
  }

  private static String value(Properties p, String key) {
    String v = p.getProperty(key);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static Double number(Properties p, Path file, String key, Double otherwise) {
    String v = value(p, key);
    if (v == null) {
      return otherwise;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + ": " + key + " = " + v + " is not a number");
    }
  }
}
