package org.amity.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.amity.event.CountryTable;

/**
 * Places episodes, decoys and quiet stretches at random (seeded) times. Episodes draw their cast,
 * durations and strength from their script; placements are redrawn until no two episodes sharing a
 * party (or a sea area) come within each other's matching window ({@code start - 7} to {@code end +
 * 14} days), and no decoy comes within the window of an episode of its subject, so every alert can
 * be attributed without ambiguity. Nothing here knows any detector.
 */
final class ScenarioPlanner {
  /** Days before an episode's start and after its end in which its alerts still count. */
  static final int LEAD_MARGIN_DAYS = 7;

  static final int TAIL_MARGIN_DAYS = 14;
  private static final int TRIES = 500;
  private static final int RESTARTS = 200;
  private static final List<String> STORIES =
      List.of("summit", "celebrity visit", "accident story", "sports final");

  /** A placed episode: its truth, its curve and its acts. */
  record Planned(Episode episode, IntensityCurve curve, List<Move> moves) {}

  /** Chronic trouble with its acts. */
  record Simmer(Chronic chronic, List<Move> moves) {}

  /** Everything placed. */
  record Plan(
      List<Planned> episodes, List<Decoy> decoys, List<QuietStretch> quiet, List<Simmer> chronic) {}

  /** Strength classes: ranges of peak incidents as a share of the party's usual incidents. */
  private static final String[] STRENGTH = {"weak", "moderate", "strong"};

  private static final double[][] RELATIVE = {{0.08, 0.2}, {0.2, 0.5}, {0.5, 1.5}};

  private final SimulationSettings s;
  private final BackgroundModel background;
  private final double rowsPerIncident;

  ScenarioPlanner(SimulationSettings s, BackgroundModel background, double rowsPerIncident) {
    this.s = s;
    this.background = background;
    this.rowsPerIncident = rowsPerIncident;
  }

  Plan plan() {
    Chance c = Chance.of(s.seed(), "plan", 0);
    List<Planned> episodes = null;
    for (int round = 0; round < RESTARTS && episodes == null; round++) {
      episodes = placeAll(c);
    }
    if (episodes == null) {
      throw new IllegalArgumentException(
          "cannot fit "
              + s.episodesPerType()
              + " episodes of each type into "
              + s.days()
              + " days without overlaps: lower --episodes-per-type or raise --days");
    }
    episodes.sort(Comparator.comparing((Planned p) -> p.episode().start()));
    List<Planned> named = new ArrayList<>();
    for (int i = 0; i < episodes.size(); i++) {
      Planned p = episodes.get(i);
      Episode e = p.episode();
      named.add(new Planned(rename(e, "E" + (i + 1)), p.curve(), p.moves()));
    }
    List<Decoy> decoys = decoys(named, c);
    return new Plan(named, decoys, quiet(c), chronic());
  }

  /** The chronic trouble of every script, at its share of the first party's usual incidents. */
  private List<Simmer> chronic() {
    Chance c = Chance.of(s.seed(), "chronic", 0);
    List<Simmer> out = new ArrayList<>();
    for (EpisodeType t : EpisodeType.values()) {
      EpisodeScript script = EpisodeScript.of(t);
      for (Cast cast : script.chronicCasts()) {
        double rate = script.chronicShare() * usualIncidents(cast.primary());
        Chronic ch = new Chronic(t, cast.parties(), cast.seaArea(), cast.setting(), round(rate));
        out.add(new Simmer(ch, script.moves(cast, c)));
      }
    }
    return out;
  }

  private double usualIncidents(String member) {
    return s.rowsPerDay() * background.share(member) / rowsPerIncident;
  }

  /** One attempt at placing every episode, or null when one found no room (start over). */
  private List<Planned> placeAll(Chance c) {
    List<Planned> episodes = new ArrayList<>();
    for (int k = 0; k < s.episodesPerType(); k++) {
      for (EpisodeType t : EpisodeType.values()) {
        Planned p = place(EpisodeScript.of(t), episodes, c);
        if (p == null) {
          return null;
        }
        episodes.add(p);
      }
    }
    return episodes;
  }

  private Planned place(EpisodeScript script, List<Planned> placed, Chance c) {
    int span = s.days() - s.warmupDays();
    for (int attempt = 0; attempt < TRIES; attempt++) {
      Cast cast = script.cast(c);
      EpisodeScript.Timing t = script.timing(c).fit(span);
      int first = s.warmupDays() + c.between(0, span - t.total());
      LocalDate start = s.start().plusDays(first);
      LocalDate onset = start.plusDays(t.warning());
      LocalDate peak = onset.plusDays(t.rise());
      LocalDate end = peak.plusDays(t.fall());
      if (clashes(cast, start, end, placed)) {
        continue;
      }
      int strength = c.between(0, 2);
      double relative =
          c.logUniform(RELATIVE[strength][0], RELATIVE[strength][1]) * script.intensityScale();
      double usual = usualIncidents(cast.primary());
      double peakPerDay = Math.max(0.6, relative * usual);
      IntensityCurve curve =
          new IntensityCurve(start, onset, peak, end, peakPerDay, c.uniform(1.0, 2.5));
      List<Move> moves = script.moves(cast, c);
      Episode e =
          new Episode(
              "?",
              script.type(),
              script.type().threatType(),
              cast.parties(),
              countriesOf(moves),
              cast.seaArea(),
              cast.setting(),
              start,
              peak,
              end,
              STRENGTH[strength],
              round(peakPerDay / usual),
              round(peakPerDay),
              0);
      return new Planned(e, curve, moves);
    }
    return null;
  }

