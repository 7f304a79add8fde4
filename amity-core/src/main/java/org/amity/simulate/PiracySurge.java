package org.amity.simulate;

import java.util.ArrayList;
import java.util.List;

/**
 * A surge of piracy and kidnapping at sea: criminals hijack, rob and abduct crews in the
 * Sulu-Celebes Seas or the Malacca and Singapore Straits; ransom demands, rescues and arrests
 * follow; the coastal states answer with joint patrols. Trans-state.
 */
final class PiracySurge extends EpisodeScript {
  private record Waters(String seaArea, String tag, List<String> coastalStates, String gangs) {}

  private static final Weighted<Waters> WATERS =
      Weighted.pairs(
          new Waters("SULU_CELEBES", "sulu", List.of("PHL", "MYS", "IDN"), "PHL"), 0.6,
          new Waters("MALACCA_SINGAPORE", "malacca", List.of("IDN", "MYS", "SGP"), "IDN"), 0.4);

  private final Gazetteer places = Gazetteer.standard();

  PiracySurge() {
    super(
        new Traits(
            EpisodeType.PIRACY,
            new int[] {0, 0},
            new int[] {10, 35},
            new int[] {14, 45},
            0.5,
            0.005));
  }

  @Override
  public Cast cast(Chance c) {
    Waters w = WATERS.pick(c);
    List<String> states = new ArrayList<>(w.coastalStates());
    String first = states.remove(c.between(0, states.size() - 1));
    String second = states.get(c.between(0, states.size() - 1));
    return new Cast(List.of(first, second), w.seaArea(), w.seaArea(), first);
  }

  /** Sea robbery and the odd kidnapping never stop in either area. */
  @Override
  public List<Cast> chronicCasts() {
    return List.of(
        new Cast(List.of("PHL", "MYS"), "SULU_CELEBES", "SULU_CELEBES", "PHL"),
        new Cast(List.of("IDN", "SGP"), "MALACCA_SINGAPORE", "MALACCA_SINGAPORE", "IDN"));
  }

  @Override
  public List<Move> moves(Cast cast, Chance c) {
    Waters w =
        WATERS.values().stream()
            .filter(x -> x.seaArea().equals(cast.seaArea()))
            .findFirst()
            .orElseThrow();
    String p1 = cast.parties().get(0);
    String p2 = cast.parties().get(1);
    Weighted<SimActor> criminals =
        Cast.mix(
            Cast.roles("CRM", 0.8, "UAF", 0.2),
            0.75,
            Cast.actors(w.gangs(), c, w.tag().equals("sulu") ? "REB" : "CRM", 1),
            0.25);
    Weighted<SimActor> crews =
        Cast.mix(
            Cast.actors(p1, c, "CVL", 0.6, "BUS", 0.4),
            0.45,
            Cast.actors(p2, c, "CVL", 0.6, "BUS", 0.4),
            0.40,
            Cast.actors("VNM", c, "CVL", 1),
            0.15);
    Weighted<SimActor> forces =
        Cast.mix(
            Cast.actors(p1, c, "MIL", 0.5, "COP", 0.5),
            0.55,
            Cast.actors(p2, c, "MIL", 0.5, "COP", 0.5),
            0.45);
    Weighted<SimActor> gov1 = Cast.actors(p1, c, "GOV", 1);
    Weighted<SimActor> gov2 = Cast.actors(p2, c, "GOV", 1);
    List<Place> coast = new ArrayList<>(places.landPlaces(p1, w.tag()));
    coast.addAll(places.landPlaces(p2, w.tag()));
    Weighted<Place> atSea =
        Cast.mix(
            places.seas(cast.seaArea()),
            0.45,
            coast,
            0.40,
            List.of(places.centroid(p1), places.centroid(p2)),
            0.15);
    Weighted<Place> capitals =
        Cast.mix(
            List.of(places.capital(p1), places.capital(p2)),
            0.6,
            List.of(places.centroid(p1), places.centroid(p2)),
            0.4);
    return List.of(
        new Move(criminals, crews, Weighted.pairs("181", 1), atSea, false, 0.28, 0.32, 0.20),
        new Move(
            criminals, crews, Weighted.pairs("171", 3, "1711", 2), atSea, false, 0.25, 0.20, 0.18),
        new Move(
            criminals,
            crews,
            Weighted.pairs("180", 1, "182", 2, "1823", 1),
            atSea,
            false,
            0.04,
            0.07,
            0.05),
        new Move(
            criminals,
            Cast.mix(gov1, 0.5, crews, 0.5),
            Weighted.pairs("100", 2, "130", 1, "1383", 1),
            atSea,
            false,
            0.04,
            0.06,
            0.04),
        new Move(
            forces,
            criminals,
            Weighted.pairs("173", 3, "190", 1, "193", 1),
            atSea,
            false,
            0.05,
            0.07,
            0.15),
        new Move(
            criminals, crews, Weighted.pairs("0841", 1, "084", 1), atSea, false, 0.01, 0.03, 0.10),
        new Move(
            gov1,
            gov2,
            Weighted.pairs("062", 2, "0312", 1, "036", 1, "064", 1, "040", 1),
            capitals,
            true,
            0.06,
            0.06,
            0.15),
        new Move(
            gov2,
            gov1,
            Weighted.pairs("0234", 2, "112", 1, "100", 1),
            capitals,
            false,
            0.04,
            0.04,
            0.03),
        new Move(
            forces,
            criminals,
            Weighted.pairs("154", 1, "151", 1, "152", 1),
            atSea,
            false,
            0.04,
            0.05,
            0.04));
  }
}
