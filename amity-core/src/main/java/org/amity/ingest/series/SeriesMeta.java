package org.amity.ingest.series;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.amity.event.SeaArea;

/**
 * What an imported aggregate series is about, as declared by whoever imports it: counts carry no
 * events, so the domain (sea or land), the sea area and the themes cannot be read from evidence and
 * are declared with the import ({@code amity ingest series --area south-china-sea}) or in a sidecar
 * file next to the data ({@code FILE.meta.properties} with keys {@code domain}, {@code area},
 * {@code themes}). A declared sea area implies the maritime domain.
 *
 * @param domain "maritime" or "land", null when not declared
 * @param area a {@link SeaArea} name, null when none
 * @param themes theme ids of the knowledge base (territory, piracy...), maybe empty
 */
public record SeriesMeta(String domain, String area, List<String> themes) {
  /** Nothing declared. */
  public static final SeriesMeta NONE = new SeriesMeta(null, null, List.of());

  private static final Set<String> DOMAINS = Set.of("maritime", "land");

  /**
   * The suffix of a sidecar file: {@code data.csv} is described by {@code
   * data.csv.meta.properties}.
   */
  public static final String SIDECAR_SUFFIX = ".meta.properties";

  public SeriesMeta {
    themes = themes == null ? List.of() : List.copyOf(themes);
    if (area != null) {
      String given = area;
      area =
          SeaArea.parse(area)
              .map(SeaArea::name)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown sea area: "
                              + given
                              + " (use "
                              + String.join(", ", areaNames())
                              + ")"));
      if (domain == null) {
        domain = "maritime";
      }
    }
    if (domain != null) {
      domain = domain.trim().toLowerCase(Locale.ROOT);
      if (domain.equals("sea")) {
        domain = "maritime";
      }
      if (!DOMAINS.contains(domain)) {
        throw new IllegalArgumentException(
            "domain must be maritime (or sea) or land, not '" + domain + "'");
      }
      if (area != null && !domain.equals("maritime")) {
        throw new IllegalArgumentException("a series about a sea area is maritime, not " + domain);
      }
    }
  }

  /** Whether anything is declared. */
  public boolean declared() {
    return domain != null || area != null || !themes.isEmpty();
  }

  /** The declaration with {@code other}'s values where this one says nothing. */
  public SeriesMeta orElse(SeriesMeta other) {
    return new SeriesMeta(
        domain != null ? domain : other.domain,
        area != null ? area : other.area,
        !themes.isEmpty() ? themes : other.themes);
  }

  /** The sea area as the enum, if declared. */
  public Optional<SeaArea> seaArea() {
    return area == null ? Optional.empty() : SeaArea.parse(area);
  }

  /** Themes from a comma-separated list (blank entries dropped, lower case). */
  public static List<String> themeList(String csv) {
    List<String> out = new ArrayList<>();
    if (csv != null) {
      for (String t : csv.split(",")) {
        String x = t.trim().toLowerCase(Locale.ROOT);
        if (!x.isEmpty() && !out.contains(x)) {
          out.add(x);
        }
      }
    }
    return out;
  }

  /**
   * The declaration in the sidecar file of {@code data}, or {@link #NONE} when there is none.
   *
   * @throws IOException when the sidecar exists but cannot be read
   * @throws IllegalArgumentException when it declares an unknown key, domain or area
   */
  public static SeriesMeta sidecar(Path data) throws IOException {
    Path side = data.resolveSibling(data.getFileName() + SIDECAR_SUFFIX);
    if (!Files.isRegularFile(side)) {
      return NONE;
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(side, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    for (String k : p.stringPropertyNames()) {
      if (!Set.of("domain", "area", "themes").contains(k)) {
        throw new IllegalArgumentException(
            side + ": unknown key '" + k + "' (use domain, area, themes)");
      }
    }
    try {
      return new SeriesMeta(
          p.getProperty("domain"), p.getProperty("area"), themeList(p.getProperty("themes")));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(side + ": " + e.getMessage(), e);
    }
  }

  private static List<String> areaNames() {
    List<String> out = new ArrayList<>();
    for (SeaArea a : SeaArea.values()) {
      out.add(a.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    return out;
  }
}
