package org.amity.flink.signal;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.amity.flink.JobOptions;
import org.amity.pipeline.WatchJob;
import org.amity.signal.DetectionSpec;
import org.amity.signal.DetectorConfig;

/**
 * What the signal stages need from the job's options, in a form that travels with the job graph:
 * the watch set and the detector settings' text (read once on the client, so workers need no access
 * to the file).
 *
 * @param watchSet the watched countries, empty for the standard set
 * @param configText the detector settings file's text, null for the standard settings
 * @param configName the file's name, for error messages
 * @param continuous the job follows a live input: results per closed day; otherwise once, at the
 *     end of the input, as a full watch gives them
 */
public record WatchSettings(
    ArrayList<String> watchSet, String configText, String configName, boolean continuous)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Settings texts already parsed in this JVM (see {@link #config}). */
  private static final ConcurrentHashMap<String, DetectorConfig> PARSED = new ConcurrentHashMap<>();

  public static WatchSettings of(JobOptions options) {
    String text = null;
    if (options.config() != null) {
      try {
        text = Files.readString(Path.of(options.config()), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read detector config " + options.config(), e);
      }
      DetectorConfig.parse(text, options.config()); // fails here, on the client, when wrong
    }
    return new WatchSettings(
        new ArrayList<>(options.watchSet()), text, options.config(), options.continuous());
  }

  /** The watch's options: the standard ones, with this watch set when one is given. */
  public WatchJob.Options options() {
    WatchJob.Options standard = WatchJob.Options.standard();
    if (watchSet.isEmpty()) {
      return standard;
    }
    Set<String> watch = new TreeSet<>(watchSet);
    return new WatchJob.Options(standard.greatPowers(), watch, standard.region());
  }

  /**
   * The detector settings, parsed once per text in a JVM: the stages ask for them per alert, and
   * the settings are immutable. A job carries one text, so the cache holds one entry or two.
   */
  public DetectorConfig config() {
    return configText == null
        ? DetectorConfig.standard()
        : PARSED.computeIfAbsent(configText, t -> DetectorConfig.parse(t, configName));
  }

  /**
   * When a stage that received something at {@code watermark} should act on it: in continuous mode
   * once the watermark has passed {@code closes}, else at the end of the input (the last
   * watermark).
   */
  public long due(long closes, long watermark) {
    return continuous ? Math.max(closes, watermark + 1) : Long.MAX_VALUE;
  }

  /** The spec the alerts of indicator {@code name} are stored under (a spec's, or a pool's). */
  public DetectionSpec spec(String name) {
    return config()
        .alertSpec(name)
        .orElseThrow(() -> new IllegalArgumentException("no detector spec " + name));
  }

  /**
   * How many days of reports the evidence stages keep behind the watermark in continuous mode: the
   * longest an alert can look back before it turns protracted, over every spec (its rolling sum,
   * its protraction and cooldown periods, at most 31 days a period), plus a week for late reports.
   * An alert that stays open (protracted) for longer loses the evidence of its earliest days.
   */
  public int evidenceDays() {
    int days = 0;
    for (DetectionSpec s : config().specs()) {
      int periodDays =
          switch (s.resolution()) {
            case DAY -> 1;
            case WEEK -> 7;
            case MONTH -> 31;
          };
      int periods = s.rollingPeriods() + s.settings().protractAfter() + s.settings().cooldown();
      days = Math.max(days, periods * periodDays);
    }
    return days + 7;
  }

  /**
   * The indicators that raise alerts, in the order the embedded watch stores their alerts: the
   * detector specs in configuration order, then the pooled lenses in theirs.
   */
  public List<String> alertOrder() {
    DetectorConfig c = config();
    List<String> out = new ArrayList<>();
    c.specs().forEach(s -> out.add(s.name()));
    c.pools().forEach(p -> out.add(p.name()));
    return out;
  }
}
