package org.amity.simulate;

import java.time.LocalDate;

/**
 * A media burst that is not escalation: for a few days a member's news volume is multiplied, with
 * its usual mix of QuadClasses, codes and actors (a summit, a celebrity visit, an accident story).
 *
 * @param id "D1", "D2", ...
 * @param type always "decoy"
 * @param subject ISO3 code of the member in the news
 * @param story what the burst is about, in words (for people only: the rows do not change)
 * @param start first day of the burst
 * @param end last day of the burst
 * @param factor how many times the member's usual volume the burst carries
 */
public record Decoy(
    String id,
    String type,
    String subject,
    String story,
    LocalDate start,
    LocalDate end,
    double factor) {
  public static final String TYPE = "decoy";

  public Decoy {
    if (!TYPE.equals(type)) {
      throw new IllegalArgumentException(id + ": decoy type must be \"decoy\", got " + type);
    }
    if (start.isAfter(end)) {
      throw new IllegalArgumentException(id + ": start after end");
    }
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  public String describe() {
    return String.format(
        java.util.Locale.ROOT,
        "%-4s %-17s %-9s %-24s %s .. %s  x%.1f",
        id,
        type,
        subject,
        story,
        start,
        end,
        factor);
  }
}
