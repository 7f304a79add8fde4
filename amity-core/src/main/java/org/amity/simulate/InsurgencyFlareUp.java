package org.amity.simulate;

import java.util.List;

/**
 * An insurgency flaring up inside one country: the military and police fight rebels, insurgents or
 * separatists in a known conflict area; bombings, killings and abductions hit civilians; arrests
 * and talk of a ceasefire come as it decays. Intra-state.
 */
final class InsurgencyFlareUp extends EpisodeScript {
  /** Conflict areas (gazetteer tags) with their country and the insurgent roles coded there. */
  private record Theatre(String iso3, String tag, String[] roles) {}

  private static final Weighted<Theatre> THEATRES =
      Weighted.pairs(
          new Theatre("PHL", "mindanao", new String[] {"REB", "INS", "SEP"}), 0.30,
          new Theatre("THA", "deep-south", new String[] {"INS", "SEP", "REB"}), 0.25,
          new Theatre("MMR", "rakhine", new String[] {"REB", "INS", "SEP"}), 0.15,
          new Theatre("MMR", "kachin-shan", new String[] {"REB", "SEP", "INS"}), 0.15,
          new Theatre("IDN", "papua", new String[] {"SEP", "REB", "INS"}), 0.15);

  private final Gazetteer places = Gazetteer.standard();

  InsurgencyFlareUp() {
    super(
        new Traits(
            EpisodeType.INSURGENCY,
            new int[] {0, 0},
            new int[] {5, 21},
            new int[] {10, 35},
            1.0,
            0.03));
  }

  @Override
  public Cast cast(Chance c) {
    Theatre t = THEATRES.pick(c);
    return new Cast(List.of(t.iso3()), null, t.tag(), t.iso3());
  }

  /** Every conflict area simmers: a few attacks and arrests are everyday news there. */
  @Override
  public List<Cast> chronicCasts() {
    return THEATRES.values().stream()
        .map(t -> new Cast(List.of(t.iso3()), null, t.tag(), t.iso3()))
        .toList();
  }

  @Override
  public List<Move> moves(Cast cast, Chance c) {
    String x = cast.primary();
    String[] r =
        THEATRES.values().stream()
            .filter(t -> t.tag().equals(cast.setting()))
            .findFirst()
            .orElseThrow()
            .roles();
    Weighted<SimActor> forces = Cast.actors(x, c, "MIL", 0.7, "COP", 0.3);
    Weighted<SimActor> police = Cast.actors(x, c, "COP", 1);
    Weighted<SimActor> rebels =
        Cast.mix(
            Cast.actors(x, c, r[0], 0.5, r[1], 0.3, r[2], 0.2),
            0.75,
            Cast.roles("REB", 0.7, "UAF", 0.3),
            0.25);
    Weighted<SimActor> victims = Cast.actors(x, c, "CVL", 0.7, "EDU", 0.1, "GOV", 0.2);
    Weighted<SimActor> gov = Cast.actors(x, c, "GOV", 1);
    Weighted<SimActor> civilians = Cast.actors(x, c, "CVL", 1);
    List<Place> towns = places.landPlaces(x, cast.setting());
    Weighted<Place> front =
        Cast.mix(
            towns.stream().filter(p -> p.geoType() == 4).toList(),
            0.65,
            towns.stream().filter(p -> p.geoType() == 5).toList(),
            0.15,
            places.centroid(x),
            0.20);
    Weighted<Place> capital = Cast.mix(places.capital(x), 0.5, places.centroid(x), 0.3, towns, 0.2);
    return List.of(
        new Move(
            rebels,
            forces,
            Weighted.pairs("190", 2, "193", 4, "194", 1),
            front,
            false,
            0.22,
            0.30,
            0.15),
        new Move(
            forces,
            rebels,
            Weighted.pairs("190", 2, "193", 3, "195", 1, "194", 1),
            front,
            false,
            0.14,
            0.22,
            0.15),
        new Move(
            rebels,
            victims,
            Weighted.pairs(
                "183", 2, "1833", 1, "1832", 1, "186", 1, "180", 2, "1823", 1, "181", 1, "1712", 1),
            front,
            false,
            0.20,
            0.15,
            0.06),
        new Move(
            Cast.mix(forces, 0.5, police, 0.5),
            rebels,
            Weighted.pairs("173", 4, "1711", 1, "175", 1),
            front,
            false,
            0.10,
            0.08,
            0.18),
        new Move(
            gov,
            rebels,
            Weighted.pairs("112", 2, "111", 2, "138", 2, "1384", 1, "1724", 1),
            capital,
            false,
            0.16,
            0.10,
            0.08),
        new Move(
            rebels,
            gov,
            Weighted.pairs("138", 1, "1383", 1, "104", 1, "1043", 1, "112", 1),
            front,
            false,
            0.06,
            0.04,
            0.02),
        new Move(
            gov,
            rebels,
            Weighted.pairs("036", 2, "046", 1, "0871", 1, "0256", 1, "037", 1),
            capital,
            true,
            0.02,
            0.02,
            0.22),
        new Move(
            civilians,
            gov,
            Weighted.pairs("0256", 1, "141", 1, "0234", 1, "111", 1),
            front,
            false,
            0.04,
            0.04,
            0.06));
  }
}
