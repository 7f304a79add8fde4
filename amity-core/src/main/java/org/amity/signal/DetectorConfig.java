package org.amity.signal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The detectors to run, read from a commented properties file (the default ships as {@code
 * org/amity/signal/detectors.properties}): profiles ({@code profile.*}), the specs that score one
 * subject's series each ({@code spec.*}), and the lenses that pool two specs' daily scores ({@code
 * pool.*}, {@link PooledLens}). A profile may start from another's keys ({@code profile.NAME.from})
 * and set only those that differ. Validated completely before use: a missing, unknown or malformed
 * key is an error naming the key.
 */
public final class DetectorConfig {
  static final String DEFAULT = "/org/amity/signal/detectors.properties";

  /** The keys every profile must set. */
  private static final List<String> REQUIRED_PROFILE_KEYS =
      List.of(
          "window",
          "guard",
          "minHistory",
          "minPeriodVolume",
          "minExcess",
          "zWarning",
          "zAlert",
          "cusumAllowance",
          "cusumCap",
          "cusumWatch",
          "cusumWarning",
          "cusumAlert",
          "cooldown");

  /** The keys a profile may leave out (their defaults stand). */
  private static final List<String> OPTIONAL_PROFILE_KEYS =
      List.of(
          "protractAfter",
          "exactTail",
          "cusum",
          "spreadFromDays",
          "predictiveTail",
          "cusumBaselineError",
          "shareShrinkage",
          "medianDispersion",
          "dispersionBeforeBaseline",
          "countConfirms",
          "trimmedLevel",
          "blockDispersion",
          "lowerDispersion",
          "reflagToLastHigh");

  /** The key naming the profile a profile starts from ({@link #inherit}). */
  private static final String FROM = "from";

  private static final List<String> PROFILE_KEYS =
      java.util.stream.Stream.of(REQUIRED_PROFILE_KEYS, OPTIONAL_PROFILE_KEYS, List.of(FROM))
          .flatMap(List::stream)
          .toList();

  private static final List<String> CUSUM_KEYS =
      List.of("cusumAllowance", "cusumCap", "cusumWatch", "cusumWarning", "cusumAlert");
  private static final List<String> REQUIRED_SPEC_KEYS =
      List.of("scope", "resolution", "source", "numerator", "denominator", "minVolume", "profile");
  private static final List<String> OPTIONAL_SPEC_KEYS =
      List.of(
          "rolling",
          "direction",
          "limitsScale",
          "thinBelow",
          "thinLimitsScale",
          "label",
          "subjects");
  private static final List<String> SPEC_KEYS =
      java.util.stream.Stream.concat(REQUIRED_SPEC_KEYS.stream(), OPTIONAL_SPEC_KEYS.stream())
          .toList();

  private static final List<String> POOL_KEYS =
      List.of("area", "dyad", "limit", "allowance", "cap", "ceiling", "correlation");

  /** The keys a pool may set beyond {@link #POOL_KEYS}, which it must. */
  private static final List<String> OPTIONAL_POOL_KEYS = List.of("label");

  private static final List<String> ALL_POOL_KEYS =
      java.util.stream.Stream.concat(POOL_KEYS.stream(), OPTIONAL_POOL_KEYS.stream()).toList();

  private final List<DetectionSpec> specs;
  private final Map<String, String> sources;
  private final List<PooledLens> pools;
  private final Map<String, String> labels;

  private DetectorConfig(
      List<DetectionSpec> specs,
      Map<String, String> sources,
      List<PooledLens> pools,
      Map<String, String> labels) {
    this.specs = List.copyOf(specs);
    this.sources = Map.copyOf(sources);
    this.pools = List.copyOf(pools);
    this.labels = Map.copyOf(labels);
  }

  /** The shipped settings, parsed once (a config is immutable, so one instance serves all). */
  public static DetectorConfig standard() {
    return Standard.CONFIG;
  }

  /** Holds the shipped settings, parsed on first use. */
  private static final class Standard {
    static final DetectorConfig CONFIG = readStandard();
  }

  private static DetectorConfig readStandard() {
    try (InputStream in = DetectorConfig.class.getResourceAsStream(DEFAULT)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULT);
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static DetectorConfig load(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read detector config " + file + ": " + e.getMessage());
    }
  }

