package org.amity.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sea areas Amity watches as subjects of their own. Each is a rough polygon (latitude,
 * longitude vertices, drawn by the project from standard charts; good to a few tens of km, which is
 * enough to sort incident reports into areas, not to settle any boundary). Areas are tested in
 * declaration order, so the narrow straits win over the wide South China Sea where they touch.
 */
public enum SeaArea {
  /** Strait of Malacca and Singapore Strait, from the Andaman Sea entrance to the Riau islands. */
  MALACCA_SINGAPORE(
      "Malacca and Singapore Straits",
      List.of("IDN", "MYS", "SGP", "THA"),
      new double[][] {
        {5.8, 95.2},
        {7.8, 98.2},
        {6.0, 100.2},
        {2.8, 101.2},
        {1.5, 103.4},
        {1.6, 104.6},
        {0.8, 104.6},
        {0.8, 103.5},
        {2.0, 101.4},
        {3.5, 99.5},
        {5.2, 97.4}
      }),
  /** Sulu Sea (between Palawan, Mindanao and Sabah) and Celebes Sea (south to Sulawesi). */
  SULU_CELEBES(
      "Sulu and Celebes Seas",
      List.of("PHL", "MYS", "IDN"),
      new double[][] {
        {12.2, 119.6}, {11.2, 122.4}, {8.3, 123.6}, {7.0, 125.6}, {5.5, 125.9}, {1.3, 125.3},
        {0.9, 120.8}, {3.5, 118.2}, {5.3, 117.2}, {7.0, 116.9}, {8.4, 117.3}, {10.4, 119.1}
      }),
  /** South China Sea, with the Gulf of Tonkin, without the Gulf of Thailand. */
  SOUTH_CHINA_SEA(
      "South China Sea",
      List.of("CHN", "VNM", "PHL", "MYS", "BRN", "IDN"),
      new double[][] {
        {23.0, 116.8}, {22.2, 120.9}, {18.5, 120.6}, {14.5, 120.0}, {12.2, 119.7}, {10.4, 118.9},
        {8.3, 117.1}, {7.0, 116.6}, {5.0, 115.0}, {4.0, 113.0}, {2.0, 109.5}, {0.4, 107.5},
        {1.3, 104.9}, {8.6, 104.7}, {10.3, 107.0}, {12.5, 109.4}, {16.0, 108.4}, {17.8, 106.7},
        {21.5, 107.9}, {21.2, 110.4}, {22.3, 113.6}
      });

  private final String label;
  private final List<String> coastalStates;
  private final double[][] polygon;

  SeaArea(String label, List<String> coastalStates, double[][] polygon) {
    this.label = label;
    this.coastalStates = coastalStates;
    this.polygon = polygon;
  }

  /** The states bordering the area (ISO3), the parties of a situation at sea there. */
  public List<String> coastalStates() {
    return coastalStates;
  }

  public String label() {
    return label;
  }

  /** The polygon's vertices as {latitude, longitude} pairs (a copy), for drawing the area. */
  public double[][] polygon() {
    double[][] out = new double[polygon.length][];
    for (int i = 0; i < polygon.length; i++) {
      out[i] = polygon[i].clone();
    }
    return out;
  }

  /** The first area containing the point, if any. */
  public static Optional<SeaArea> locate(double latitude, double longitude) {
    if (Double.isNaN(latitude) || Double.isNaN(longitude)) {
      return Optional.empty();
    }
    for (SeaArea a : values()) {
      if (a.contains(latitude, longitude)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** Even-odd ray casting; fine for these small, non-self-intersecting polygons. */
  public boolean contains(double latitude, double longitude) {
    boolean inside = false;
    for (int i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
      double yi = polygon[i][0];
      double xi = polygon[i][1];
      double yj = polygon[j][0];
      double xj = polygon[j][1];
      boolean crosses = (yi > latitude) != (yj > latitude);
      if (crosses && longitude < (xj - xi) * (latitude - yi) / (yj - yi) + xi) {
        inside = !inside;
      }
    }
    return inside;
  }

  /**
   * The area a place name points to, when the name is a sea feature ("South China Sea, Brunei
   * (general)", "Strait of Malacca", "Scarborough Shoal"). Geocoders often pin such names to an
   * arbitrary coastal country, so the name is more telling than the coordinates.
   */
  public static Optional<SeaArea> ofPlaceName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.toLowerCase(Locale.ROOT);
    if (n.contains("malacca")
        || n.contains("singapore strait")
        || n.contains("strait of singapore")) {
      return Optional.of(MALACCA_SINGAPORE);
    }
    if (n.contains("sulu sea") || n.contains("celebes sea") || n.contains("sulawesi sea")) {
      return Optional.of(SULU_CELEBES);
    }
    // the sea's named parts inside its polygon too: the Gulf of Tonkin (Beibu Gulf in China) and
    // the North Natuna Sea (Indonesia's name since 2017 for the waters north of the Natuna
    // islands). Until the twenty-third round of issue 14 their reports counted as land in Viet Nam
    // or Indonesia (docs/signals.md, "The South China Sea's named parts").
    if (n.contains("south china sea")
        || n.contains("spratly")
        || n.contains("paracel")
        || n.contains("scarborough")
        || n.contains("west philippine sea")
        || n.contains("east sea (vietnam)")
        || n.contains("gulf of tonkin")
        || n.contains("tonkin gulf")
        || n.contains("beibu gulf")
        || n.contains("natuna sea")
        || n.contains("laut natuna")) {
      return Optional.of(SOUTH_CHINA_SEA);
    }
    return Optional.empty();
  }

  /** Parses a name such as "sulu_celebes" or "SULU-CELEBES". */
  public static Optional<SeaArea> parse(String s) {
    String key = s.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (SeaArea a : values()) {
      if (a.name().equals(key)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
