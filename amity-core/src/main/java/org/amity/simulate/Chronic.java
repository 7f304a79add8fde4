package org.amity.simulate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Trouble that simmers all year at a low level and is not an episode: the everyday insurgent
 * attacks of a conflict area, sea robbery in a strait, routine frictions at sea. Its incidents are
 * part of the baseline a detector must learn; alerts on it are false alerts.
 *
 * @param type the kind of trouble, as the episode type that scripts it
 * @param parties ISO3 codes of the countries involved
 * @param seaArea the sea area, or null on land
 * @param setting where, in words
 * @param incidentsPerDay expected incidents a day, every day of the run
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Chronic(
    EpisodeType type,
    List<String> parties,
    String seaArea,
    String setting,
    double incidentsPerDay) {
  public Chronic {
    parties = List.copyOf(parties);
  }
}