  /**
   * A configuration from the text of a properties file (a job that ships its settings to workers
   * carries the text, not a path).
   *
   * @param name how errors name the source
   */
  public static DetectorConfig parse(String text, String name) {
    try {
      return parse(new java.io.StringReader(text), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DetectorConfig parse(Reader reader, String name) throws IOException {
    Properties p = new Properties();
    p.load(reader);
    Map<String, Map<String, String>> profiles = new TreeMap<>();
    Map<String, Map<String, String>> specs = new TreeMap<>();
    Map<String, Map<String, String>> poolKeys = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      String[] parts = key.split("\\.");
      if (parts.length != 3 || !List.of("profile", "spec", "pool").contains(parts[0])) {
        throw new IllegalArgumentException(name + ": unknown key '" + key + "'");
      }
      Map<String, Map<String, String>> target =
          switch (parts[0]) {
            case "profile" -> profiles;
            case "spec" -> specs;
            default -> poolKeys;
          };
      List<String> allowed =
          switch (parts[0]) {
            case "profile" -> PROFILE_KEYS;
            case "spec" -> SPEC_KEYS;
            default -> ALL_POOL_KEYS;
          };
      if (!allowed.contains(parts[2])) {
        throw new IllegalArgumentException(name + ": unknown key '" + key + "'");
      }
      target
          .computeIfAbsent(parts[1], k -> new TreeMap<>())
          .put(parts[2], p.getProperty(key).trim());
    }
    Map<String, Map<String, String>> inherited = new java.util.LinkedHashMap<>();
    for (String profile : profiles.keySet()) {
      inherit(name, profile, profiles, inherited, new ArrayList<>());
    }
    Map<String, DetectorSettings> settings = new TreeMap<>();
    for (var e : inherited.entrySet()) {
      settings.put(e.getKey(), settings(name, e.getKey(), e.getValue()));
    }
    List<DetectionSpec> out = new ArrayList<>();
    Map<String, String> sources = new TreeMap<>();
    Map<String, String> labels = new TreeMap<>();
    for (var e : specs.entrySet()) {
      String spec = e.getKey();
      Map<String, String> v = e.getValue();
      label(name, "spec." + spec, v).ifPresent(l -> labels.put(spec, l));
      require(name, "spec." + spec, v, REQUIRED_SPEC_KEYS);
      DetectorSettings s = settings.get(v.get("profile"));
      if (s == null) {
        throw new IllegalArgumentException(
            name + ": spec." + spec + ".profile names unknown profile '" + v.get("profile") + "'");
      }
      String source = v.get("source");
      if (!source.equals("events") && !source.equals("import")) {
        throw new IllegalArgumentException(
            name + ": spec." + spec + ".source must be events or import");
      }
      String den = v.get("denominator");
      coveredByMembers(name, spec, v);
      double scale =
          positive(name, "spec." + spec + ".limitsScale", v.getOrDefault("limitsScale", "1"));
      out.add(
          new DetectionSpec(
              spec,
              Scope.parse(v.get("scope")),
              Resolution.parse(v.get("resolution")),
              v.get("numerator"),
              den.equals("none") ? null : den,
              number(name, "spec." + spec + ".minVolume", v.get("minVolume")),
              (int) number(name, "spec." + spec + ".rolling", v.getOrDefault("rolling", "1")),
              directed(name, spec, v.getOrDefault("direction", "combined")),
              scale == 1 ? s : s.withLimitsScaled(scale),
              subjects(name, spec, v.get("subjects")),
              thin(name, spec, v, s)));
      sources.put(spec, source);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(name + ": no spec defined");
    }
    List<PooledLens> pools = new ArrayList<>();
    for (var e : poolKeys.entrySet()) {
      pools.add(parsePool(name, e.getKey(), e.getValue(), out, sources));
      label(name, "pool." + e.getKey(), e.getValue()).ifPresent(l -> labels.put(e.getKey(), l));
    }
    return new DetectorConfig(out, sources, pools, labels);
  }

  /**
   * Refuses a spec of the region scope that counts what only some sources give ({@link
   * CoverageMembers#COVERED_BY}, the dead): the ASEAN region is covered only where one of its
   * member countries is ({@link CoverageMembers}, audit4 H3), which can leave holes of years inside
   * its series, while the detectors of the three engines read a subject's series alone (the Flink
   * job keys its scorer by subject), from its own first to last covered period with every period
   * between scored: they would score those holes as periods of no dead. None of the shipped specs
   * is one.
   */
  private static void coveredByMembers(String file, String spec, Map<String, String> v) {
    Scope scope = Scope.parse(v.get("scope"));
    if (scope != Scope.REGION) {
      return;
    }
    for (String col : v.get("numerator").split("\\+")) {
      if (CoverageMembers.COVERED_BY.containsKey(col.trim())) {
        throw new IllegalArgumentException(
            file
                + ": spec."
                + spec
                + " counts "
                + col.trim()
                + " for the "
                + scope.key()
                + " scope, which the detectors do not read: a region is covered for it"
                + " only where one of its member countries is, and the detectors read a subject"
                + " without its members (use the country or conflict-area scope)");
      }
    }
  }

  /**
   * A spec's limits for thin periods ({@code thinBelow}, {@code thinLimitsScale}: both or neither),
   * or null when it sets neither.
   */
  private static ThinLimits thin(
      String file, String spec, Map<String, String> v, DetectorSettings profile) {
    String below = v.get("thinBelow");
    String scale = v.get("thinLimitsScale");
    if (below == null && scale == null) {
      return null;
    }
    String prefix = file + ": spec." + spec + ".";
    if (below == null || scale == null) {
      throw new IllegalArgumentException(
          prefix
              + (below == null ? "thinBelow" : "thinLimitsScale")
              + " is missing: thinBelow and thinLimitsScale go together");
    }
    double b = positive(file, "spec." + spec + ".thinBelow", below);
    double f = positive(file, "spec." + spec + ".thinLimitsScale", scale);
    return new ThinLimits(b, f == 1 ? profile : profile.withLimitsScaled(f));
  }

  /** A key's number, which must be positive and finite. */
  private static double positive(String file, String key, String text) {
    double x = number(file, key, text);
    if (!(x > 0) || !Double.isFinite(x)) {
      throw new IllegalArgumentException(file + ": " + key + " must be a positive finite number");
    }
    return x;
  }

  /** A spec's or pool's label, if set; an empty one is an error. */
  private static java.util.Optional<String> label(
      String file, String prefix, Map<String, String> v) {
    String l = v.get("label");
    if (l != null && l.isBlank()) {
      throw new IllegalArgumentException(file + ": " + prefix + ".label is empty");
    }
    return java.util.Optional.ofNullable(l);
  }

  private static PooledLens parsePool(
      String file,
      String pool,
      Map<String, String> v,
      List<DetectionSpec> specs,
      Map<String, String> sources) {
    String prefix = "pool." + pool;
    require(file, prefix, v, POOL_KEYS);
    if (sources.containsKey(pool)) {
      throw new IllegalArgumentException(
          file + ": " + prefix + " has the name of a spec; a pool needs a name of its own");
    }
    lens(file, prefix + ".area", v.get("area"), Scope.AREA, specs, sources);
    DetectionSpec dyad = lens(file, prefix + ".dyad", v.get("dyad"), Scope.DYAD, specs, sources);
    if (dyad.directed()) {
      throw new IllegalArgumentException(
          file + ": " + prefix + ".dyad must name a spec over combined dyads");
    }
    try {
      return new PooledLens(
          pool,
          v.get("area"),
          v.get("dyad"),
          number(file, prefix + ".limit", v.get("limit")),
          number(file, prefix + ".allowance", v.get("allowance")),
          number(file, prefix + ".cap", v.get("cap")),
          number(file, prefix + ".ceiling", v.get("ceiling")),
          number(file, prefix + ".correlation", v.get("correlation")));
    } catch (IllegalArgumentException e) {
      throw located(file, prefix, e);
    }
  }

  /** The spec a pool names as one of its lenses: daily, of the given scope, read from events. */
  private static DetectionSpec lens(
      String file,
      String key,
      String name,
      Scope scope,
      List<DetectionSpec> specs,
      Map<String, String> sources) {
    DetectionSpec s =
        specs.stream()
            .filter(x -> x.name().equals(name))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        file + ": " + key + " names no spec '" + name + "'"));
    if (s.scope() != scope
        || s.resolution() != Resolution.DAY
        || !sources.get(name).equals("events")) {
      throw new IllegalArgumentException(
          file
              + ": "
              + key
              + " must name a daily spec of scope "
              + scope.key()
              + " read from events, not '"
              + name
              + "'");
    }
    return s;
  }

