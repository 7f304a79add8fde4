package org.amity.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.amity.event.Actor;
import org.amity.event.Event;
import org.amity.event.EventWords;
import org.amity.event.Fatalities;
import org.amity.event.SeaArea;

/**
 * One stored row behind an evidence item ({@link EvidenceRecords}): a news report or a record, with
 * who did what to whom in words (as {@link Evidence#described} words them), where, and the deaths
 * when its dataset counts them.
 *
 * @param shown whether this is the row that shows the item
 * @param source source actor as coded (code, else name), null when none
 * @param code CAMEO event code
 * @param description the event code in words, null when unknown
 * @param country the action country (ISO3), null when not coded
 * @param division the first-order division as stored (GDELT's code, the name ACLED or UCDP GED
 *     write), null when none
 * @param place the place name as stored, null when none
 * @param seaArea the sea area (a {@link SeaArea} name), null on land
 * @param latitude null when not stored
 * @param articles the articles the report counts (news datasets), 0 when not counted
 * @param deaths people killed as the dataset counts them, null when it does not count them
 * @param narrative the sentence or report stored with the row, null when none
 * @param url the source URL, null when none
 */
public record EvidenceRecord(
    boolean shown,
    LocalDate date,
    String dataset,
    String nativeId,
    String source,
    String target,
    String sourceName,
    String targetName,
    String code,
    String description,
    double goldstein,
    String country,
    String division,
    String place,
    String seaArea,
    Double latitude,
    Double longitude,
    int articles,
    Fatalities deaths,
    String narrative,
    String url) {

  /** A stored event as a record of an item. */
  public static EvidenceRecord of(Event e, boolean shown) {
    EventWords w = EventWords.standard();
    String source = label(e.source());
    String target = label(e.target());
    var at = e.action();
    return new EvidenceRecord(
        shown,
        e.eventDate(),
        e.dataset(),
        e.nativeId(),
        source,
        target,
        w.actor(source, e.source().name(), e.dataset()),
        w.actor(target, e.target().name(), e.dataset()),
        e.code().code(),
        w.description(e.code().code()),
        e.goldstein(),
        at.country(),
        blank(at.adm1()),
        blank(at.name()),
        blank(at.seaArea()),
        Double.isNaN(at.latitude()) ? null : at.latitude(),
        Double.isNaN(at.longitude()) ? null : at.longitude(),
        e.articles(),
        e.fatalities(),
        blank(e.narrative()),
        blank(e.sourceUrl()));
  }

  /** An actor as evidence names it: its code, else its name; null for no actor. */
  private static String label(Actor a) {
    if (a.isEmpty()) {
      return null;
    }
    return a.code() != null ? a.code() : a.name();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** What happened and who did it, with the deaths: the words of {@link Evidence#inWords}. */
  public String inWords() {
    return asEvidence().inWords();
  }

  /** The deaths in words ({@link Evidence#deathsInWords}), null when not counted. */
  public String deathsInWords() {
    return asEvidence().deathsInWords();
  }

  private Evidence asEvidence() {
    return new Evidence(
        date,
        source,
        target,
        code,
        goldstein,
        1,
        url,
        dataset,
        nativeId,
        description,
        sourceName,
        targetName,
        narrative,
        deaths);
  }

  /**
   * The record named by its file for a dataset of several ({@link
   * org.amity.event.Dataset#recordName}): "NGA ASAM 1993-61".
   */
  public String recordName() {
    return org.amity.event.Dataset.recordName(dataset, nativeId);
  }

  /**
   * Where, in words: "Sulu-Celebes Sea; Jolo, Sulu, Philippines (6.05, 121.00)": the sea area, the
   * place name, the division when the name does not already hold it, the country, the coordinates;
   * "place not coded" when nothing is stored.
   */
  public String placeInWords() {
    List<String> parts = new ArrayList<>();
    if (seaArea != null) {
      parts.add(SeaArea.parse(seaArea).map(SeaArea::label).orElse(seaArea));
    }
    List<String> land = new ArrayList<>();
    if (place != null) {
      land.add(place);
    }
    if (division != null && !holds(place, division)) {
      land.add(division);
    }
    String countryName = country == null ? null : SubjectName.country(country);
    if (countryName != null && !holds(place, countryName)) {
      land.add(countryName);
    }
    if (!land.isEmpty()) {
      parts.add(String.join(", ", land));
    }
    String where = parts.isEmpty() ? "place not coded" : String.join("; ", parts);
    if (latitude != null && longitude != null) {
      where += String.format(Locale.ROOT, " (%.2f, %.2f)", latitude, longitude);
    }
    return where;
  }

  /** Whether a place name already says this (ASAM writes "MALAYSIA", the country is "Malaysia"). */
  private static boolean holds(String place, String part) {
    return place != null && place.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
  }
}
