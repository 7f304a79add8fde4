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

  private Asean() {}

  public static boolean member(String name) {
    return EWP_NAMES.contains(name);
  }
}
