package org.amity.signal;

import java.time.LocalDate;

/**
 * One piece of evidence behind an alert: the reports or records of one day with the same sides,
 * code and place country (news reports collapsed), shown by one of them, with who did what to whom
 * and where it was reported.
 *
 * @param source source actor as coded (code, else name)
 * @param target target actor as coded
 * @param code CAMEO event code
 * @param reports how many stored rows the item stands for: news reports of one incident, or, when
 *     it is shown by a record of a dataset that records one incident per record (ACLED, UCDP GED,
 *     the piracy files), that many events so recorded ({@link #reportsInWords})
 * @param description the event code in words ("mobilises armed forces"), null when unknown
 * @param sourceName the source actor in words ("Thailand military"), null when none
 * @param targetName the target actor in words
 * @param narrative the sentence or report that came with the event, null when none was stored
 * @param deaths people killed as the source counts them (ACLED, UCDP GED), null when the source
 *     does not count them
 */
public record Evidence(
    LocalDate date,
    String source,
    String target,
    String code,
    double goldstein,
    int reports,
    String url,
    String dataset,
    String nativeId,
    String description,
    String sourceName,
    String targetName,
    String narrative,
    org.amity.event.Fatalities deaths) {

  /** The evidence with its words filled in from the codes and the names the source gave. */
  public static Evidence described(
      java.time.LocalDate date,
      String source,
      String sourceStoredName,
      String target,
      String targetStoredName,
      String code,
      double goldstein,
      int reports,
      String url,
      String dataset,
      String nativeId,
      String narrative,
      org.amity.event.Fatalities deaths) {
    org.amity.event.EventWords w = org.amity.event.EventWords.standard();
    return new Evidence(
        date,
        source,
        target,
        code,
        goldstein,
        reports,
        url,
        dataset,
        nativeId,
        w.description(code),
        w.actor(source, sourceStoredName, dataset),
        w.actor(target, targetStoredName, dataset),
        narrative == null || narrative.isBlank() ? null : narrative,
        deaths);
  }

  /**
   * "Thailand military → unidentified armed forces: mobilises armed forces (154)", followed by the
   * deaths when the source counts them ("; 12 killed (10 to 15)").
   */
  public String inWords() {
    String who =
        (sourceName == null ? "someone" : sourceName)
            + (targetName == null ? "" : " \u2192 " + targetName);
    String d = deathsInWords();
    return who
        + ": "
        + (description == null ? "event" : description)
        + " ("
        + code
        + ")"
        + (d == null ? "" : "; " + d);
  }

  /**
   * What {@link #reports} counts, in words: "12 reports" of news sources; "9 events recorded by
   * ACLED (one shown)" when the item is shown by a record of a dataset that records one incident
   * per record, whose rows are distinct events, not reports of one (docs/decisions.md, "Incidents,
   * not reports"); for a dataset of several files, the file the records come from: "2 NGA ASAM
   * reports (one shown)", "1 IMB report" (an evidence item holds the records of one file: {@code
   * EvidenceReports#part}; thirty-second round, audit3 G2). A record of such a dataset that no file
   * claims is counted in the dataset's name: "2 records in the piracy files (IMB, NGA ASAM)".
   */
  public String reportsInWords() {
    var d = org.amity.event.Dataset.of(dataset);
    if (d.isPresent() && d.get().recording() == org.amity.event.Dataset.Recording.INCIDENTS) {
      String shown = reports == 1 ? "" : " (one shown)";
      if (!d.get().files().isEmpty()) {
        var file = d.get().fileOf(nativeId);
        if (file.isPresent()) {
          return reports
              + " "
              + file.get().label()
              + (reports == 1 ? " report" : " reports")
              + shown;
        }
        return reports + (reports == 1 ? " record" : " records") + " in " + d.get().label() + shown;
      }
      String by = " recorded by " + d.get().label();
      return reports + (reports == 1 ? " event" : " events") + by + shown;
    }
    return reports == 1 ? "1 report" : reports + " reports";
  }

  /**
   * The deaths in words: "no one killed", "1 killed", "12 killed (10 to 15)" when the source gives
   * a range around its best estimate; null when the source does not count deaths. An item that
   * stands for several records gives the dead of the record shown, and says so ("in the one shown:
   * 20 killed"): the item's other records have their own dead, which the deaths series counts
   * (sixth audit, J4).
   */
  public String deathsInWords() {
    if (deaths == null) {
      return null;
    }
    String best = deaths.best() == 0 ? "no one killed" : deaths.best() + " killed";
    boolean range = deaths.low() != deaths.best() || deaths.high() != deaths.best();
    String words = range ? best + " (" + deaths.low() + " to " + deaths.high() + ")" : best;
    return reports > 1 ? "in the one shown: " + words : words;
  }
}
