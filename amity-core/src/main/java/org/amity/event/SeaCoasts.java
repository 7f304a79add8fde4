package org.amity.event;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The coasts of the two sea areas where piracy is watched: the first-order divisions (GDELT's
 * FIPS-based codes) with a shore on the Malacca and Singapore Straits or on the Sulu and Celebes
 * Seas, as the International Hydrographic Organization's limits of those waters draw them (S-23:
 * the Malacca Strait from the Phuket-Pedropunt line to Tanjong Piai, the Singapore Strait to the
 * Tanjong Datok-Tanjong Berakit line; the Sulu Sea between Palawan, Panay, Negros, the Zamboanga
 * peninsula, the Sulu archipelago and Sabah; the Celebes Sea with the Moro and Davao gulfs, to
 * North Sulawesi and north-east Kalimantan). Fixed from geography, not from any data (issue 14,
 * twenty-first and twenty-third rounds: docs/signals.md, "Pirates by who they are").
 *
 * <p>Singapore lies wholly on its strait, so a report placed anywhere in it, its centroid included,
 * is on that coast. No division is on both coasts.
 */
public final class SeaCoasts {
  private static final Map<SeaArea, Set<String>> DIVISIONS =
      Map.of(
          SeaArea.MALACCA_SINGAPORE,
          Set.of(
              // Aceh, Sumatera Utara, Riau, Kepulauan Riau
              "ID01",
              "ID26",
              "ID37",
              "ID40",
              // Perlis, Kedah, Pulau Pinang, Perak, Selangor, Negeri Sembilan, Melaka, Johor
              "MY08",
              "MY02",
              "MY09",
              "MY07",
              "MY12",
              "MY05",
              "MY04",
              "MY01",
              // Singapore
              "SN00",
              // Phuket, Phangnga, Krabi, Trang, Satun
              "TH62",
              "TH61",
              "TH63",
              "TH65",
              "TH67"),
          SeaArea.SULU_CELEBES,
          Set.of(
              // Palawan, Antique, Iloilo, Negros Occidental, Negros Oriental
              "RP49",
              "RP06",
              "RP30",
              "RP45",
              "RP46",
              // Zamboanga del Norte and del Sur, Basilan, Sulu, Tawi-Tawi
              "RP65",
              "RP66",
              "RP22",
              "RP60",
              "RP72",
              // Lanao del Sur, Maguindanao, Sultan Kudarat, Davao del Sur, Davao, Davao Oriental
              "RP35",
              "RP56",
              "RP71",
              "RP25",
              "RP24",
              "RP26",
              // Sabah
              "MY16",
              // Kalimantan Timur, Sulawesi Utara, Gorontalo, Sulawesi Tengah
              "ID14",
              "ID31",
              "ID34",
              "ID21"));

  /** The city-state whose every place is on the Singapore Strait. */
  public static final String CITY_STATE = "SGP";

  private SeaCoasts() {}

  /** The sea areas with a listed coast. */
  public static Set<SeaArea> areas() {
    return DIVISIONS.keySet();
  }

  /** The coastal divisions of a sea area (empty for an area without a listed coast). */
  public static Set<String> divisions(SeaArea area) {
    return DIVISIONS.getOrDefault(area, Set.of());
  }

  /**
   * The sea area whose coast a place on land is on: any place in Singapore; otherwise a place known
   * to the division or better ({@link GeoPrecision#ADM1}, {@link GeoPrecision#PLACE}) in one of an
   * area's coastal divisions. Empty for a place at sea (a sea area of its own) or elsewhere.
   */
  public static Optional<SeaArea> of(Location place) {
    if (place == null || place.seaArea() != null) {
      return Optional.empty();
    }
    if (CITY_STATE.equals(place.country())) {
      return Optional.of(SeaArea.MALACCA_SINGAPORE);
    }
    if (place.adm1() == null
        || (place.precision() != GeoPrecision.ADM1 && place.precision() != GeoPrecision.PLACE)) {
      return Optional.empty();
    }
    for (Map.Entry<SeaArea, Set<String>> e : DIVISIONS.entrySet()) {
      if (e.getValue().contains(place.adm1())) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }
}
