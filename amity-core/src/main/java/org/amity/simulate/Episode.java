package org.amity.simulate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * One injected episode, as the ground truth records it.
 *
 * @param id "E1", "E2", ... in start order
 * @param type what kind of episode
 * @param threatType the threat typology class the episode stands for
 * @param parties ISO3 codes of the countries involved (for a standoff the two states; for piracy
 *     the coastal states whose forces and crews are involved)
 * @param involved ISO3 codes of every country whose actors the episode's events carry: the parties
 *     first, then the others a script brings in (the gangs' home country in a piracy wave, the
 *     outside partner of a standoff, the donors of a disaster); the parties alone when not given
 *     (truth files written before it was recorded)
 * @param seaArea the {@link org.amity.event.SeaArea} name for episodes at sea, else null
 * @param setting where it plays out, in words ("mindanao", "typhoon", "SULU_CELEBES", ...)
 * @param start first day with episode events
 * @param peak day of highest intensity
 * @param end last day with episode events
 * @param strength weak, moderate or strong
 * @param relativeIntensity peak-day episode incidents as a share of the first party's usual daily
 *     incidents
 * @param peakIncidentsPerDay expected episode incidents on the peak day (each becomes one or more
 *     rows)
 * @param rows export rows the episode's incidents became
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Episode(
    String id,
    EpisodeType type,
    String threatType,
    List<String> parties,
    List<String> involved,
    String seaArea,
    String setting,
    LocalDate start,
    LocalDate peak,
    LocalDate end,
    String strength,
    double relativeIntensity,
    double peakIncidentsPerDay,
    long rows) {

  public Episode {
    parties = List.copyOf(parties);
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(parties);
    if (involved != null) {
      all.addAll(involved);
    }
    involved = List.copyOf(all);
    if (start.isAfter(peak) || peak.isAfter(end)) {
      throw new IllegalArgumentException(id + ": start <= peak <= end must hold");
    }
  }

  /** The same episode with its row count. */
  public Episode withRows(long n) {
    return new Episode(
        id,
        type,
        threatType,
        parties,
        involved,
        seaArea,
        setting,
        start,
        peak,
        end,
        strength,
        relativeIntensity,
        peakIncidentsPerDay,
        n);
  }

  /** One line for people. */
  public String describe() {
    return String.format(
        java.util.Locale.ROOT,
        "%-4s %-17s %-9s %-24s %s .. %s .. %s  %-8s x%.2f %,d rows",
        id,
        type.label(),
        String.join("-", parties),
        seaArea != null ? seaArea : setting,
        start,
        peak,
        end,
        strength,
        relativeIntensity,
        rows);
  }
}