  /** A spec's subjects list (comma-separated names), empty when the key is absent. */
  private static java.util.Set<String> subjects(String file, String spec, String list) {
    if (list == null) {
      return java.util.Set.of();
    }
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (String name : list.split(",", -1)) {
      String n = name.strip();
      if (n.isEmpty()) {
        throw new IllegalArgumentException(
            file + ": spec." + spec + ".subjects has an empty name: '" + list + "'");
      }
      out.add(n);
    }
    return out;
  }

  private static boolean directed(String file, String spec, String direction) {
    return switch (direction) {
      case "combined" -> false;
      case "directed" -> true;
      default ->
          throw new IllegalArgumentException(
              file + ": spec." + spec + ".direction must be combined or directed");
    };
  }

  /**
   * A profile's keys as written, after its {@code from}: the keys of the profile it names (after
   * that one's own {@code from}, so chains work), then its own over them. A profile that sets
   * {@code cusum = false} takes none of its parent's CUSUM limits (they would be an error on it);
   * one that turns a CUSUM back on sets them itself. Naming an unknown profile, the profile itself,
   * or a cycle is an error. Each profile is added to {@code done} after its parent, so a parent's
   * own errors are reported before its children's.
   *
   * @param path the profiles whose {@code from} led here, to name a cycle
   */
  private static Map<String, String> inherit(
      String file,
      String profile,
      Map<String, Map<String, String>> written,
      Map<String, Map<String, String>> done,
      List<String> path) {
    Map<String, String> out = done.get(profile);
    if (out != null) {
      return out;
    }
    Map<String, String> own = new TreeMap<>(written.get(profile));
    String parent = own.remove(FROM);
    out = new TreeMap<>();
    if (parent != null) {
      String key = "profile." + profile + "." + FROM;
      if (parent.isEmpty()) {
        throw new IllegalArgumentException(file + ": " + key + " is empty");
      }
      if (parent.equals(profile)) {
        throw new IllegalArgumentException(file + ": " + key + " names the profile itself");
      }
      if (!written.containsKey(parent)) {
        throw new IllegalArgumentException(
            file + ": " + key + " names unknown profile '" + parent + "'");
      }
      path.add(profile);
      if (path.contains(parent)) {
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(parent), path.size()));
        cycle.add(parent);
        throw new IllegalArgumentException(
            file + ": profile." + parent + ".from makes a cycle: " + String.join(" from ", cycle));
      }
      out.putAll(inherit(file, parent, written, done, path));
      path.remove(path.size() - 1);
      if ("false".equals(own.get("cusum"))) {
        CUSUM_KEYS.forEach(out::remove);
      }
    }
    out.putAll(own);
    done.put(profile, out);
    return out;
  }

  private static DetectorSettings settings(String file, String profile, Map<String, String> v) {
    String prefix = "profile." + profile;
    boolean cusum = bool(file, prefix + ".cusum", v.getOrDefault("cusum", "true"));
    require(
        file,
        prefix,
        v,
        REQUIRED_PROFILE_KEYS.stream().filter(k -> cusum || !CUSUM_KEYS.contains(k)).toList());
    if (!cusum) {
      // without a CUSUM its limits mean nothing: setting one is a mistake; valid values stand in
      v = new TreeMap<>(v);
      for (String k : CUSUM_KEYS) {
        if (v.containsKey(k)) {
          throw new IllegalArgumentException(
              file + ": " + prefix + "." + k + " is set but " + prefix + ".cusum is false");
        }
        v.put(k, k.equals("cusumAllowance") ? "0" : "1");
      }
    }
    try {
      return new DetectorSettings(
          (int) number(file, prefix + ".window", v.get("window")),
          (int) number(file, prefix + ".guard", v.get("guard")),
          (int) number(file, prefix + ".minHistory", v.get("minHistory")),
          number(file, prefix + ".minPeriodVolume", v.get("minPeriodVolume")),
          number(file, prefix + ".minExcess", v.get("minExcess")),
          number(file, prefix + ".zWarning", v.get("zWarning")),
          number(file, prefix + ".zAlert", v.get("zAlert")),
          number(file, prefix + ".cusumAllowance", v.get("cusumAllowance")),
          number(file, prefix + ".cusumCap", v.get("cusumCap")),
          number(file, prefix + ".cusumWatch", v.get("cusumWatch")),
          number(file, prefix + ".cusumWarning", v.get("cusumWarning")),
          number(file, prefix + ".cusumAlert", v.get("cusumAlert")),
          (int) number(file, prefix + ".cooldown", v.get("cooldown")),
          (int) number(file, prefix + ".protractAfter", v.getOrDefault("protractAfter", "0")),
          bool(file, prefix + ".exactTail", v.getOrDefault("exactTail", "false")),
          cusum,
          bool(file, prefix + ".spreadFromDays", v.getOrDefault("spreadFromDays", "false")),
          bool(file, prefix + ".predictiveTail", v.getOrDefault("predictiveTail", "false")),
          bool(file, prefix + ".cusumBaselineError", v.getOrDefault("cusumBaselineError", "false")),
          bool(file, prefix + ".shareShrinkage", v.getOrDefault("shareShrinkage", "false")),
          bool(file, prefix + ".medianDispersion", v.getOrDefault("medianDispersion", "false")),
          bool(
              file,
              prefix + ".dispersionBeforeBaseline",
              v.getOrDefault("dispersionBeforeBaseline", "false")),
          number(
              file,
              prefix + ".countConfirms",
              v.getOrDefault(
                  "countConfirms", String.valueOf(DetectorSettings.DEFAULT_COUNT_CONFIRMS))),
          bool(file, prefix + ".trimmedLevel", v.getOrDefault("trimmedLevel", "false")),
          bool(file, prefix + ".blockDispersion", v.getOrDefault("blockDispersion", "false")),
          bool(file, prefix + ".lowerDispersion", v.getOrDefault("lowerDispersion", "false")),
          bool(file, prefix + ".reflagToLastHigh", v.getOrDefault("reflagToLastHigh", "false")));
    } catch (IllegalArgumentException e) {
      throw located(file, prefix, e);
    }
  }

  /**
   * An error from reading a profile's or pool's keys, named once: the readers of single keys
   * already name the file and the key, while a record's own checks name neither.
   */
  private static IllegalArgumentException located(
      String file, String prefix, IllegalArgumentException e) {
    return e.getMessage().startsWith(file)
        ? e
        : new IllegalArgumentException(file + ": " + prefix + ": " + e.getMessage());
  }

  private static void require(
      String file, String prefix, Map<String, String> v, List<String> keys) {
    for (String k : keys) {
      if (!v.containsKey(k) || v.get(k).isEmpty()) {
        throw new IllegalArgumentException(file + ": missing " + prefix + "." + k);
      }
    }
  }

  private static boolean bool(String file, String key, String value) {
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalArgumentException(
              file + ": " + key + " must be true or false, not '" + value + "'");
    };
  }

  private static double number(String file, String key, String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + ": " + key + " is not a number: '" + value + "'");
    }
  }

  public List<DetectionSpec> specs() {
    return specs;
  }

  /** The lenses that pool two specs' scores (section {@code pool.*}), in name order. */
  public List<PooledLens> pools() {
    return pools;
  }

  /** The names of the specs a pooled lens reads: their scores are kept for the pools. */
  public java.util.Set<String> pooledLenses() {
    java.util.Set<String> out = new java.util.HashSet<>();
    pools.forEach(p -> out.addAll(List.of(p.areaLens(), p.dyadLens())));
    return out;
  }

  /** The spec of this name, if there is one. */
  public java.util.Optional<DetectionSpec> spec(String name) {
    return specs.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** The pool of this name, if there is one. */
  public java.util.Optional<PooledLens> pool(String name) {
    return pools.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * The spec an indicator's alerts are stored and drawn under: a spec's own, or for a pool the spec
   * it builds from its area lens ({@link PooledLens#spec}).
   */
  public java.util.Optional<DetectionSpec> alertSpec(String indicator) {
    java.util.Optional<DetectionSpec> s = spec(indicator);
    if (s.isPresent()) {
      return s;
    }
    return pool(indicator).map(p -> p.spec(spec(p.areaLens()).orElseThrow()));
  }

  /**
   * What an indicator measures, in words for readers (its {@code label}); the indicator's name when
   * it has none.
   */
  public String words(String indicator) {
    return labels.getOrDefault(indicator, indicator);
  }

  /** Whether the indicator has a label of its own. */
  public boolean labelled(String indicator) {
    return labels.containsKey(indicator);
  }

  /** The names of every indicator that raises alerts: the specs' and the pools'. */
  public java.util.Set<String> indicators() {
    java.util.Set<String> out = new java.util.TreeSet<>();
    specs.forEach(s -> out.add(s.name()));
    pools.forEach(p -> out.add(p.name()));
    return out;
  }

  /**
   * Whether the conflict areas on land get series: when a spec watches scope theatre (none of the
   * shipped ones does, so they are off by default).
   */
  public boolean theatres() {
    return specs.stream().anyMatch(s -> s.scope() == Scope.THEATRE);
  }

  /** "events" or "import": which series a spec reads. */
  public String source(DetectionSpec spec) {
    return sources.get(spec.name());
  }
}
