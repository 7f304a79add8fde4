package org.amity.simulate;

import java.util.List;

/**
 * A standoff at sea between two states in the South China Sea: coast guards and navies shadow,
 * block and seize; governments accuse, demand and threaten; an outside partner backs the Southeast
 * Asian side; talks come as it decays. Inter-state.
 */
final class MaritimeStandoff extends EpisodeScript {
  private static final Weighted<List<String>> PAIRS =
      Weighted.pairs(
          List.of("CHN", "PHL"), 0.40,
          List.of("CHN", "VNM"), 0.35,
          List.of("CHN", "MYS"), 0.15,
          List.of("CHN", "IDN"), 0.10);
  private static final Weighted<String> PARTNERS =
      Weighted.pairs("USA", 0.6, "JPN", 0.25, "AUS", 0.15);
  private final Gazetteer places = Gazetteer.standard();

  MaritimeStandoff() {
    super(
        new Traits(
            EpisodeType.MARITIME_STANDOFF,
            new int[] {0, 0},
            new int[] {7, 28},
            new int[] {7, 35},
            1.0,
            0.005));
  }

  @Override
  public Cast cast(Chance c) {
    List<String> pair = PAIRS.pick(c);
    String claimant = pair.get(1);
    List<Place> flashpoints =
        places.find(
            p ->
                "SOUTH_CHINA_SEA".equals(p.seaArea())
                    && p.has(claimant)
                    && !p.id().equals("sea-scs"));
    String setting = flashpoints.isEmpty() ? "South China Sea" : c.pick(flashpoints).id();
    return new Cast(pair, "SOUTH_CHINA_SEA", setting, claimant);
  }

  /** Routine frictions between China and the two most active claimants. */
  @Override
  public List<Cast> chronicCasts() {
    return List.of(
        new Cast(List.of("CHN", "PHL"), "SOUTH_CHINA_SEA", "sea-scs", "PHL"),
        new Cast(List.of("CHN", "VNM"), "SOUTH_CHINA_SEA", "sea-scs", "VNM"));
  }

  @Override
  public List<Move> moves(Cast cast, Chance c) {
    String a = cast.parties().get(0);
    String b = cast.parties().get(1);
    String partner = PARTNERS.pick(c);
    Weighted<SimActor> aForces = Cast.actors(a, c, "MIL", 0.45, "COP", 0.55);
    Weighted<SimActor> bForces = Cast.actors(b, c, "MIL", 0.5, "COP", 0.5);
    Weighted<SimActor> aGov = Cast.actors(a, c, "GOV", 1);
    Weighted<SimActor> bGov = Cast.actors(b, c, "GOV", 1);
    Weighted<SimActor> aFishers = Cast.actors(a, c, "CVL", 1);
    Weighted<SimActor> bFishers = Cast.actors(b, c, "CVL", 1);
    Weighted<SimActor> third = Cast.actors(partner, c, "GOV", 0.7, "MIL", 0.3);
    Place flashpoint =
        places.find(p -> p.id().equals(cast.setting())).stream().findFirst().orElse(null);
    Weighted<Place> atSea =
        Cast.mix(
            flashpoint == null ? List.of() : flashpoint,
            0.25,
            places.find(p -> "SOUTH_CHINA_SEA".equals(p.seaArea()) && p.has(b)),
            0.20,
            places.landPlaces(b, "scs"),
            0.30,
            List.of(places.centroid(a), places.centroid(b)),
            0.25);
    Weighted<Place> capitals =
        Cast.mix(places.capital(b), 0.4, places.capital(a), 0.3, places.centroid(b), 0.3);
    Weighted<Place> partnerSays = Cast.mix(places.capital(b), 0.6, places.centroid(b), 0.4);
    return List.of(
        new Move(
            aGov,
            bGov,
            Weighted.pairs("112", 3, "111", 3, "114", 1, "106", 2, "100", 1, "125", 1, "128", 1),
            capitals,
            true,
            0.30,
            0.18,
            0.12),
        new Move(
            Cast.mix(aGov, 0.6, aForces, 0.4),
            bGov,
            Weighted.pairs("138", 2, "1381", 1, "130", 2, "139", 1, "1313", 1),
            capitals,
            false,
            0.10,
            0.10,
            0.03),
        new Move(
            aForces,
            bForces,
            Weighted.pairs("150", 2, "152", 2, "154", 1, "191", 3),
            atSea,
            false,
            0.12,
            0.20,
            0.06),
        new Move(
            bForces,
            aForces,
            Weighted.pairs("150", 2, "152", 2, "154", 1),
            atSea,
            false,
            0.04,
            0.07,
            0.03),
        new Move(
            aForces,
            Cast.mix(bFishers, 0.6, bForces, 0.4),
            Weighted.pairs("171", 3, "1711", 2, "173", 2, "182", 1, "191", 2),
            atSea,
            false,
            0.08,
            0.18,
            0.05),
        new Move(
            bForces,
            aFishers,
            Weighted.pairs("173", 3, "1711", 2, "174", 1),
            atSea,
            false,
            0.03,
            0.05,
            0.03),
        new Move(
            bGov,
            aGov,
            Weighted.pairs("160", 2, "166", 1, "1313", 1),
            capitals,
            false,
            0.02,
            0.05,
            0.02),
        new Move(
            third,
            bGov,
            Weighted.pairs("051", 2, "052", 1, "032", 1, "062", 1, "0312", 1),
            partnerSays,
            false,
            0.04,
            0.06,
            0.06),
        new Move(
            third, aGov, Weighted.pairs("111", 2, "112", 1), partnerSays, false, 0.02, 0.04, 0.02),
        new Move(
            aGov,
            bGov,
            Weighted.pairs("036", 3, "040", 2, "046", 1, "0256", 1, "037", 1, "041", 1),
            capitals,
            true,
            0.04,
            0.04,
            0.30),
        new Move(
            bFishers,
            aForces,
            Weighted.pairs("111", 2, "112", 2, "0256", 1),
            atSea,
            false,
            0.03,
            0.03,
            0.02));
  }
}
