package org.amity.signal.daily;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.amity.event.ConflictArea;
import org.amity.event.Event;
import org.amity.event.EventKinds;
import org.amity.event.SeaCoasts;
import org.amity.signal.Scope;

/**
 * The subjects an incident counts for, each once:
 *
 * <ul>
 *   <li>country: the source actor's country, and the action country when it is another, each when
 *       in the watch set; at sea (the incident has a sea area) the action country only when it is
 *       also the target's: the coastal state whose waters an incident happened in is its place, not
 *       a party, and its own series should show its own conduct (the sea area's series shows the
 *       place); a humanitarian code with a known place other than the source's country not for the
 *       source (a donor acting abroad: its country's lens should show need in that country, not its
 *       aid elsewhere; see {@link #abroadAid});
 *   <li>dyad: {@code A>B} when source A and target B are two different countries of the watch set,
 *       and the same incident again for {@code A-B} (the codes sorted, both directions combined);
 *   <li>area: the sea area, when the incident happened in one;
 *   <li>region: WORLD always, ASEAN when a member is a side or the place (a member's waters
 *       included).
 * </ul>
 *
 * <p>Conflict areas on land (scope theatre, {@link ConflictArea}), when switched on ({@link
 * #withTheatres}), are not a subject of the incident but of its reports: the incident key does not
 * hold the place's first-order division, so an area counts the incidents made of the reports placed
 * in it ({@link #theatre}), each report once, grouped by area and key as the country's incidents
 * are grouped by key. A sea area's coast ({@link #coast}) is counted the same way, in the pirates'
 * column only.
 */
public final class IncidentSubjects {
  private final Set<String> watchSet;
  private final Set<String> asean;
  private final boolean theatres;

  /**
   * @param watchSet countries that get country and dyad series
   * @param asean the members of the ASEAN region
   */
  public IncidentSubjects(Set<String> watchSet, Set<String> asean) {
    this(watchSet, asean, false);
  }

  private IncidentSubjects(Set<String> watchSet, Set<String> asean, boolean theatres) {
    this.watchSet = Set.copyOf(watchSet);
    this.asean = Set.copyOf(asean);
    this.theatres = theatres;
  }

  /** The same subjects, with or without the conflict areas' series. */
  public IncidentSubjects withTheatres(boolean on) {
    return new IncidentSubjects(watchSet, asean, on);
  }

  /** Whether the conflict areas get series. */
  public boolean theatres() {
    return theatres;
  }

  /**
   * The conflict area a report counts for: its action place's area ({@link ConflictArea#of}: one of
   * the area's divisions, known to the division or better), when the areas are switched on.
   */
  public Optional<Subject> theatre(Event e) {
    if (!theatres) {
      return Optional.empty();
    }
    return ConflictArea.of(e.action()).map(a -> new Subject(Scope.THEATRE, a.name()));
  }

  /**
   * The sea area whose coast a report on land is on ({@link SeaCoasts#of}), when the report is a
   * seizure or abduction by pirates ({@link Incident#piracy}): the area's day counts the incidents
   * such reports make on its coast in its pirates' column only ({@link DayCounts#onlyPirates}),
   * grouped by area and key as the conflict areas' are. News of an attack off a port is often
   * placed at the port.
   */
  public static Optional<Subject> coast(Event e) {
    if (!Incident.piracy(e)) {
      return Optional.empty();
    }
    return SeaCoasts.of(e.action()).map(a -> new Subject(Scope.AREA, a.name()));
  }

  /** The standard ASEAN membership with the given watch set. */
  public static IncidentSubjects watching(Set<String> watchSet) {
    return new IncidentSubjects(watchSet, org.amity.event.CountryTable.standard().aseanMembers());
  }

  public List<Subject> of(Incident incident) {
    IncidentKey k = incident.key();
    List<Subject> out = new ArrayList<>(7);
    String src = k.sourceCountry();
    String tgt = k.targetCountry();
    String act = k.actionCountry();
    if (watched(src) && !abroadAid(k)) {
      out.add(new Subject(Scope.COUNTRY, src));
    }
    if (watched(act) && !Objects.equals(act, src) && (k.seaArea() == null || act.equals(tgt))) {
      out.add(new Subject(Scope.COUNTRY, act));
    }
    if (watched(src) && watched(tgt) && !src.equals(tgt)) {
      out.add(new Subject(Scope.DYAD, src + ">" + tgt));
      boolean ordered = src.compareTo(tgt) < 0;
      out.add(new Subject(Scope.DYAD, ordered ? src + "-" + tgt : tgt + "-" + src));
    }
    if (k.seaArea() != null) {
      out.add(new Subject(Scope.AREA, k.seaArea()));
    }
    out.add(new Subject(Scope.REGION, "WORLD"));
    if (incident.asean(asean)) {
      out.add(new Subject(Scope.REGION, "ASEAN"));
    }
    return out;
  }

  /**
   * What an incident's counts add to one of its subjects: all of them, but a country's reports of a
   * source that counts the dead ({@link DayCounts#deathReports}, which say where such a source
   * covered the subject: {@link DayCounts#COVERED_BY}) only when the country is the incident's
   * place. ACLED's file for Indonesia records Rohingya refugees landing in Aceh; those records
   * count for Myanmar as their actors' country, but they say nothing of whether any source counted
   * the dead in Myanmar that month.
   */
  public static DayCounts countsFor(Subject s, IncidentKey k, DayCounts c) {
    if (s.scope() != Scope.COUNTRY || c.deathReports() == 0 || s.name().equals(k.actionCountry())) {
      return c;
    }
    return c.withDeathReports(0);
  }

  /**
   * The place a subject's dead are weighed in ({@link DayCounts#settled}): the incident's action
   * country when it is in the watch set, else "" (every other place, and none, together: the store
   * keeps only the watched countries in an incident's profile). Within one place and day, records
   * of two recorders that count the dead are taken for the same killings; two places add up.
   */
  public String place(IncidentKey k) {
    return watched(k.actionCountry()) ? k.actionCountry() : "";
  }

  /**
   * Whether the incident is aid given abroad: a humanitarian CAMEO code ({@link
   * EventKinds#HUMANITARIAN_CODES}; the code alone, not refugees as a side, so the key decides it)
   * with a known place (action country) that is not the source's country.
   */
  public static boolean abroadAid(IncidentKey k) {
    return k.actionCountry() != null
        && !k.actionCountry().equals(k.sourceCountry())
        && EventKinds.HUMANITARIAN_CODES.contains(k.eventCode());
  }

  private boolean watched(String country) {
    return country != null && watchSet.contains(country);
  }
}
