package org.amity.simulate;

import java.util.List;

/**
 * A natural disaster that displaces people: warnings, then the strike; the government and the
 * displaced appeal for aid, donors pledge and deliver it, the military helps; anger at the response
 * brings protests and some arrests. Trans-state.
 */
final class DisasterDisplacement extends EpisodeScript {
  private record Hazard(String iso3, String kind) {}

  private static final Weighted<Hazard> HAZARDS =
      Weighted.pairs(
          new Hazard("PHL", "typhoon"), 0.25,
          new Hazard("IDN", "earthquake"), 0.20,
          new Hazard("VNM", "typhoon"), 0.15,
          new Hazard("MMR", "cyclone"), 0.12,
          new Hazard("THA", "flood"), 0.08,
          new Hazard("LAO", "flood"), 0.05,
          new Hazard("KHM", "flood"), 0.05,
          new Hazard("MYS", "flood"), 0.05,
          new Hazard("TLS", "flood"), 0.05);

  private final Gazetteer places = Gazetteer.standard();

  DisasterDisplacement() {
    super(
        new Traits(
            EpisodeType.DISASTER, new int[] {1, 3}, new int[] {3, 10}, new int[] {14, 40}, 1.5, 0));
  }

  @Override
  public Cast cast(Chance c) {
    Hazard h = HAZARDS.pick(c);
    return new Cast(List.of(h.iso3()), null, h.kind(), h.iso3());
  }

  @Override
  public List<Move> moves(Cast cast, Chance c) {
    String x = cast.primary();
    Weighted<SimActor> displaced =
        Cast.mix(
            Cast.actors(x, c, "REF", 1),
            0.6,
            Cast.roles("REF", 1),
            0.15,
            Cast.actors(x, c, "CVL", 1),
            0.25);
    Weighted<SimActor> civilians = Cast.actors(x, c, "CVL", 1);
    Weighted<SimActor> gov = Cast.actors(x, c, "GOV", 1);
    Weighted<SimActor> military = Cast.actors(x, c, "MIL", 1);
    Weighted<SimActor> police = Cast.actors(x, c, "COP", 1);
    Weighted<SimActor> donors =
        Cast.mix(
            Cast.actors("USA", c, "GOV", 1),
            0.20,
            Cast.actors("JPN", c, "GOV", 1),
            0.15,
            Cast.actors("AUS", c, "GOV", 1),
            0.12,
            Cast.actors("CHN", c, "GOV", 1),
            0.12,
            Cast.actors("KOR", c, "GOV", 1),
            0.06,
            SimActor.ORGANISATIONS.get(1),
            0.08,
            SimActor.ORGANISATIONS.get(0),
            0.15,
            Cast.roles("NGO", 1),
            0.07,
            Cast.actors(x.equals("SGP") ? "MYS" : "SGP", c, "GOV", 1),
            0.05);
    Weighted<Place> stricken =
        Cast.mix(
            places.landPlaces(x, "hazard"), 0.6, places.centroid(x), 0.2, places.capital(x), 0.2);
    Weighted<Place> capital = Cast.mix(places.capital(x), 0.6, places.centroid(x), 0.4);
    return List.of(
        new Move(
            gov,
            donors,
            Weighted.pairs("0233", 3, "020", 1, "0234", 0.5),
            capital,
            false,
            0.14,
            0.10,
            0.05),
        new Move(
            displaced, gov, Weighted.pairs("0233", 2, "020", 1), stricken, false, 0.10, 0.10, 0.06),
        new Move(
            donors,
            Cast.mix(gov, 0.6, displaced, 0.4),
            Weighted.pairs("073", 4, "071", 1, "070", 1),
            stricken,
            false,
            0.10,
            0.22,
            0.22),
        new Move(
            donors,
            gov,
            Weighted.pairs("0333", 3, "033", 1, "018", 2),
            capital,
            false,
            0.22,
            0.08,
            0.04),
        new Move(
            gov,
            displaced,
            Weighted.pairs("073", 3, "074", 1, "070", 1),
            stricken,
            false,
            0.12,
            0.12,
            0.10),
        new Move(
            gov, donors, Weighted.pairs("0863", 2, "040", 1), capital, false, 0.04, 0.08, 0.06),
        new Move(
            military,
            Cast.mix(civilians, 0.5, displaced, 0.5),
            Weighted.pairs("073", 1, "074", 2),
            stricken,
            false,
            0.10,
            0.06,
            0.03),
        new Move(
            Cast.mix(displaced, 0.6, civilians, 0.4),
            gov,
            Weighted.pairs("141", 2, "145", 1, "111", 2, "1043", 1),
            stricken,
            false,
            0.02,
            0.08,
            0.16),
        new Move(
            police,
            civilians,
            Weighted.pairs("173", 2, "175", 0.5),
            stricken,
            false,
            0.01,
            0.04,
            0.06),
        new Move(
            gov,
            civilians,
            Weighted.pairs("1723", 1, "1724", 1),
            stricken,
            false,
            0.03,
            0.03,
            0.02));
  }
}
