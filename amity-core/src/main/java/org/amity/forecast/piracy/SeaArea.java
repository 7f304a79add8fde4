package org.amity.forecast.piracy;

import java.util.List;

/**
 * The three Southeast Asian sea areas forecast, each a polygon of (longitude, latitude) vertices
 * drawn by hand around the water (coasts approximated by straight lines between named points; the
 * land inside a polygon holds no sea incidents, so precision on land does not matter). Areas are
 * tried in order and a point belongs to the first that contains it.
 *
 * <ul>
 *   <li>Malacca and Singapore Straits: from the northern entrance (Aceh to the Thai-Malaysian
 *       coast, 6.5N) down the strait, east to 104.6E past Singapore, Batam and Bintan; the Sumatran
 *       side follows Lhokseumawe, Belawan and Dumai.
 *   <li>Sulu and Celebes Seas: east of Palawan and Sabah, from 12N (Panay, Mindoro) to 1N (north
 *       Sulawesi), west to 117E, east to 126E (Mindanao's Pacific coast).
 *   <li>South China Sea: from the Singapore Strait's east end north along the Malay Peninsula to
 *       Kota Bharu, across the mouth of the Gulf of Thailand to Ca Mau, along Vietnam and south
 *       China to the Taiwan Strait, down Luzon and Palawan, along north Borneo, and south through
 *       the Natuna and Karimata waters to Bangka (3S).
 * </ul>
 */
public enum SeaArea {
  MALACCA_SINGAPORE(
      "malacca-singapore",
      "Malacca and Singapore Straits",
      new double[][] {
        {95.0, 6.5},
        {100.5, 6.5},
        {104.6, 1.8},
        {104.6, 0.8},
        {103.0, 0.8},
        {100.0, 2.0},
        {97.5, 4.0},
        {95.0, 5.5}
      }),
  SULU_CELEBES(
      "sulu-celebes",
      "Sulu and Celebes Seas",
      new double[][] {
        {117.0, 7.0},
        {117.2, 8.4},
        {119.3, 10.5},
        {120.5, 12.0},
        {122.5, 12.0},
        {123.5, 9.0},
        {126.0, 7.0},
        {126.0, 1.0},
        {118.5, 1.0},
        {117.5, 4.0}
      }),
  SOUTH_CHINA_SEA(
      "south-china-sea",
      "South China Sea",
      new double[][] {
        {104.6, 0.8}, {104.3, 1.5}, {103.6, 3.0}, {102.3, 6.1}, {104.8, 8.6}, {106.5, 10.5},
        {108.0, 13.0}, {108.0, 21.8}, {111.0, 21.5}, {117.0, 23.6}, {120.3, 22.6}, {120.6, 18.5},
        {120.0, 14.0}, {119.3, 10.5}, {117.2, 8.4}, {117.0, 7.0}, {116.0, 6.0}, {115.0, 4.8},
        {113.0, 3.2}, {109.6, 2.0}, {109.0, -1.0}, {106.0, -3.0}, {104.6, -2.5}
      });

  private final String key;
  private final String title;
  private final double[][] polygon;

  SeaArea(String key, String title, double[][] polygon) {
    this.key = key;
    this.title = title;
    this.polygon = polygon;
  }

  public String key() {
    return key;
  }

  public String title() {
    return title;
  }

  /** Even-odd ray casting. */
  public boolean contains(double lon, double lat) {
    boolean in = false;
    for (int i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
      double xi = polygon[i][0];
      double yi = polygon[i][1];
      double xj = polygon[j][0];
      double yj = polygon[j][1];
      if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
        in = !in;
      }
    }
    return in;
  }

  /** The first area containing the point, or null. */
  public static SeaArea of(double lon, double lat) {
    for (SeaArea a : List.of(values())) {
      if (a.contains(lon, lat)) {
        return a;
      }
    }
    return null;
  }
}
