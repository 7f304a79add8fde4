package org.amity.simulate;

import java.util.List;

/**
 * How one type of episode unfolds: who takes part and where, how long it builds and decays, and the
 * acts it is made of. Scripts describe the situation in CAMEO terms only; they never look at what a
 * detector measures.
 */
interface EpisodeScript {
  EpisodeType type();

  /** Draws the parties, sea area and setting of one episode. */
  Cast cast(Chance c);

  /** Draws how long the episode warns, builds up and decays. */
  Timing timing(Chance c);

  /**
   * Multiplies the drawn relative intensity: above 1 for episodes that dominate a country's news (a
   * disaster), below 1 for ones with few but heavily reported incidents (piracy).
   */
  double intensityScale();

  /** The acts of one episode, built once with its cast. */
  List<Move> moves(Cast cast, Chance c);

  /** Where this kind of trouble simmers all year at a low level (none by default). */
  default List<Cast> chronicCasts() {
    return List.of();
  }

  /** Chronic incidents a day, as a share of the first party's everyday incidents. */
  default double chronicShare() {
    return 0;
  }

  /**
   * Durations in days.
   *
   * @param warning days of warnings before a sudden onset (0 for a gradual build-up)
   * @param rise days from the onset to the peak
   * @param fall days from the peak to the last day
   */
  record Timing(int warning, int rise, int fall) {
    int total() {
      return warning + rise + fall + 1;
    }

    /** Shrunk in proportion to fit a span of days (for short runs). */
    Timing fit(int span) {
      if (total() <= span) {
        return this;
      }
      double f = (span - 1.0) / (warning + rise + fall);
      return new Timing(
          (int) Math.floor(warning * f),
          Math.max(1, (int) Math.floor(rise * f)),
          Math.max(1, (int) Math.floor(fall * f)));
    }
  }

  /** The script of each type. */
  static EpisodeScript of(EpisodeType type) {
    return switch (type) {
      case MARITIME_STANDOFF -> new MaritimeStandoff();
      case INSURGENCY -> new InsurgencyFlareUp();
      case PIRACY -> new PiracySurge();
      case DISASTER -> new DisasterDisplacement();
    };
  }
}
