package org.amity.simulate;

import java.util.List;

/**
 * How one type of episode unfolds: who takes part and where, how long it builds and decays, and the
 * acts it is made of. Scripts describe the situation in CAMEO terms only; they never look at what a
 * detector measures.
 */
abstract class EpisodeScript {
  /**
   * The constants of a type.
   *
   * @param type the episode type
   * @param warningDays range of days of warnings before a sudden onset ({0, 0}: gradual build-up)
   * @param riseDays range of days from the onset to the peak
   * @param fallDays range of days from the peak to the last day
   * @param intensityScale multiplies the drawn relative intensity: above 1 for episodes that
   *     dominate a country's news (a disaster), below 1 for ones with few but heavily reported
   *     incidents (piracy)
   * @param chronicShare chronic incidents a day, as a share of the first party's everyday incidents
   *     (0: this kind of trouble does not simmer)
   */
  record Traits(
      EpisodeType type,
      int[] warningDays,
      int[] riseDays,
      int[] fallDays,
      double intensityScale,
      double chronicShare) {}

  private final Traits traits;

  EpisodeScript(Traits traits) {
    this.traits = traits;
  }

  final EpisodeType type() {
    return traits.type();
  }

  final double intensityScale() {
    return traits.intensityScale();
  }

  final double chronicShare() {
    return traits.chronicShare();
  }

  /** Draws how long the episode warns, builds up and decays. */
  final Timing timing(Chance c) {
    int[] w = traits.warningDays();
    int warning = w[1] == 0 ? 0 : c.between(w[0], w[1]);
    int rise = c.between(traits.riseDays()[0], traits.riseDays()[1]);
    return new Timing(warning, rise, c.between(traits.fallDays()[0], traits.fallDays()[1]));
  }

  /** Draws the parties, sea area and setting of one episode. */
  abstract Cast cast(Chance c);

  /** The acts of one episode, built once with its cast. */
  abstract List<Move> moves(Cast cast, Chance c);

  /** Where this kind of trouble simmers all year at a low level (none by default). */
  List<Cast> chronicCasts() {
    return List.of();
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
