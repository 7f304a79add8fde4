package org.amity.forecast;

import java.util.Set;

/**
 * ASEAN members as the research panels name them (EWP's country names; Brunei is not in EWP's
 * panel, South Vietnam before 1975 is not counted).
 */
public final class Asean {
  public static final Set<String> EWP_NAMES =
      Set.of(
          "Burma/Myanmar",
          "Cambodia",
          "Indonesia",
          "Laos",
          "Malaysia",
          "Philippines",
          "Singapore",
          "Thailand",
          "Timor-Leste",
          "Democratic Republic of Vietnam",
          "Brunei");

  /**
   * Names the research panels use that would be wrong on a page today: EWP writes Viet Nam as
   * "Democratic Republic of Vietnam" (North Viet Nam's name before 1976, kept by its panel for the
   * whole series) and misspells Kyrgyzstan.
   */
  private static final java.util.Map<String, String> DISPLAY =
      java.util.Map.of(
          "Democratic Republic of Vietnam", "Vietnam",
          "Kyrgystan", "Kyrgyzstan");

  private Asean() {}

  /**
   * @param name a unit as the research panel names it (EWP's country name)
   */
  public static boolean member(String name) {
    return EWP_NAMES.contains(name);
  }

  /**
   * The name to show for a unit of EWP's panel (the unit itself stays EWP's name, the key the
   * published forecasts and the ASEAN filter use): "Democratic Republic of Vietnam" reads
   * "Vietnam"; every other name is shown as EWP writes it.
   */
  public static String displayName(String ewpName) {
    return DISPLAY.getOrDefault(ewpName, ewpName);
  }
}