  /**
   * Every country whose actors the moves draw, in the moves' order ({@link Episode} puts the
   * parties first): who the episode's events are about.
   */
  static List<String> countriesOf(List<Move> moves) {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    CountryTable countries = CountryTable.standard();
    for (Move m : moves) {
      for (Weighted<SimActor> side : List.of(m.source(), m.target())) {
        for (SimActor a : side.values()) {
          if (!a.country().isEmpty()) {
            countries.findByCameo(a.country()).ifPresent(k -> out.add(k.iso3()));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private static boolean clashes(Cast cast, LocalDate start, LocalDate end, List<Planned> placed) {
    for (Planned p : placed) {
      Episode o = p.episode();
      boolean shared =
          o.parties().stream().anyMatch(cast.parties()::contains)
              || (o.seaArea() != null && o.seaArea().equals(cast.seaArea()));
      if (shared && windowsOverlap(start, end, o.start(), o.end())) {
        return true;
      }
    }
    return false;
  }

  /** Whether two matching windows (start - 7 .. end + 14) overlap. */
  static boolean windowsOverlap(LocalDate s1, LocalDate e1, LocalDate s2, LocalDate e2) {
    return !s1.minusDays(LEAD_MARGIN_DAYS).isAfter(e2.plusDays(TAIL_MARGIN_DAYS))
        && !s2.minusDays(LEAD_MARGIN_DAYS).isAfter(e1.plusDays(TAIL_MARGIN_DAYS));
  }

  private List<Decoy> decoys(List<Planned> episodes, Chance c) {
    List<Decoy> out = new ArrayList<>();
    List<String> members = background.members();
    int span = s.days() - s.warmupDays();
    for (int k = 0; k < s.decoys(); k++) {
      Decoy d = null;
      for (int attempt = 0; attempt < TRIES && d == null; attempt++) {
        String subject = c.pick(members);
        int length = c.between(2, 6);
        LocalDate start = s.start().plusDays(s.warmupDays() + c.between(0, span - length));
        LocalDate end = start.plusDays(length - 1L);
        Decoy candidate =
            new Decoy(
                "?", Decoy.TYPE, subject, c.pick(STORIES), start, end, round(c.logUniform(2, 5)));
        if (!decoyClashes(candidate, episodes, out)) {
          d = candidate;
        }
      }
      if (d == null) {
        throw new IllegalArgumentException("cannot fit " + s.decoys() + " decoys: lower --decoys");
      }
      out.add(d);
    }
    out.sort(Comparator.comparing(Decoy::start));
    List<Decoy> named = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      Decoy d = out.get(i);
      named.add(
          new Decoy(
              "D" + (i + 1), d.type(), d.subject(), d.story(), d.start(), d.end(), d.factor()));
    }
    return named;
  }

  private static boolean decoyClashes(Decoy d, List<Planned> episodes, List<Decoy> decoys) {
    for (Planned p : episodes) {
      Episode e = p.episode();
      if (e.parties().contains(d.subject())
          && windowsOverlap(d.start(), d.end(), e.start(), e.end())) {
        return true;
      }
    }
    for (Decoy o : decoys) {
      if (o.subject().equals(d.subject())
          && windowsOverlap(d.start(), d.end(), o.start(), o.end())) {
        return true;
      }
    }
    return false;
  }

  private List<QuietStretch> quiet(Chance c) {
    List<QuietStretch> out = new ArrayList<>();
    for (int k = 0; k < s.quietStretches(); k++) {
      for (int attempt = 0; attempt < TRIES; attempt++) {
        int length = c.between(7, 21);
        LocalDate start = s.start().plusDays(c.between(0, s.days() - length));
        LocalDate end = start.plusDays(length - 1L);
        boolean free =
            out.stream().allMatch(q -> end.isBefore(q.start()) || start.isAfter(q.end()));
        if (free) {
          out.add(new QuietStretch(start, end, round(c.uniform(0.65, 0.8))));
          break;
        }
      }
    }
    out.sort(Comparator.comparing(QuietStretch::start));
    return out;
  }

  private static Episode rename(Episode e, String id) {
    return new Episode(
        id,
        e.type(),
        e.threatType(),
        e.parties(),
        e.involved(),
        e.seaArea(),
        e.setting(),
        e.start(),
        e.peak(),
        e.end(),
        e.strength(),
        e.relativeIntensity(),
        e.peakIncidentsPerDay(),
        e.rows());
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
