package org.amity.forecast;

/**
 * What a stored forecast's number means, in words, for people reading the dashboard: the event (or
 * count), the unit it is about and the period it covers.
 */
public final class ForecastMeaning {
  private ForecastMeaning() {}

  /** A short title of the target: "Mass-killing onset". */
  public static String title(String target) {
    return switch (target) {
      case "ewp" -> "Onset of a state-led mass killing";
      case "ucdp" -> "Onset of armed conflict";
      case "ucdp-war" -> "Escalation to war";
      case "piracy" -> "Piracy and armed robbery at sea";
      case "escalation" -> "Escalation between two countries";
      case "deaths" -> "Deadly violence in a province";
      default -> target;
    };
  }

  /**
   * The sentence that says what each forecast of a run is: "The probability that a state-led mass
   * killing (...) begins in the country in 2025."
   *
   * @param period what is forecast, as stored: "2025", "2025-2026", "2019-03"
   */
  public static String of(String target, String period) {
    String in = period.contains("-") && period.length() > 7 ? "in " + span(period) : "in " + period;
    return switch (target) {
      case "ewp" ->
          "The probability that a state-led mass killing (at least 1,000 civilians deliberately"
              + " killed by state forces or groups acting for them) begins in the country "
              + in
              + " (Early Warning Project definition).";
      case "ucdp" ->
          "The probability that a state-based armed conflict (at least 25 battle deaths in a"
              + " year) begins in the country "
              + in
              + ", for countries with none in the year before (UCDP/PRIO definition).";
      case "ucdp-war" ->
          "The probability that a conflict in the country reaches war (at least 1,000 battle"
              + " deaths in a year) "
              + in
              + ", for countries not at war in the year before (UCDP/PRIO definition).";
      case "piracy" ->
          "The expected number of piracy and armed-robbery incidents in the sea area " + in + ".";
      case "escalation" ->
          "The probability that the first country's conflict actions towards the second escalate "
              + in
              + " (at least 3 conflict events and twice the pair's monthly mean of the year"
              + " before, ICEWS).";
      case "deaths" ->
          "The probability that anyone is killed in organised violence in the province "
              + in
              + " (UCDP GED best estimate at least 1).";
      default -> "The forecast value " + in + ".";
    };
  }

  /**
   * The meaning followed by the run's caveat (a sentence the reader needs with every forecast of
   * the run, the panel note {@code caveat}), when it has one.
   */
  public static String of(String target, String period, String caveat) {
    String m = of(target, period);
    return caveat == null || caveat.isBlank() ? m : m + " " + caveat.strip();
  }

  private static String span(String period) {
    String[] p = period.split("-");
    return p.length == 2 ? p[0] + " or " + p[1] : period;
  }
}
