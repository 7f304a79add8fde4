package org.amity.simulate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much everyday news each member gets on each day. The real files are single days, so the
 * variation over time is assumed, not measured (docs/simulation.md): weekends carry a quarter less;
 * the regional volume drifts (a log AR(1), persistence 0.8, daily noise 6%), each member's volume
 * drifts around its share (persistence 0.7, noise 10%); quiet stretches lower the whole region; a
 * decoy multiplies one member's volume for a few days.
 */
final class VolumeModel {
  static final double WEEKEND_FACTOR = 0.75;
  static final double REGION_PERSISTENCE = 0.8;
  static final double REGION_NOISE = 0.06;
  static final double COUNTRY_PERSISTENCE = 0.7;
  static final double COUNTRY_NOISE = 0.10;

  private final LocalDate start;
  private final double[] region;
  private final Map<String, double[]> country = new TreeMap<>();
  private final List<QuietStretch> quiet;
  private final List<Decoy> decoys;

  VolumeModel(
      SimulationSettings s, List<String> members, List<QuietStretch> quiet, List<Decoy> decoys) {
    this.start = s.start();
    this.quiet = List.copyOf(quiet);
    this.decoys = List.copyOf(decoys);
    region =
        drift(Chance.of(s.seed(), "region-volume", 0), s.days(), REGION_PERSISTENCE, REGION_NOISE);
    for (String m : members) {
      country.put(
          m,
          drift(
              Chance.of(s.seed(), "country-volume:" + m, 0),
              s.days(),
              COUNTRY_PERSISTENCE,
              COUNTRY_NOISE));
    }
  }

  /** A stationary log AR(1) path, as multipliers around 1. */
  private static double[] drift(Chance c, int days, double persistence, double noise) {
    double[] f = new double[days];
    double sd = noise / StrictMath.sqrt(1 - persistence * persistence);
    double x = sd * c.gaussian();
    for (int i = 0; i < days; i++) {
      f[i] = StrictMath.exp(x - sd * sd / 2);
      x = persistence * x + noise * c.gaussian();
    }
    return f;
  }

  /** The multiplier of the member's mean weekday volume on a day. */
  double factor(String member, LocalDate day) {
    // days after the simulated period (the live demo) reuse the stationary path from its start
    int i = Math.floorMod(ChronoUnit.DAYS.between(start, day), region.length);
    double f = region[i] * country.get(member)[i] * weekday(day);
    for (QuietStretch q : quiet) {
      if (q.covers(day)) {
        f *= q.factor();
      }
    }
    for (Decoy d : decoys) {
      if (d.subject().equals(member) && d.covers(day)) {
        f *= d.factor();
      }
    }
    return f;
  }

  static double weekday(LocalDate day) {
    DayOfWeek d = day.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY ? WEEKEND_FACTOR : 1.0;
  }
}
